import type { AppConfig } from '../../../config/app-config';
import { MailCatcher } from './mail-catcher';

export interface LocalMail {
  /** The SMTP URL the app should use (the catcher's, or SMTP_URL). */
  smtpUrl: string | null;
  /** The page listing the caught messages, when the catcher runs. */
  webUrl: string | null;
  stop(): Promise<void>;
}

const PREFERRED_WEB_PORT = 1080;

/**
 * `npm start` without SMTP_URL: a local mail catcher on free ports, so that whoever tries the demo reads
 * every message Mutualis sends. Its page prefers port 1080 (MailDev's habit) and takes any free one otherwise;
 * MAIL_CATCHER_PORT fixes it.
 */
export async function startMailCatcherUnlessSmtp(config: AppConfig): Promise<LocalMail> {
  if (config.smtpUrl || !config.mailCatcher) return { smtpUrl: config.smtpUrl, webUrl: null, stop: async () => undefined };
  let catcher = new MailCatcher();
  let started: { smtpUrl: string; webUrl: string | null };
  // A port asked for (MAIL_CATCHER_PORT, e.g. by the browser tests) is that port or an error.
  if (config.mailCatcherPort !== null) {
    started = await catcher.start({ webPort: config.mailCatcherPort });
    return { ...started, stop: () => catcher.stop() };
  }
  try {
    started = await catcher.start({ webPort: PREFERRED_WEB_PORT });
  } catch {
    await catcher.stop().catch(() => undefined);
    catcher = new MailCatcher();
    started = await catcher.start({ webPort: 0 });
  }
  return { ...started, stop: () => catcher.stop() };
}
