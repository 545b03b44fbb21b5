import { simpleParser } from 'mailparser';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { renderInbox, renderMessage } from './mail-catcher-pages';

export interface CaughtMail {
  id: number;
  receivedAt: Date;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The iCalendar invitation, when the message carries one. */
  calendar: { method: string; content: string } | null;
  raw: string;
}

const KEEP = 500;

/**
 * A local SMTP server that keeps what it receives, with a small page to read it: the demo's mail
 * catcher when no SMTP_URL is set, and the receiving end of the delivery tests. `failing` makes it
 * refuse every message (a temporary 451), as a provider that is down.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  failing = false;
  private smtp: SMTPServer | null = null;
  private web: Server | null = null;
  private sequence = 0;
  private waiters: Array<() => void> = [];

  async start(
    options: { host?: string; smtpPort?: number; webPort?: number | null } = {},
  ): Promise<{ smtpUrl: string; webUrl: string | null }> {
    const host = options.host ?? '127.0.0.1';
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.failing) {
            callback(Object.assign(new Error('Mail catcher is refusing messages'), { responseCode: 451 }));
            return;
          }
          const raw = Buffer.concat(chunks);
          const to = session.envelope.rcptTo.map((r) => r.address);
          this.keep(raw, to).then(() => callback(), callback);
        });
      },
    });
    this.smtp = smtp;
    const smtpPort = await listen((port, done) => smtp.listen(port, host, done), smtp.server, options.smtpPort ?? 0);
    let webUrl: string | null = null;
    if (options.webPort !== null && options.webPort !== undefined) {
      const web = createServer((req, res) => this.page(req.url ?? '/', res));
      this.web = web;
      const webPort = await listen((port, done) => web.listen(port, host, done), web, options.webPort);
      webUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${webPort}`;
    }
    return { smtpUrl: `smtp://${host === '0.0.0.0' ? '127.0.0.1' : host}:${smtpPort}`, webUrl };
  }

  /** Resolves once `predicate` holds for the messages received, or rejects after `timeoutMs`. */
  async waitFor(predicate: (messages: CaughtMail[]) => boolean, timeoutMs = 15_000): Promise<CaughtMail[]> {
    const deadline = performance.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (performance.now() > deadline) throw new Error(`Mail catcher: timed out; got ${this.messages.length} message(s)`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return this.messages;
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.smtp ? this.smtp.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (this.web ? this.web.close(() => resolve()) : resolve()));
    this.web?.closeAllConnections();
  }

  private async keep(raw: Buffer, to: string[]): Promise<void> {
    const parsed = await simpleParser(raw);
    const calendarPart = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    const method = calendarPart ? (/METHOD:(\w+)/.exec(calendarPart.content.toString('utf8'))?.[1] ?? 'PUBLISH') : null;
    this.sequence += 1;
    this.messages.push({
      id: this.sequence,
      // When the message arrived on this machine: a record, not a rule, so not the app's Clock.
      // eslint-disable-next-line no-restricted-syntax
      receivedAt: new Date(),
      from: parsed.from?.text ?? '',
      to,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      calendar: calendarPart && method ? { method, content: calendarPart.content.toString('utf8') } : null,
      raw: raw.toString('utf8'),
    });
    if (this.messages.length > KEEP) this.messages.shift();
    for (const wake of this.waiters.splice(0)) wake();
  }

  private page(url: string, res: import('node:http').ServerResponse): void {
    const match = /^\/messages\/(\d+)(\.ics|\.eml|\.html)?$/.exec(url);
    if (url === '/api/messages') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.messages.map(({ raw: _raw, ...m }) => m)));
      return;
    }
    const message = match && this.messages.find((m) => m.id === Number(match[1]));
    if (match && !message) {
      res.writeHead(404).end('Not found');
    } else if (message && match?.[2] === '.ics' && message.calendar) {
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(message.calendar.content);
    } else if (message && match?.[2] === '.eml') {
      res.writeHead(200, { 'content-type': 'message/rfc822' }).end(message.raw);
    } else if (message && match?.[2] === '.html') {
      // The message's own HTML, sandboxed by the page that frames it.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
      res.end(message.html);
    } else if (message) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderMessage(message));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderInbox(this.messages));
    }
  }
}

function listen(start: (port: number, done: () => void) => void, server: NetServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    start(port, () => resolve((server.address() as AddressInfo).port));
  });
}
