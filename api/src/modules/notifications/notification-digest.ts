import type { Locale } from '@mutualis/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import { Clock } from '../../clock/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { JobQueue } from './job-queue';
import { MailTransport } from './mail-transport';
import { htmlLayout } from './messages/message-format';
import { renderText } from './messages/render-notification';
import { NotificationRepository, type NotificationRow } from './notification.repository';

export const DIGEST_QUEUE = 'notification-digest';
/** Where nothing says otherwise (a notification without a network, a network without a site). */
export const DEFAULT_DIGEST_TIME_ZONE = 'America/Toronto';
const DIGEST_HOUR = 7;

/**
 * The daily digest, at 07:00 in each person's time zone (their network's): one e-mail per person gathering
 * what they chose to receive that way. The job runs every half hour (zones such as St. John's are half an
 * hour off) and sends to those for whom it is 07:00–07:29. Each person's rows are locked while their
 * e-mail goes out, as single messages are.
 */
@Injectable()
export class NotificationDigest {
  private readonly logger = new Logger('NotificationDigest');

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    queue: JobQueue,
  ) {
    queue.register(
      DIGEST_QUEUE,
      { policy: 'singleton', retryLimit: 3, retryDelay: 300 },
      async () => {
        await this.sendDue();
      },
      '*/30 * * * *',
    );
  }

  /** Sends the digests of the people for whom it is now 07:00–07:29; returns how many e-mails went out. */
  sendDue(): Promise<number> {
    const nowMs = this.clock.nowMs();
    return this.send((timeZone) => {
      const zone = resolveTimeZone(timeZone) ?? resolveTimeZone(DEFAULT_DIGEST_TIME_ZONE);
      if (!zone) return false;
      const local = instantToWallClock(nowMs, zone);
      return local.hour === DIGEST_HOUR && local.minute < 30;
    });
  }

  /** Sends every waiting digest, whatever the hour; returns how many e-mails went out. */
  sendAll(): Promise<number> {
    return this.send(() => true);
  }

  private async send(due: (timeZone: string) => boolean): Promise<number> {
    let sent = 0;
    for (const { userId, timeZone } of await this.notifications.digestRecipients(DEFAULT_DIGEST_TIME_ZONE)) {
      if (due(timeZone) && (await this.sendTo(userId))) sent += 1;
    }
    if (sent) this.logger.log({ sent }, 'Daily digests sent');
    return sent;
  }

  private sendTo(userId: string): Promise<boolean> {
    return this.notifications.transaction(async (manager) => {
      const { recipient, items } = await this.notifications.claimDigest(manager, userId);
      if (items.length === 0 || !recipient) return false;
      const ids = items.map((i) => i.id);
      if (!recipient.active) {
        await this.notifications.markDigested(manager, ids, this.clock.nowMs(), false);
        return false;
      }
      await this.transport.send({ to: recipient.email, ...this.render(items, recipient.locale) });
      await this.notifications.markDigested(manager, ids, this.clock.nowMs(), true);
      return true;
    });
  }

  private render(items: NotificationRow[], locale: Locale): { subject: string; text: string; html: string } {
    const lines = items.map((item) => {
      const title = renderText(item.kind, item.payload, locale).subject;
      return { title, url: `${this.config.appUrl}${item.link ?? '/notifications'}` };
    });
    const subject =
      locale === 'fr'
        ? `Votre résumé Mutualis : ${items.length} ${items.length === 1 ? 'notification' : 'notifications'}`
        : `Your Mutualis digest: ${items.length} ${items.length === 1 ? 'notification' : 'notifications'}`;
    const heading = locale === 'fr' ? 'Ce qui s’est passé depuis hier' : 'What happened since yesterday';
    const paragraphs = lines.map((l) => `• ${l.title}\n${l.url}`);
    const action = {
      label: locale === 'fr' ? 'Voir mes notifications' : 'See my notifications',
      url: `${this.config.appUrl}/notifications`,
    };
    return {
      subject,
      text: [heading, '', ...paragraphs, '', `${action.label} : ${action.url}`].join('\n'),
      html: htmlLayout(locale, heading, paragraphs, action),
    };
  }
}
