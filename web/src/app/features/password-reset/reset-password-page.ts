import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { errorsInline } from '../../core/http/errors-inline';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { newPasswordValidators } from '../../shared/password-rules/password-rules';

/** The page of the e-mailed link: a new password, once; then sign in with it. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{{ 'passwordReset.resetTitle' | transloco }}</h1>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <app-inline-error-message [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'passwordReset.newPassword' | transloco }}</mat-label>
          <input matInput type="password" formControlName="password" autocomplete="new-password" required />
          <mat-hint>{{ 'passwordReset.hint' | transloco }}</mat-hint>
          @if (form.controls.password.hasError('required')) {
            <mat-error>{{ 'passwordReset.required' | transloco }}</mat-error>
          } @else if (form.controls.password.hasError('weak')) {
            <mat-error>{{ 'passwordReset.hint' | transloco }}</mat-error>
          }
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'account.saving' | transloco" />
        }
        <button mat-flat-button type="submit">{{ 'passwordReset.save' | transloco }}</button>
      </form>
      <p>
        <a routerLink="/forgot-password">{{ 'passwordReset.askAgain' | transloco }}</a>
      </p>
    </section>
  `,
  styles: `
    .narrow {
      max-width: 28rem;
      margin: 2rem auto;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ResetPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  readonly token = input.required<string>();
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', newPasswordValidators] });

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.http.post<void>(
          '/api/auth/password-reset/confirm',
          { token: this.token(), ...this.form.getRawValue() },
          errorsInline(),
        ),
      );
      this.notice.show('passwordReset.done');
      await this.router.navigateByUrl('/login');
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}
