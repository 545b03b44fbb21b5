import type { Locale } from '@mutualis/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import type { Actor } from '../access/authenticated-user';
import { AccountNoticeRepository } from './account-notice.repository';
import { Outbox } from './outbox';

/**
 * Account and timesheet messages, written in the transaction of the change. Account messages always go
 * by e-mail (they are about security or access), whatever the person's preferences.
 */
@Injectable()
export class AccountNotices {
  constructor(
    private readonly outbox: Outbox,
    private readonly repository: AccountNoticeRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The invitation with its one-time link, in the language chosen for the invitee when it was sent. */
  async invitation(
    manager: EntityManager,
    actor: Actor,
    invitation: { id: string; organisationId: string; email: string; token: string; locale: Locale },
  ): Promise<void> {
    await this.outbox.notify(manager, {
      kind: 'account.invitation',
      category: 'account',
      eventKey: `account.invitation:${invitation.id}`,
      recipients: [],
      externalRecipients: [{ email: invitation.email, locale: invitation.locale }],
      networkId: null,
      link: null,
      payload: {
        organisationName: await this.repository.organisationName(manager, invitation.organisationId),
        inviterName: actor.user.name,
        secretUrl: `${this.config.appUrl}/invitation/${invitation.token}`,
      },
    });
  }

  async passwordReset(manager: EntityManager, reset: { id: string; userId: string; token: string }): Promise<void> {
    await this.outbox.notify(manager, {
      kind: 'account.password-reset',
      category: 'account',
      eventKey: `account.password-reset:${reset.id}`,
      recipients: [reset.userId],
      alwaysEmail: true,
      networkId: null,
      link: null,
      payload: { secretUrl: `${this.config.appUrl}/reset-password/${reset.token}` },
    });
  }

  async passwordChanged(manager: EntityManager, userId: string): Promise<void> {
    await this.outbox.notify(manager, {
      kind: 'account.password-changed',
      category: 'account',
      recipients: [userId],
      alwaysEmail: true,
      networkId: null,
      link: '/account/password',
      payload: {},
    });
  }

  async tokenCreated(manager: EntityManager, userId: string, tokenName: string): Promise<void> {
    await this.outbox.notify(manager, {
      kind: 'account.token-created',
      category: 'account',
      recipients: [userId],
      alwaysEmail: true,
      networkId: null,
      link: '/account/tokens',
      payload: { tokenName },
    });
  }

  /** An organisation asks the pooled employee for « N hours within a window ». */
  async hoursRequested(
    manager: EntityManager,
    request: {
      resourceId: string;
      networkId: string;
      organisationId: string;
      title: string;
      minutes: number;
      from: string;
      to: string;
    },
  ): Promise<void> {
    const employee = await this.repository.staffUserId(manager, request.resourceId);
    if (!employee) return;
    await this.outbox.notify(manager, {
      kind: 'hours.requested',
      category: 'approvals',
      recipients: [employee],
      networkId: request.networkId,
      link: '/staff/my-schedule',
      payload: {
        organisationName: await this.repository.organisationName(manager, request.organisationId),
        title: request.title,
        minutes: request.minutes,
        from: request.from,
        to: request.to,
      },
    });
  }

  async periodClosed(manager: EntityManager, period: { id: string; networkId: string; from: string; to: string }): Promise<void> {
    await this.outbox.notify(manager, {
      kind: 'period.closed',
      category: 'timesheets',
      eventKey: `period.closed:${period.id}`,
      recipients: await this.repository.networkAdmins(manager, period.networkId),
      networkId: period.networkId,
      link: '/reports',
      // The period's end is exclusive; people read its last day.
      payload: { from: period.from, to: new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) },
    });
  }

  /** New leave of a pooled employee: each requester of an occurrence now in that leave is asked to move it. */
  async leaveConflicts(manager: EntityManager, leave: { resourceId: string; start: string; end: string }): Promise<void> {
    for (const series of await this.repository.flaggedSeries(manager, leave.resourceId, leave.start, leave.end)) {
      if (!series.requesterUserId) continue;
      await this.outbox.notify(manager, {
        kind: 'booking.needs-reschedule',
        category: 'bookings',
        recipients: [series.requesterUserId],
        networkId: series.networkId,
        link: '/bookings',
        payload: {
          title: series.title,
          resourceName: series.resourceName,
          occurrences: series.occurrences,
          from: series.firstLocal,
        },
      });
    }
  }

  /** A timesheet week changed state: submitted → each organisation's admins; confirmed or disputed → the employee. */
  async timesheetWeek(
    manager: EntityManager,
    change: { entryIds: string[]; weekStart: string; status: string; comment: string | null; networkId: string },
  ): Promise<void> {
    if (!['submitted', 'confirmed', 'disputed'].includes(change.status)) return;
    for (const group of await this.repository.timesheetEntries(manager, change.entryIds)) {
      const toAdmins = change.status === 'submitted';
      await this.outbox.notify(manager, {
        kind: `timesheet.${change.status}`,
        category: 'timesheets',
        recipients: toAdmins ? group.admins : [group.employeeUserId].filter((id): id is string => id !== null),
        networkId: change.networkId,
        link: '/staff/timesheets',
        payload: {
          organisationName: group.organisationName,
          employeeName: group.employeeName,
          weekStart: change.weekStart,
          minutes: group.minutes,
          comment: change.comment ?? '',
        },
      });
    }
  }
}
