import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { Locale } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from '../../core/auth/auth-api';
import { Session } from '../../core/auth/session';
import { Notice } from '../../core/feedback/notice';
import { AppLanguage } from '../../core/i18n/app-language';

/** The user's name and language, and what they belong to. */
@Component({
  selector: 'app-profile-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styleUrl: './account-page.scss',
})
export class ProfilePage {
  private readonly api = inject(AuthApi);
  private readonly language = inject(AppLanguage);
  private readonly notice = inject(Notice);
  protected readonly session = inject(Session);

  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.session.me()?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    locale: [(this.session.me()?.locale ?? this.language.lang()) as Locale],
  });

  constructor() {
    // The language switch of the top bar also changes the account's language: follow it unless the user is editing.
    effect(() => {
      const locale = this.session.me()?.locale;
      const control = this.form.controls.locale;
      if (locale && control.pristine && control.value !== locale) control.setValue(locale);
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, locale } = this.form.getRawValue();
    this.saving.set(true);
    try {
      const me = await firstValueFrom(this.api.updateMe({ name: name.trim(), locale }));
      this.session.setMe(me);
      if (me.locale !== this.language.lang()) await this.language.use(me.locale);
      this.form.markAsPristine();
      this.notice.show('account.profile.saved');
    } catch {
      // The error snack bar explained it; the form keeps what the user typed.
    } finally {
      this.saving.set(false);
    }
  }
}
