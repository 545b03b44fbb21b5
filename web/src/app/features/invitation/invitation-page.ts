import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { AcceptInvitationRequest, InvitationPreview } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom, Subscription } from 'rxjs';
import { Session } from '../../core/auth/session';
import { apiErrorOf } from '../../core/http/api-error-of';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import {
  ConfirmationErrorMatcher,
  newPasswordValidators,
  passwordErrorOf,
  passwordsMatch,
} from '../../shared/password-rules/password-rules';
import { InvitationApi } from './invitation-api';

type InvitationState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'unavailable'; error: InlineError }
  | { kind: 'ready'; preview: InvitationPreview };

/** Accepting an invitation: a new account (name + password) or an existing one (its password). */
@Component({
  selector: 'app-invitation-page',
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
  templateUrl: './invitation-page.html',
  styleUrl: './invitation-page.scss',
})
export class InvitationPage {
  private readonly api = inject(InvitationApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private subscription?: Subscription;

  /** The route's `:token`. */
  readonly token = input.required<string>();

  protected readonly state = signal<InvitationState>({ kind: 'loading' });
  protected readonly accepting = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly confirmationMatcher = new ConfirmationErrorMatcher();
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      name: ['', [Validators.required, Validators.maxLength(200)]],
      password: ['', newPasswordValidators],
      confirmation: ['', Validators.required],
    },
    { validators: passwordsMatch('password', 'confirmation') },
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
    effect(() => {
      const token = this.token();
      untracked(() => this.load(token));
    });
  }

  protected load(token: string): void {
    this.subscription?.unsubscribe();
    this.state.set({ kind: 'loading' });
    this.subscription = this.api.preview(token).subscribe({
      next: (preview) => {
        this.prepareForm(preview);
        this.state.set({ kind: 'ready', preview });
      },
      error: (error: unknown) => this.state.set(this.failureState(error)),
    });
  }

  protected async accept(): Promise<void> {
    const current = this.state();
    if (current.kind !== 'ready' || this.accepting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, password } = this.form.getRawValue();
    const request: AcceptInvitationRequest = current.preview.existingAccount ? { password } : { name: name.trim(), password };
    this.accepting.set(true);
    this.error.set(null);
    try {
      await this.session.signIn(await firstValueFrom(this.api.accept(this.token(), request)));
    } catch (error) {
      this.accepting.set(false);
      if (apiErrorOf(error)?.code === 'INVITATION_INVALID') this.state.set({ kind: 'invalid' });
      else this.error.set(this.acceptErrorOf(error));
      return;
    }
    await this.router.navigateByUrl('/');
  }

  /** An existing account only proves itself with its current password. */
  private prepareForm(preview: InvitationPreview): void {
    const { name, password, confirmation } = this.form.controls;
    if (preview.existingAccount) {
      name.disable();
      confirmation.disable();
      password.setValidators(Validators.required);
    } else {
      name.enable();
      confirmation.enable();
      password.setValidators(newPasswordValidators);
    }
    password.updateValueAndValidity();
  }

  private failureState(error: unknown): InvitationState {
    const code = apiErrorOf(error)?.code;
    if (code === 'INVITATION_INVALID' || code === 'NOT_FOUND') return { kind: 'invalid' };
    return { kind: 'unavailable', error: inlineErrorOf(error) };
  }

  private acceptErrorOf(error: unknown): InlineError {
    return passwordErrorOf(error, {
      WEAK_PASSWORD: 'invitation.errors.weakPassword',
      INVALID_CREDENTIALS: 'invitation.errors.wrongPassword',
    });
  }
}
