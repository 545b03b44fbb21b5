import { createTestApp, type TestApp } from '../../../test/test-app';
import { MailCatcher } from './mail-catcher/mail-catcher';
import { DELIVER_QUEUE, Outbox } from './outbox';

/** Delivery guarantees: nothing without a commit, nothing lost while SMTP is down, nothing twice. */
describe('outbox delivery', () => {
  const catcher = new MailCatcher();
  let t: TestApp;
  let networkId: string;
  let coordinatorCookie: string;
  let recipients: Array<{ id: string; email: string }>;
  let smtpUrl: string;

  beforeAll(async () => {
    ({ smtpUrl } = await catcher.start());
    t = await createTestApp({ QUEUE_WORKERS: 'true', SMTP_URL: smtpUrl, MAIL_RETRY_DELAY_SECONDS: '1', MAIL_RETRY_LIMIT: '2' });
    networkId = (await t.factory.network()).id;
    coordinatorCookie = await t.factory.sessionCookie((await t.factory.user({ coordinatorOf: [networkId], password: null })).id);
    recipients = [];
    for (let i = 0; i < 3; i++) recipients.push(await t.factory.user({ password: null }));
  });
  afterAll(async () => {
    await t.close();
    await catcher.stop();
  });
  beforeEach(() => {
    catcher.clear();
    catcher.failing = false;
  });

  const notice = (subjectKey: string, to = recipients.map((r) => r.id)) => ({
    kind: 'booking.changed',
    category: 'bookings',
    recipients: to,
    networkId,
    link: '/bookings',
    payload: notifiedBooking(subjectKey),
  });
  const statusOf = async (key: string) =>
    t.dataSource.query(
      `SELECT email_status AS status, email_attempts AS attempts FROM notification WHERE payload->>'title' = $1 ORDER BY id`,
      [key],
    );

  it('writes nothing and sends nothing when the change rolls back', async () => {
    const outbox = t.app.get(Outbox);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await outbox.notify(manager, notice('rolled-back'));
        throw new Error('the change fails after notifying');
      }),
    ).rejects.toThrow('the change fails');
    await sleep(1500);
    expect(await statusOf('rolled-back')).toEqual([]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM pgboss.job j
        WHERE name = $1 AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.id = (j.data->>'notificationId')::uuid)`,
      [DELIVER_QUEUE],
    );
    expect(count).toBe(0);
    expect(catcher.messages).toEqual([]);
  });

  it('keeps retrying while SMTP is down and delivers each message once it is back', async () => {
    catcher.failing = true;
    await t.dataSource.transaction((manager) => t.app.get(Outbox).notify(manager, notice('while-down')));
    await waitUntil(async () => (await statusOf('while-down')).every((r: { attempts: number }) => r.attempts >= 1));
    expect(catcher.messages).toEqual([]);
    catcher.failing = false;
    await catcher.waitFor((m) => m.filter((x) => x.subject.includes('while-down')).length === 3, 20_000);
    await sleep(1500);
    expect(
      catcher.messages
        .filter((x) => x.subject.includes('while-down'))
        .map((x) => x.to[0])
        .sort(),
    ).toEqual(recipients.map((r) => r.email).sort());
    expect((await statusOf('while-down')).map((r: { status: string }) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('marks a message failed after the last retry, lists it for the coordinator, and « Réessayer » delivers it', async () => {
    catcher.failing = true;
    await t.dataSource.transaction((manager) => t.app.get(Outbox).notify(manager, notice('given-up', [recipients[0].id])));
    await waitUntil(async () => (await statusOf('given-up'))[0]?.status === 'failed', 30_000);
    const failed = await t.newAgent().get('/api/notifications/failed').set('Cookie', coordinatorCookie).expect(200);
    const item = failed.body.find((f: { title: string }) => f.title.includes('given-up'));
    expect(item).toMatchObject({ recipientEmail: recipients[0].email, attempts: 3, lastError: expect.stringContaining('451') });

    catcher.failing = false;
    await t.newAgent().post(`/api/notifications/failed/${item.id}/retry`).set('Cookie', coordinatorCookie).expect(202);
    await catcher.waitFor((m) => m.some((x) => x.subject.includes('given-up')));
    await waitUntil(async () => (await statusOf('given-up'))[0]?.status === 'sent');
    await t.newAgent().post(`/api/notifications/failed/${item.id}/retry`).set('Cookie', coordinatorCookie).expect(409);
  }, 60_000);

  it('sends exactly one e-mail per recipient and event with two API instances working the queue', async () => {
    const second = await createTestApp({ QUEUE_WORKERS: 'true', SMTP_URL: smtpUrl, MAIL_RETRY_DELAY_SECONDS: '1' }, undefined, {
      shared: t.database,
    });
    try {
      const events = 20;
      for (let i = 0; i < events; i++) {
        const app = i % 2 === 0 ? t : second;
        await app.dataSource.transaction((manager) => app.app.get(Outbox).notify(manager, notice(`twice-${i}`)));
      }
      await catcher.waitFor((m) => m.filter((x) => x.subject.includes('twice-')).length >= events * recipients.length, 30_000);
      await sleep(2000);
      const sent = catcher.messages.filter((x) => x.subject.includes('twice-')).map((x) => `${x.subject}|${x.to[0]}`);
      expect(sent).toHaveLength(events * recipients.length);
      expect(new Set(sent).size).toBe(sent.length);
    } finally {
      await second.close();
    }
  }, 60_000);
});

function notifiedBooking(title: string) {
  return {
    seriesId: '00000000-0000-0000-0000-000000000000',
    title,
    resourceName: 'Salle',
    organisationName: 'Organisme',
    actorName: null,
    start: '2026-12-01T10:00',
    end: '2026-12-01T11:00',
    occurrences: 1,
    recurring: false,
    calendar: {
      method: 'REQUEST',
      events: [
        {
          uid: 'x@mutualis',
          sequence: 1,
          summary: title,
          start: '2026-12-01T10:00',
          end: '2026-12-01T11:00',
          timeZone: 'America/Toronto',
          status: 'CONFIRMED',
        },
      ],
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(250);
  }
}
