import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Notice } from '../../core/feedback/notice';
import { InlineError } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import {
  ConfirmationErrorMatcher,
  newPasswordValidators,
  passwordErrorOf,
  passwordsMatch,
} from '../../shared/password-rules/password-rules';
import { AccountApi } from './account-api';

/** Changing one's password; the only page open to someone given a temporary password. */
@Component({
  selector: 'app-password-page',
  imports: [
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-page.html',
  styleUrl: './account-page.scss',
})
export class PasswordPage {
  private readonly api = inject(AccountApi);
  private readonly notice = inject(Notice);
  private readonly router = inject(Router);
  protected readonly session = inject(Session);

  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly confirmationMatcher = new ConfirmationErrorMatcher();
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', newPasswordValidators],
      confirmation: ['', Validators.required],
    },
    { validators: passwordsMatch('newPassword', 'confirmation') },
  );

  protected async change(formDirective: FormGroupDirective): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
    } catch (error) {
      this.error.set(
        passwordErrorOf(error, {
          INVALID_CREDENTIALS: 'account.password.errors.wrongCurrent',
          WEAK_PASSWORD: 'account.password.errors.weak',
        }),
      );
      this.saving.set(false);
      return;
    }
    this.saving.set(false);
    formDirective.resetForm();
    this.notice.show('account.password.changed');
    const me = this.session.me();
    if (me?.mustChangePassword) {
      this.session.setMe({ ...me, mustChangePassword: false });
      await this.router.navigateByUrl('/');
    }
  }
}
