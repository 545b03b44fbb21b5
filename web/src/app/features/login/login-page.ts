import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl } from '../../core/auth/return-url';
import { Session } from '../../core/auth/session';
import type { InlineError } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { loginErrorOf } from './login-error';

/** What a browser's own `type="email"` check accepts, without the forms package. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The sign-in form, the first page most people see and on a slow line the one that must appear
 * first: two native fields and a native button, with signals for their state. Material's form
 * field and button and Angular's forms package would add about 40 kB of compressed JavaScript
 * (a quarter of a second at 1.6 Mbps) to a form of two fields; the page's own styles give it
 * Material's look (its theme's colours, shapes and type) and the same focus, error and
 * screen-reader behaviour.
 */
@Component({
  selector: 'app-login-page',
  imports: [InlineErrorMessage, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** The page to go back to once signed in (`/login?returnUrl=/calendar`). */
  readonly returnUrl = input<string>();

  protected readonly email = signal('');
  protected readonly password = signal('');
  /** A field's problem is shown once the field was left or the form sent, as Material does. */
  protected readonly emailTouched = signal(false);
  protected readonly passwordTouched = signal(false);
  protected readonly signingIn = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  protected readonly emailProblem = computed(() => {
    const email = this.email().trim();
    if (!email) return 'login.emailRequired';
    return EMAIL.test(email) ? null : 'login.emailInvalid';
  });
  protected readonly passwordProblem = computed(() => (this.password() ? null : 'login.passwordRequired'));

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async signIn(event: Event): Promise<void> {
    event.preventDefault();
    if (this.signingIn()) return;
    if (this.emailProblem() || this.passwordProblem()) {
      this.emailTouched.set(true);
      this.passwordTouched.set(true);
      // Straight to the first field to fix, as a screen reader user would need.
      const form = event.target as HTMLFormElement;
      form.querySelector<HTMLInputElement>(this.emailProblem() ? '#login-email' : '#login-password')?.focus();
      return;
    }
    this.signingIn.set(true);
    this.error.set(null);
    try {
      await this.session.login(this.email().trim(), this.password());
    } catch (error) {
      this.error.set(loginErrorOf(error));
      this.signingIn.set(false);
      return;
    }
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
