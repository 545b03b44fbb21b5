import { Inject, Injectable } from '@nestjs/common';
import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import { Clock } from '../../clock/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { BookingNotices } from './booking-notices';
import { JobQueue } from '../notifications/job-queue';
import type { UpcomingBookingReminder } from '../notifications/messages/reminder-messages';
import { Outbox } from '../notifications/outbox';
import { BookingNoticeRepository } from './booking-notice.repository';
import { BookingRepository } from './booking.repository';

const HOUR_MS = 3_600_000;

/**
 * Booking reminders, as scheduled jobs of the queue: 24 h before a booking (hourly, each occurrence
 * reminded once thanks to its event key), and approvers about requests waiting more than 24 h (weekday
 * mornings, at most once a day).
 */
@Injectable()
export class BookingReminders {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly notices: BookingNoticeRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly bookingNotices: BookingNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    queue: JobQueue,
  ) {
    const job = (work: () => Promise<number>) => async () => {
      await work();
    };
    queue.register(
      'reminder-booking-upcoming',
      { policy: 'singleton', retryLimit: 2 },
      job(() => this.remindUpcoming()),
      '5 * * * *',
    );
    queue.register(
      'reminder-booking-expiring',
      { policy: 'singleton', retryLimit: 2 },
      job(() => this.remindExpiring()),
      '10 * * * *',
    );
    queue.register(
      'reminder-approvals-waiting',
      { policy: 'singleton', retryLimit: 2 },
      job(() => this.remindApprovers()),
      '0 8 * * 1-5',
    );
  }

  /** Occurrences starting within the next 24 h; returns how many were (newly) reminded. */
  async remindUpcoming(): Promise<number> {
    const nowMs = this.clock.nowMs();
    return this.bookings.transaction(async (manager) => {
      const rows = await this.notices.upcoming(manager, nowMs, nowMs + 24 * HOUR_MS);
      for (const row of rows) {
        const zone = resolveTimeZone(row.timeZone) as IANAZone;
        const local = (d: Date) => formatWallClock(instantToWallClock(d.getTime(), zone));
        const payload: UpcomingBookingReminder = {
          title: row.title,
          resourceName: row.resourceName,
          organisationName: row.organisationName,
          start: local(row.startsAt),
          end: local(row.endsAt),
        };
        await this.outbox.notify(manager, {
          kind: 'reminder.booking-upcoming',
          category: 'reminder.booking-upcoming',
          eventKey: `reminder.booking-upcoming:${row.id}`,
          recipients: [row.requesterUserId, row.staffUserId].filter((id): id is string => id !== null),
          networkId: row.networkId,
          link: '/bookings',
          payload,
        });
      }
      return rows.length;
    });
  }

  /** Approvers of a pending request that expires within 24 h; each occurrence once. */
  async remindExpiring(): Promise<number> {
    const nowMs = this.clock.nowMs();
    return this.bookings.transaction(async (manager) => {
      const expiring = await this.notices.expiringSoon(manager, nowMs, this.config.pendingExpiryHours);
      for (const occurrence of expiring) {
        await this.bookingNotices.record(manager, null, {
          kind: 'booking.expiring',
          seriesId: occurrence.seriesId,
          occurrenceIds: [occurrence.id],
          eventKey: `booking.expiring:${occurrence.id}`,
        });
      }
      return expiring.length;
    });
  }

  /** One reminder per approver and day, with how many requests have waited more than 24 h. */
  async remindApprovers(): Promise<number> {
    const nowMs = this.clock.nowMs();
    const day = new Date(nowMs).toISOString().slice(0, 10);
    return this.bookings.transaction(async (manager) => {
      const approvers = await this.notices.waitingPerApprover(manager, nowMs - 24 * HOUR_MS, nowMs);
      for (const approver of approvers) {
        await this.outbox.notify(manager, {
          kind: 'reminder.approvals-waiting',
          category: 'reminder.approvals-waiting',
          eventKey: `reminder.approvals-waiting:${day}`,
          recipients: [approver.userId],
          networkId: approver.networkId,
          link: '/bookings/approvals',
          payload: { count: approver.count },
        });
      }
      return approvers.length;
    });
  }
}
