import { ChangeDetectionStrategy, Component, DOCUMENT, effect, inject, input, signal, untracked } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { InvitationView, OrganisationRole } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../../core/feedback/notice';
import { InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { LocalDateTimePipe } from '../../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { CopyField } from '../../../shared/copy-field/copy-field';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { OrganisationsApi } from './organisations-api';

/** Pending invitations of an organisation, and inviting someone (the link is passed on by hand for now). */
@Component({
  selector: 'app-organisation-invitations',
  imports: [
    CopyField,
    InlineErrorMessage,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-invitations.html',
  styleUrl: '../admin-page.scss',
})
export class OrganisationInvitations {
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly origin = inject(DOCUMENT).location.origin;
  protected readonly locale = inject(LocaleFormat).locale;

  readonly organisationId = input.required<string>();

  protected readonly columns = ['email', 'role', 'expiresAt', 'actions'];
  protected readonly roles: readonly OrganisationRole[] = ['member', 'admin'];
  protected readonly invitations = signal<InvitationView[]>([]);
  protected readonly loading = signal(true);
  protected readonly inviting = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  /** The link of the invitation just created, to copy and send to the person. */
  protected readonly createdLink = signal<{ email: string; url: string } | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['member' as OrganisationRole],
  });

  constructor() {
    effect(() => {
      const organisationId = this.organisationId();
      untracked(() => void this.load(organisationId));
    });
  }

  protected async invite(formDirective: FormGroupDirective): Promise<void> {
    if (this.form.invalid || this.inviting()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, role } = this.form.getRawValue();
    this.inviting.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(this.api.invite(this.organisationId(), { email: email.trim(), role }));
      const { acceptUrl, ...invitation } = created;
      this.invitations.update((invitations) => [invitation, ...invitations.filter((each) => each.id !== invitation.id)]);
      this.createdLink.set({ email: created.email, url: this.origin + acceptUrl });
      formDirective.resetForm({ email: '', role: 'member' });
    } catch (error) {
      this.error.set(inlineErrorOf(error, { EMAIL_TAKEN: 'admin.invitations.emailTaken' }));
    } finally {
      this.inviting.set(false);
    }
  }

  protected async revoke(invitation: InvitationView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'admin.invitations.revokeTitle',
      messageKey: 'admin.invitations.revokeMessage',
      confirmKey: 'admin.invitations.revoke',
      params: { email: invitation.email },
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.api.revokeInvitation(this.organisationId(), invitation.id));
    } catch {
      return; // the error snack bar explained it
    }
    this.invitations.update((invitations) => invitations.filter((each) => each.id !== invitation.id));
    if (this.createdLink()?.email === invitation.email) this.createdLink.set(null);
    this.notice.show('admin.invitations.revoked', { email: invitation.email });
  }

  private async load(organisationId: string): Promise<void> {
    this.loading.set(true);
    try {
      this.invitations.set(await firstValueFrom(this.api.invitations(organisationId)));
    } catch {
      // the error snack bar explained it
    } finally {
      this.loading.set(false);
    }
  }
}
