import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '../../../clock/clock';
import { JobQueue } from '../job-queue';
import { NotificationRepository } from '../notification.repository';
import { Outbox } from '../outbox';
import { TimesheetReminderRepository } from './timesheet-reminder.repository';

const ZONE = 'America/Toronto';

/**
 * Timesheet reminders, as scheduled jobs: the pooled employee on Friday afternoon for the week's
 * timesheet, organisation admins on weekday mornings about submitted hours not yet confirmed. Event
 * keys (the week, the day) make a second run remind nobody twice.
 */
@Injectable()
export class TimesheetReminders {
  constructor(
    private readonly reminders: TimesheetReminderRepository,
    private readonly notifications: NotificationRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    queue: JobQueue,
  ) {
    const job = (work: () => Promise<number>) => async () => {
      await work();
    };
    queue.register(
      'reminder-timesheet-week',
      { policy: 'singleton', retryLimit: 2 },
      job(() => this.remindWeek()),
      '0 14 * * 5',
    );
    queue.register(
      'reminder-timesheets-unconfirmed',
      { policy: 'singleton', retryLimit: 2 },
      job(() => this.remindAdmins()),
      '0 9 * * 1-5',
    );
  }

  async remindWeek(): Promise<number> {
    const weekStart = DateTime.fromMillis(this.clock.nowMs(), { zone: ZONE }).startOf('week').toISODate() ?? '';
    return this.notifications.transaction(async (manager) => {
      const staff = await this.reminders.staffUsers(manager);
      for (const person of staff) {
        await this.outbox.notify(manager, {
          kind: 'reminder.timesheet-week',
          category: 'reminder.timesheet-week',
          eventKey: `reminder.timesheet-week:${weekStart}`,
          recipients: [person.userId],
          networkId: person.networkId,
          link: '/staff/timesheets',
          payload: { weekStart },
        });
      }
      return staff.length;
    });
  }

  async remindAdmins(): Promise<number> {
    const day = DateTime.fromMillis(this.clock.nowMs(), { zone: ZONE }).toISODate() ?? '';
    return this.notifications.transaction(async (manager) => {
      const organisations = await this.reminders.unconfirmedPerOrganisation(manager);
      for (const o of organisations) {
        await this.outbox.notify(manager, {
          kind: 'reminder.timesheets-unconfirmed',
          category: 'reminder.timesheets-unconfirmed',
          eventKey: `reminder.timesheets-unconfirmed:${day}:${o.organisationId}`,
          recipients: o.admins,
          networkId: o.networkId,
          link: '/staff/timesheets',
          payload: { organisationName: o.organisationName, entries: o.entries },
        });
      }
      return organisations.length;
    });
  }
}
