import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JobQueue } from './job-queue';
import { MailTransport } from './mail-transport';
import { NotificationRepository } from './notification.repository';
import { Outbox } from './outbox';
import { OutboxDelivery } from './outbox-delivery';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Global: any feature writes to the outbox in its own transaction and registers its scheduled jobs. */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [NotificationsController],
  providers: [JobQueue, MailTransport, NotificationRepository, Outbox, OutboxDelivery, NotificationsService],
  exports: [JobQueue, MailTransport, NotificationRepository, Outbox],
})
export class NotificationsModule {}
