import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar invitation, sent as `text/calendar; method=…` (Outlook and Google read it as an invitation). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** Message-ID-like key, so a receiving server can spot a duplicate. */
  messageId?: string;
}

/** SMTP through nodemailer (SMTP_URL); without it, messages are only rendered (tests, no catcher). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.smtpUrl
      ? createTransport(smtpOptions(config.smtpUrl), { from: config.mailFrom })
      : createTransport({ jsonTransport: true }, { from: config.mailFrom });
  }

  /** Tests and the local mail catcher point the transport elsewhere after start. */
  useSmtp(url: string): void {
    this.transporter.close();
    this.transporter = createTransport(smtpOptions(url), { from: this.config.mailFrom });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      icalEvent: mail.calendar
        ? { method: mail.calendar.method, content: mail.calendar.content, filename: 'invitation.ics' }
        : undefined,
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

/** A pool of a few reused connections: a burst of messages does not open one connection each. */
function smtpOptions(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('pool')) parsed.searchParams.set('pool', 'true');
  if (!parsed.searchParams.has('maxConnections')) parsed.searchParams.set('maxConnections', '4');
  return parsed.toString();
}
