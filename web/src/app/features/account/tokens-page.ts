import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { ApiTokenView, CreatedApiToken } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { LocalDateTimePipe } from '../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../core/locale/locale-format';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { CopyField } from '../../shared/copy-field/copy-field';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { AccountApi } from './account-api';

/** Personal API tokens for scripts: listed, created (the secret shown once), revoked. */
@Component({
  selector: 'app-tokens-page',
  imports: [
    CopyField,
    InlineErrorMessage,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tokens-page.html',
  styleUrl: './tokens-page.scss',
})
export class TokensPage {
  private readonly api = inject(AccountApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  protected readonly locale = inject(LocaleFormat).locale;

  protected readonly columns = ['name', 'prefix', 'createdAt', 'lastUsedAt', 'actions'];
  protected readonly tokens = signal<ApiTokenView[]>([]);
  protected readonly loading = signal(true);
  protected readonly creating = signal(false);
  protected readonly createError = signal<InlineError | null>(null);
  /** The secret of the token just created: shown until the user dismisses it, never again. */
  protected readonly created = signal<CreatedApiToken | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
  });

  constructor() {
    void this.load();
  }

  protected async create(formDirective: FormGroupDirective): Promise<void> {
    if (this.creating()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.creating.set(true);
    this.createError.set(null);
    try {
      const created = await firstValueFrom(this.api.createToken(this.form.getRawValue().name.trim()));
      const { token: _secret, ...view } = created;
      this.tokens.update((tokens) => [view, ...tokens]);
      this.created.set(created);
      formDirective.resetForm();
    } catch (error) {
      this.createError.set(inlineErrorOf(error));
    } finally {
      this.creating.set(false);
    }
  }

  protected dismissCreated(): void {
    this.created.set(null);
  }

  protected async revoke(token: ApiTokenView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'account.tokens.revokeTitle',
      messageKey: 'account.tokens.revokeMessage',
      confirmKey: 'account.tokens.revoke',
      params: { name: token.name },
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.api.revokeToken(token.id));
    } catch {
      return; // the error snack bar explained it
    }
    this.tokens.update((tokens) => tokens.filter((each) => each.id !== token.id));
    if (this.created()?.id === token.id) this.created.set(null);
    this.notice.show('account.tokens.revoked', { name: token.name });
  }

  private async load(): Promise<void> {
    try {
      this.tokens.set(await firstValueFrom(this.api.listTokens()));
    } catch {
      // the error snack bar explained it; the list stays empty
    } finally {
      this.loading.set(false);
    }
  }
}
