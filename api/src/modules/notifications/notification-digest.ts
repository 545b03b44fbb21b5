import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../clock/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { JobQueue } from './job-queue';
import { MailTransport } from './mail-transport';
import { htmlLayout, type Locale } from './messages/message-format';
import { renderText } from './messages/render-notification';
import { NotificationRepository, type NotificationRow } from './notification.repository';

export const DIGEST_QUEUE = 'notification-digest';

/**
 * The daily digest, at 07:00 (Montréal): one e-mail per person gathering what they chose to receive
 * that way. Each person's rows are locked while their e-mail goes out, as single messages are.
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
        await this.sendAll();
      },
      '0 7 * * *',
    );
  }

  /** Sends every waiting digest; returns how many e-mails went out. */
  async sendAll(): Promise<number> {
    let sent = 0;
    for (const userId of await this.notifications.digestRecipients()) {
      if (await this.sendTo(userId)) sent += 1;
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
