import { Inject, Injectable, Logger } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { Clock } from '../../clock/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { JobQueue } from './job-queue';
import { MailTransport } from './mail-transport';
import { renderMail } from './messages/render-notification';
import { NotificationRepository } from './notification.repository';
import { DELIVER_QUEUE } from './outbox';

/**
 * Works the delivery queue: one job per message. The message row is locked while it is sent and
 * marked sent in the same transaction, so two instances (or a retried job) never send it twice;
 * a failure leaves it pending for the queue's next attempt (exponential backoff) and, after the last
 * one, `failed` until a coordinator retries it.
 */
@Injectable()
export class OutboxDelivery {
  private readonly logger = new Logger('OutboxDelivery');

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    queue: JobQueue,
  ) {
    queue.register<{ notificationId: string }>(
      DELIVER_QUEUE,
      { retryLimit: config.mailRetryLimit, retryDelay: config.mailRetryDelaySeconds, retryBackoff: true, batchSize: 100 },
      (job) => this.deliver(job),
    );
  }

  async deliver(job: PgBoss.JobWithMetadata<{ notificationId: string }>): Promise<void> {
    const id = job.data.notificationId;
    try {
      await this.notifications.transaction(async (manager) => {
        const message = await this.notifications.claim(manager, id);
        if (!message || message.emailStatus !== 'pending') return; // done, or being sent by another worker
        if (!message.active) return this.notifications.markNotEmailed(manager, id);
        const mail = renderMail(message, {
          locale: message.locale,
          publicUrl: this.config.appUrl,
          mailFrom: this.config.mailFrom,
          nowMs: this.clock.nowMs(),
        });
        await this.transport.send(mail);
        await this.notifications.markSent(manager, id, this.clock.nowMs());
      });
    } catch (error) {
      const final = job.retryCount >= job.retryLimit;
      const reason = error instanceof Error ? error.message : String(error);
      await this.notifications.recordFailure(id, reason, final);
      this.logger.warn({ notificationId: id, attempt: job.retryCount + 1, final }, `E-mail not delivered: ${reason}`);
      throw error;
    }
  }
}
