import { createTransport } from 'nodemailer';
import { loadConfig } from '../../../config/app-config';
import { startMailCatcherUnlessSmtp } from './start-mail-catcher';

describe('the local mail catcher', () => {
  it('starts without SMTP_URL, receives what is sent and lists it on its page', async () => {
    const mail = await startMailCatcherUnlessSmtp(loadConfig({ NODE_ENV: 'development' }));
    try {
      expect(mail.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      const transport = createTransport(mail.smtpUrl!);
      await transport.sendMail({ from: 'a@example.test', to: 'b@example.test', subject: 'Bonjour', text: 'Salut' });
      transport.close();
      const page = await (await fetch(mail.webUrl!)).text();
      expect(page).toContain('Bonjour');
      const [message] = await (await fetch(`${mail.webUrl}/api/messages`)).json();
      expect(message).toMatchObject({ to: ['b@example.test'], subject: 'Bonjour', text: 'Salut\n' });
    } finally {
      await mail.stop();
    }
  });

  it('stays off when SMTP_URL is set, or in production', async () => {
    expect((await startMailCatcherUnlessSmtp(loadConfig({ SMTP_URL: 'smtp://mail.example.org:587' }))).webUrl).toBeNull();
    expect((await startMailCatcherUnlessSmtp(loadConfig({ NODE_ENV: 'production' }))).smtpUrl).toBeNull();
  });
});
