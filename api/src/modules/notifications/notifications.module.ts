import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccountNoticeRepository } from './account-notice.repository';
import { AccountNotices } from './account-notices';
import { JobQueue } from './job-queue';
import { MailTransport } from './mail-transport';
import { NotificationRepository } from './notification.repository';
import { Outbox } from './outbox';
import { OutboxDelivery } from './outbox-delivery';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationDigest } from './notification-digest';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferencesService } from './notification-preferences.service';
import { TimesheetReminderRepository } from './reminders/timesheet-reminder.repository';
import { TimesheetReminders } from './reminders/timesheet-reminders';

/** Global: any feature writes to the outbox in its own transaction and registers its scheduled jobs. */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [
    JobQueue,
    MailTransport,
    NotificationRepository,
    Outbox,
    OutboxDelivery,
    NotificationsService,
    NotificationPreferencesService,
    NotificationDigest,
    TimesheetReminders,
    TimesheetReminderRepository,
    AccountNotices,
    AccountNoticeRepository,
  ],
  exports: [JobQueue, MailTransport, NotificationRepository, Outbox, AccountNotices],
})
export class NotificationsModule {}
