import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { MemberView, OrganisationRole } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Notice } from '../../../core/feedback/notice';
import { InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { OrganisationsApi } from './organisations-api';
import { TemporaryPasswordDialog } from './temporary-password-dialog';

const MEMBER_ERRORS = { LAST_ADMIN: 'admin.members.lastAdmin' } as const;

/** The members of an organisation: role, active state, and what an admin may do to each. */
@Component({
  selector: 'app-organisation-members',
  imports: [
    InlineErrorMessage,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-members.html',
  styleUrl: '../admin-page.scss',
})
export class OrganisationMembers {
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  protected readonly session = inject(Session);

  readonly organisationId = input.required<string>();

  protected readonly columns = ['name', 'email', 'role', 'active', 'actions'];
  protected readonly roles: readonly OrganisationRole[] = ['admin', 'member'];
  protected readonly members = signal<MemberView[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<InlineError | null>(null);

  constructor() {
    effect(() => {
      const organisationId = this.organisationId();
      untracked(() => void this.load(organisationId));
    });
  }

  protected async changeRole(member: MemberView, role: OrganisationRole): Promise<void> {
    this.error.set(null);
    try {
      this.members.set(await firstValueFrom(this.api.changeRole(this.organisationId(), member.userId, role)));
      this.notice.show('admin.members.roleChanged', { name: member.name });
    } catch (error) {
      this.error.set(inlineErrorOf(error, MEMBER_ERRORS));
      // New row objects re-render the table, putting the select back on the role that was kept.
      this.members.update((members) => members.map((each) => ({ ...each })));
    }
  }

  protected async remove(member: MemberView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'admin.members.removeTitle',
      messageKey: 'admin.members.removeMessage',
      confirmKey: 'admin.members.remove',
      params: { name: member.name },
    });
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.api.removeMember(this.organisationId(), member.userId));
      this.members.update((members) => members.filter((each) => each.userId !== member.userId));
      this.notice.show('admin.members.removed', { name: member.name });
    });
  }

  protected async deactivate(member: MemberView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'admin.members.deactivateTitle',
      messageKey: 'admin.members.deactivateMessage',
      confirmKey: 'admin.members.deactivate',
      params: { name: member.name },
    });
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.api.deactivate(member.userId));
      this.setActive(member, false);
      this.notice.show('admin.members.deactivated', { name: member.name });
    });
  }

  protected async reactivate(member: MemberView): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.reactivate(member.userId));
      this.setActive(member, true);
      this.notice.show('admin.members.reactivated', { name: member.name });
    });
  }

  protected async setTemporaryPassword(member: MemberView): Promise<void> {
    const ref = this.dialog.open<TemporaryPasswordDialog, MemberView, boolean>(TemporaryPasswordDialog, { data: member });
    if (await firstValueFrom(ref.afterClosed())) this.notice.show('admin.members.temporaryPasswordSet', { name: member.name });
  }

  private setActive(member: MemberView, active: boolean): void {
    this.members.update((members) => members.map((each) => (each.userId === member.userId ? { ...each, active } : each)));
  }

  /** Runs an action, showing its failure (LAST_ADMIN…) above the table. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(inlineErrorOf(error, MEMBER_ERRORS));
    }
  }

  private async load(organisationId: string): Promise<void> {
    this.loading.set(true);
    try {
      this.members.set(await firstValueFrom(this.api.members(organisationId)));
    } catch {
      // the error snack bar explained it
    } finally {
      this.loading.set(false);
    }
  }
}
