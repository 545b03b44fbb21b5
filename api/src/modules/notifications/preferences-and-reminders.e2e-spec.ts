import { NOTIFICATION_CATEGORIES } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { BookingReminders } from '../bookings/booking-reminders';
import { JobQueue } from './job-queue';
import { MailCatcher, type CaughtMail } from './mail-catcher/mail-catcher';
import { NotificationDigest } from './notification-digest';
import { TimesheetReminders } from './reminders/timesheet-reminders';

const HOUR = 3_600_000;

/** Preferences decide how each person hears; reminders and the digest run as scheduled jobs of the queue. */
describe('notification preferences, digest and reminders', () => {
  const catcher = new MailCatcher();
  let t: TestApp;
  let networkId: string;
  let siteId: string;
  let orgA: string;
  let member: { id: string; email: string; cookie: string };
  let coordinator: { id: string; email: string; cookie: string };

  beforeAll(async () => {
    const { smtpUrl } = await catcher.start();
    t = await createTestApp({ QUEUE_WORKERS: 'true', SMTP_URL: smtpUrl, MAINTENANCE_INTERVAL_MINUTES: '10' });
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Maison des jeunes')).id;
    siteId = (await f.site(networkId)).id;
    const m = await f.user({ memberOf: [[orgA, 'admin']], password: null });
    const c = await f.user({ coordinatorOf: [networkId], password: null });
    member = { id: m.id, email: m.email, cookie: await f.sessionCookie(m.id) };
    coordinator = { id: c.id, email: c.email, cookie: await f.sessionCookie(c.id) };
  });
  afterAll(async () => {
    await t.close();
    await catcher.stop();
  });
  beforeEach(() => catcher.clear());

  const room = (rules: Record<string, unknown> = {}) => t.factory.space(networkId, siteId, rules).then((r) => r.id);
  const book = (body: object) => t.newAgent().post('/api/bookings').set('Cookie', member.cookie).send(body).expect(201);
  const prefs = (cookie: string, preferences: object[]) =>
    t.newAgent().put('/api/notification-preferences').set('Cookie', cookie).send({ preferences });
  const emailStatusOf = async (userId: string, title: string) =>
    (
      await t.dataSource.query(`SELECT email_status FROM notification WHERE user_id = $1 AND payload->>'title' = $2`, [
        userId,
        title,
      ])
    ).map((r: { email_status: string }) => r.email_status);

  it('schedules the booking maintenance, the digest and the reminders on the queue (no timers)', async () => {
    const rows = await t.dataSource.query('SELECT name, cron FROM pgboss.schedule ORDER BY name');
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'booking-maintenance', cron: '*/10 * * * *' },
        { name: 'notification-digest', cron: '*/30 * * * *' },
        { name: 'reminder-booking-upcoming', cron: '5 * * * *' },
        { name: 'reminder-approvals-waiting', cron: '0 8 * * 1-5' },
        { name: 'reminder-booking-expiring', cron: '10 * * * *' },
        { name: 'reminder-timesheet-week', cron: '0 14 * * 5' },
        { name: 'reminder-timesheets-unconfirmed', cron: '0 9 * * 1-5' },
      ]),
    );
  });

  it('expires a pending request when the maintenance job runs from the queue', async () => {
    const resourceId = await room({ approval_required: true });
    const booking = await book({ resourceId, title: 'Expire', start: '2027-02-02T10:00', durationMinutes: 60 });
    const now = t.clock.nowMs();
    t.clock.advance(4 * 24 * HOUR);
    try {
      await t.app.get(JobQueue).send('booking-maintenance', {});
      await waitUntil(async () => {
        const [o] = await t.dataSource.query('SELECT status FROM booking_occurrence WHERE series_id = $1', [booking.body.id]);
        return o.status === 'expired';
      });
    } finally {
      t.clock.set(now);
    }
  });

  it('reads and saves preferences; only reminders can be turned off', async () => {
    const initial = await t.newAgent().get('/api/notification-preferences').set('Cookie', member.cookie).expect(200);
    expect(initial.body.preferences).toContainEqual({ category: 'bookings', delivery: 'immediate' });
    expect(initial.body.preferences).toHaveLength(NOTIFICATION_CATEGORIES.length);
    await prefs(member.cookie, [{ category: 'bookings', delivery: 'off' }]).expect(400);
    await prefs(member.cookie, [{ category: 'nonsense', delivery: 'digest' }]).expect(400);
    const saved = await prefs(member.cookie, [
      { category: 'bookings', delivery: 'digest' },
      { category: 'reminder.booking-upcoming', delivery: 'off' },
    ]).expect(200);
    expect(saved.body.preferences).toContainEqual({ category: 'bookings', delivery: 'digest' });
    expect(saved.body.preferences).toContainEqual({ category: 'reminder.booking-upcoming', delivery: 'off' });
    await prefs(member.cookie, [
      { category: 'bookings', delivery: 'immediate' },
      { category: 'reminder.booking-upcoming', delivery: 'immediate' },
    ]).expect(200);
  });

  it('keeps « daily digest » messages for one e-mail at 07:00, and « in the app only » ones out of e-mail', async () => {
    await prefs(member.cookie, [{ category: 'bookings', delivery: 'digest' }]).expect(200);
    await prefs(coordinator.cookie, [{ category: 'approvals', delivery: 'in_app' }]).expect(200);
    try {
      await book({ resourceId: await room(), title: 'Digest one', start: '2027-02-03T10:00', durationMinutes: 60 });
      await book({ resourceId: await room(), title: 'Digest two', start: '2027-02-04T10:00', durationMinutes: 60 });
      await book({
        resourceId: await room({ approval_required: true }),
        title: 'Quiet',
        start: '2027-02-05T10:00',
        durationMinutes: 60,
      });
      expect(await emailStatusOf(member.id, 'Digest one')).toEqual(['digest']);
      expect(await emailStatusOf(coordinator.id, 'Quiet')).toEqual(['none']);

      expect(await t.app.get(NotificationDigest).sendAll()).toBe(1);
      const digest = (await catcher.waitFor((m) => m.some(to(member.email)))).find(to(member.email))!;
      expect(digest.subject).toBe('Votre résumé Mutualis : 2 notifications');
      expect(digest.text).toContain('Réservation confirmée : Digest one');
      expect(digest.text).toContain('Réservation confirmée : Digest two');
      expect(await emailStatusOf(member.id, 'Digest one')).toEqual(['sent']);
      expect(await t.app.get(NotificationDigest).sendAll()).toBe(0);
      await sleep(1500);
      expect(catcher.messages.filter((m) => m.subject.includes('Quiet'))).toEqual([]);
      const inbox = await t.newAgent().get('/api/notifications').set('Cookie', coordinator.cookie).expect(200);
      expect(inbox.body.items.some((n: { title: string }) => n.title.includes('Quiet'))).toBe(true);
    } finally {
      await prefs(member.cookie, [{ category: 'bookings', delivery: 'immediate' }]).expect(200);
      await prefs(coordinator.cookie, [{ category: 'approvals', delivery: 'immediate' }]).expect(200);
    }
  });

  it('sends the digest at 07:00 in the network’s time zone, not Montréal’s', async () => {
    const west = (await t.factory.network()).id;
    const westOrg = (await t.factory.organisation(west, 'Maison de l’Ouest')).id;
    const westSite = (await t.factory.site(west, { timeZone: 'America/Vancouver' })).id;
    const person = await t.factory.user({ memberOf: [[westOrg, 'admin']], password: null });
    const cookie = await t.factory.sessionCookie(person.id);
    await prefs(cookie, [{ category: 'bookings', delivery: 'digest' }]).expect(200);
    const resourceId = (await t.factory.space(west, westSite)).id;
    await t
      .newAgent()
      .post('/api/bookings')
      .set('Cookie', cookie)
      .send({ resourceId, title: 'Pacific', start: '2027-02-10T10:00', durationMinutes: 60 })
      .expect(201);
    expect(await emailStatusOf(person.id, 'Pacific')).toEqual(['digest']);
    const digest = t.app.get(NotificationDigest);
    const now = t.clock.nowMs();
    try {
      t.clock.set(Date.parse('2026-11-17T12:10:00Z')); // 07:10 in Montréal, 04:10 in Vancouver
      await digest.sendDue();
      expect(await emailStatusOf(person.id, 'Pacific')).toEqual(['digest']);
      t.clock.set(Date.parse('2026-11-17T15:40:00Z')); // 07:40 in Vancouver: the half hour has passed
      await digest.sendDue();
      expect(await emailStatusOf(person.id, 'Pacific')).toEqual(['digest']);
      t.clock.set(Date.parse('2026-11-18T15:10:00Z')); // 07:10 in Vancouver
      expect(await digest.sendDue()).toBe(1);
      const sent = (await catcher.waitFor((m) => m.some(to(person.email)))).find(to(person.email))!;
      expect(sent.subject).toBe('Votre résumé Mutualis : 1 notification');
      expect(await emailStatusOf(person.id, 'Pacific')).toEqual(['sent']);
    } finally {
      t.clock.set(now);
    }
  });

  it('reminds 24 h before a booking, once, unless the person turned that reminder off', async () => {
    const start = new Date(t.clock.nowMs() + 20 * HOUR);
    const local = start.toLocaleString('sv-SE', { timeZone: 'America/Toronto' }).slice(0, 16).replace(' ', 'T');
    await book({ resourceId: await room(), title: 'Tomorrow', start: local, durationMinutes: 60 });
    await t.app.get(BookingReminders).remindUpcoming();
    await t.app.get(BookingReminders).remindUpcoming();
    const reminder = await mail(member.email, 'Rappel : Tomorrow');
    expect(reminder.text).toContain('est réservé pour Maison des jeunes');
    await sleep(1500);
    expect(catcher.messages.filter((m) => m.subject.startsWith('Rappel : Tomorrow'))).toHaveLength(1);

    await prefs(member.cookie, [{ category: 'reminder.booking-upcoming', delivery: 'off' }]).expect(200);
    const later = new Date(t.clock.nowMs() + 21 * HOUR)
      .toLocaleString('sv-SE', { timeZone: 'America/Toronto' })
      .slice(0, 16)
      .replace(' ', 'T');
    await book({ resourceId: await room(), title: 'Not reminded', start: later, durationMinutes: 60 });
    await t.app.get(BookingReminders).remindUpcoming();
    expect(await emailStatusOf(member.id, 'Not reminded')).toEqual(['pending']); // the confirmation only
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND kind = 'reminder.booking-upcoming' AND payload->>'title' = 'Not reminded'`,
      [member.id],
    );
    expect(count).toBe(0);
    await prefs(member.cookie, [{ category: 'reminder.booking-upcoming', delivery: 'immediate' }]).expect(200);
  });

  it('warns the approver once of a request about to expire', async () => {
    await book({
      resourceId: await room({ approval_required: true }),
      title: 'Expiring',
      start: '2027-03-08T10:00',
      durationMinutes: 60,
    });
    const now = t.clock.nowMs();
    t.clock.advance(50 * HOUR); // expires 72 h after the request
    try {
      await t.app.get(BookingReminders).remindExpiring();
      await t.app.get(BookingReminders).remindExpiring();
    } finally {
      t.clock.set(now);
    }
    const warning = await mail(coordinator.email, 'Demande sur le point d’expirer : Expiring');
    expect(warning.text).toContain('expire dans moins de 24 h');
    await sleep(1500);
    expect(catcher.messages.filter((m) => m.subject.includes('expirer : Expiring'))).toHaveLength(1);
  });

  it('reminds approvers of requests waiting more than 24 h, once a day', async () => {
    await book({
      resourceId: await room({ approval_required: true }),
      title: 'Waiting',
      start: '2027-03-01T10:00',
      durationMinutes: 60,
    });
    const now = t.clock.nowMs();
    t.clock.advance(25 * HOUR);
    try {
      await t.app.get(BookingReminders).remindApprovers();
      await t.app.get(BookingReminders).remindApprovers();
    } finally {
      t.clock.set(now);
    }
    const reminder = await mail(coordinator.email, 'votre approbation depuis plus de 24 h');
    expect(reminder.subject).toMatch(/^(1 demande attend|\d+ demandes attendent) votre approbation depuis plus de 24 h$/);
    await sleep(1500);
    expect(catcher.messages.filter((m) => m.subject.includes('depuis plus de 24 h'))).toHaveLength(1);
  });

  it('reminds the pooled employee on Friday and the admins of submitted hours not yet confirmed', async () => {
    const employee = await t.factory.user({ password: null });
    const staff = await t
      .newAgent()
      .post('/api/staff')
      .set('Cookie', coordinator.cookie)
      .send({
        networkId,
        name: 'Comptable partagée',
        jobTitle: 'Comptable',
        carrierOrganisationId: orgA,
        hourlyCostCents: 4800,
        userEmail: employee.email,
        workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ week: 'every', weekday, start: '08:00', end: '17:00' })),
      })
      .expect(201);
    await t.factory.acceptStaffInvitation(staff.body.id, employee.id);
    await t.app.get(TimesheetReminders).remindWeek();
    const week = await mail(employee.email, 'Feuille de temps de la semaine du');
    expect(week.subject).toBe('Feuille de temps de la semaine du lundi 16 novembre 2026');

    await t.dataSource.query(
      `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, status) VALUES ($1, $2, '2026-11-16', 120, 'submitted')`,
      [staff.body.id, orgA],
    );
    await t.app.get(TimesheetReminders).remindAdmins();
    await t.app.get(TimesheetReminders).remindAdmins();
    const admins = await mail(member.email, 'à confirmer pour Maison des jeunes');
    expect(admins.subject).toBe('1 entrée de feuille de temps à confirmer pour Maison des jeunes');
    await sleep(1500);
    expect(catcher.messages.filter((m) => m.subject.includes('à confirmer'))).toHaveLength(1);
  });

  async function mail(address: string, subject: string): Promise<CaughtMail> {
    const matches = (m: CaughtMail) => to(address)(m) && m.subject.includes(subject);
    return (await catcher.waitFor((all) => all.some(matches))).find(matches) as CaughtMail;
  }
});

function to(address: string): (m: CaughtMail) => boolean {
  return (m) => m.to.includes(address);
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
