import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';

/** « Mot de passe oublié » : the address gets a link, if it has an account; the page says the same either way. */
@Component({
  selector: 'app-forgot-password-page',
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
    <section class="narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{{ 'passwordReset.forgotTitle' | transloco }}</h1>
      @if (sent()) {
        <p role="status">{{ 'passwordReset.sent' | transloco: { email: form.getRawValue().email } }}</p>
      } @else {
        <p>{{ 'passwordReset.forgotIntro' | transloco }}</p>
        <form [formGroup]="form" (ngSubmit)="send()" novalidate>
          <app-inline-error-message [error]="error()" />
          <mat-form-field>
            <mat-label>{{ 'login.email' | transloco }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="username" required />
            @if (form.controls.email.hasError('required')) {
              <mat-error>{{ 'login.emailRequired' | transloco }}</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>{{ 'login.emailInvalid' | transloco }}</mat-error>
            }
          </mat-form-field>
          @if (sending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'passwordReset.sending' | transloco" />
          }
          <button mat-flat-button type="submit">{{ 'passwordReset.send' | transloco }}</button>
        </form>
      }
      <p>
        <a routerLink="/login">{{ 'passwordReset.backToLogin' | transloco }}</a>
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
export class ForgotPasswordPage {
  private readonly http = inject(HttpClient);
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', [Validators.required, Validators.email]] });

  protected async send(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/password-reset', this.form.getRawValue(), errorsInline()));
      this.sent.set(true);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.sending.set(false);
    }
  }
}
