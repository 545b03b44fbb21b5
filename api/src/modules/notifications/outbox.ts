import type { Locale } from '@mutualis/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { NotificationRepository } from './notification.repository';

export const DELIVER_QUEUE = 'notification-deliver';

/** One event that concerns some people: each gets one notification, in the app and (by default) by e-mail. */
export interface Notice {
  kind: string;
  /** Preference category: 'bookings', 'approvals', 'timesheets', 'account', 'reminders'. */
  category: string;
  recipients: string[];
  networkId: string | null;
  /** Where the notification leads in the app (a path such as '/bookings'). */
  link: string | null;
  payload: object;
  /** Identifies the event: a retried or repeated call for the same event notifies nobody twice. */
  eventKey?: string;
  /** Account messages (password reset…) always go by e-mail, whatever the preferences. */
  alwaysEmail?: boolean;
  /** People without an account (an invitation): e-mail only. */
  externalRecipients?: Array<{ email: string; locale: Locale }>;
}

/**
 * The transactional outbox: `notify` writes the rows and their delivery jobs with the caller's
 * transaction manager, so they exist exactly when the change commits.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * One statement whatever the number of recipients: the rows (preferences read in the same INSERT) and the
   * delivery jobs of those to e-mail now.
   */
  async notify(manager: EntityManager, notice: Notice): Promise<void> {
    await this.notifications.insertEvent(
      manager,
      {
        eventKey: notice.eventKey ?? `${notice.kind}:${randomUUID()}`,
        kind: notice.kind,
        category: notice.category,
        networkId: notice.networkId,
        link: notice.link,
        payload: notice.payload,
        userIds: [...new Set(notice.recipients)],
        alwaysEmail: notice.alwaysEmail === true,
        outsiders: notice.externalRecipients ?? [],
      },
      this.clock.nowMs(),
      DELIVER_QUEUE,
    );
  }
}
