import { createTestApp, type TestApp } from '../../../test/test-app';
import { MailCatcher, type CaughtMail } from './mail-catcher/mail-catcher';

/** Account and timesheet messages, read in a real SMTP server. */
describe('account and timesheet e-mails', () => {
  const catcher = new MailCatcher();
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let admin: { id: string; email: string; cookie: string };
  let user: { id: string; email: string; password: string };

  beforeAll(async () => {
    const { smtpUrl } = await catcher.start();
    t = await createTestApp({ QUEUE_WORKERS: 'true', SMTP_URL: smtpUrl, PUBLIC_URL: 'https://mutualis.example.org' });
    networkId = (await t.factory.network()).id;
    orgA = (await t.factory.organisation(networkId, 'Maison des jeunes')).id;
    const a = await t.factory.user({ memberOf: [[orgA, 'admin']], password: null });
    admin = { id: a.id, email: a.email, cookie: await t.factory.sessionCookie(a.id) };
    user = await t.factory.user({ memberOf: [[orgA, 'member']] });
    await t.dataSource.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [user.id]);
  });
  afterAll(async () => {
    await t.close();
    await catcher.stop();
  });
  beforeEach(() => catcher.clear());

  const requestReset = (email: string) => t.newAgent().post('/api/auth/password-reset').send({ email }).expect(202);
  const confirm = (token: string, password: string) =>
    t.newAgent().post('/api/auth/password-reset/confirm').send({ token, password });

  it('resets a password by e-mail with a single-use link, then says the password changed', async () => {
    await requestReset('nobody@example.test');
    await requestReset(user.email.toUpperCase());
    const mail = await received(user.email, 'Reset your Mutualis password');
    const link = /https:\/\/mutualis\.example\.org\/reset-password\/(pwr_[\w-]+)/.exec(mail.text);
    expect(link).not.toBeNull();
    const token = link![1];
    await expectNoSecretLeftInOutbox(token);

    expect((await confirm(token, 'short')).body.code).toBe('WEAK_PASSWORD');
    await confirm(token, 'a brand new passphrase').expect(204);
    await t.newAgent().post('/api/auth/login').send({ email: user.email, password: 'a brand new passphrase' }).expect(200);
    const reused = await confirm(token, 'another new passphrase').expect(410);
    expect(reused.body.code).toBe('RESET_LINK_INVALID');
    expect((await received(user.email, 'Your Mutualis password was changed')).text).toContain('other sessions were signed out');
    await sleep(1000);
    expect(catcher.messages.filter((m) => m.to.includes('nobody@example.test'))).toEqual([]);
  });

  it('ends every session and API token with the reset, and refuses a password made of the e-mail', async () => {
    const owner = await t.factory.user({ password: null });
    const session = await t.factory.sessionCookie(owner.id);
    const { token: apiToken } = await t.factory.apiToken(owner.id);
    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${apiToken}`).expect(200);
    await requestReset(owner.email);
    const token = /reset-password\/(pwr_[\w-]+)/.exec((await received(owner.email, 'Réinitialiser')).text)![1];

    const personal = await confirm(token, `${owner.email.split('@')[0]} 2027!`).expect(400);
    expect(personal.body).toMatchObject({ code: 'WEAK_PASSWORD', details: { reason: 'contains-email' } });
    await confirm(token, 'a brand new passphrase').expect(204); // the refusal did not spend the link

    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${apiToken}`).expect(401);
    await t.newAgent().get('/api/auth/me').set('Cookie', session).expect(401);
  });

  it('lets a link expire after one hour, and sends at most three links an hour to one address', async () => {
    const other = await t.factory.user({ password: null });
    await requestReset(other.email);
    const token = /reset-password\/(pwr_[\w-]+)/.exec((await received(other.email, 'Réinitialiser')).text)![1];
    const now = t.clock.nowMs();
    t.clock.advance(61 * 60_000);
    try {
      await confirm(token, 'a brand new passphrase').expect(410);
    } finally {
      t.clock.set(now);
    }
    await requestReset(other.email);
    await requestReset(other.email);
    await requestReset(other.email); // the fourth of the hour: still 202, nothing sent
    await sleep(2500);
    expect(catcher.messages.filter((m) => m.to.includes(other.email))).toHaveLength(3);
  });

  it('e-mails the invitation with its one-time link, and tells of a new API token', async () => {
    const invited = await t
      .newAgent()
      .post(`/api/organisations/${orgA}/invitations`)
      .set('Cookie', admin.cookie)
      .send({ email: 'new.person@example.test', role: 'member' })
      .expect(201);
    const mail = await received('new.person@example.test', 'Invitation à rejoindre Maison des jeunes');
    expect(mail.text).toContain(`https://mutualis.example.org${invited.body.acceptUrl}`);
    await t
      .newAgent()
      .get(`/api/auth/invitations/${invited.body.acceptUrl.split('/').pop()}`)
      .expect(200);

    await t.newAgent().post('/api/auth/tokens').set('Cookie', admin.cookie).send({ name: 'Export comptable' }).expect(201);
    expect((await received(admin.email, 'Nouveau jeton d’API : Export comptable')).subject).toBe(
      'Nouveau jeton d’API : Export comptable',
    );
  });

  it('writes the invitation in the invitee’s language: the inviter’s choice, else Accept-Language; the account starts in it', async () => {
    const chosen = await t
      .newAgent()
      .post(`/api/organisations/${orgA}/invitations`)
      .set('Cookie', admin.cookie)
      .set('Accept-Language', 'fr-CA,fr;q=0.9')
      .send({ email: 'english.speaker@example.test', role: 'member', locale: 'en' })
      .expect(201);
    const english = await received('english.speaker@example.test', 'Maison des jeunes');
    expect(english.subject).toMatch(/^Invitation to join Maison des jeunes/);
    expect(english.text).toContain(`https://mutualis.example.org${chosen.body.acceptUrl}`);

    await t
      .newAgent()
      .post(`/api/organisations/${orgA}/invitations`)
      .set('Cookie', admin.cookie)
      .set('Accept-Language', 'en-US,en;q=0.9,fr;q=0.5')
      .send({ email: 'browser.english@example.test', role: 'member' })
      .expect(201);
    expect((await received('browser.english@example.test', 'Maison des jeunes')).subject).toMatch(/^Invitation to join/);
    await t
      .newAgent()
      .post(`/api/organisations/${orgA}/invitations`)
      .set('Cookie', admin.cookie)
      .send({ email: 'no.header@example.test', role: 'member', locale: 'de' })
      .expect(400);

    const token = chosen.body.acceptUrl.split('/').pop();
    const accepted = await t
      .newAgent()
      .post(`/api/auth/invitations/${token}/accept`)
      .send({ name: 'English Speaker', password: 'a long enough passphrase 42' });
    expect(accepted.status).toBeLessThan(300);
    const [user] = await t.dataSource.query(`SELECT locale FROM app_user WHERE email = 'english.speaker@example.test'`);
    expect(user.locale).toBe('en');
  });

  it('tells the admins of a submitted week, and the employee of its confirmation or dispute', async () => {
    const coordinator = await t.factory.sessionCookie((await t.factory.user({ coordinatorOf: [networkId], password: null })).id);
    const employeeUser = await t.factory.user({ password: null });
    const employee = await t.factory.sessionCookie(employeeUser.id);
    const staff = await t
      .newAgent()
      .post('/api/staff')
      .set('Cookie', coordinator)
      .send({
        networkId,
        name: 'Comptable partagée',
        jobTitle: 'Comptable',
        carrierOrganisationId: orgA,
        hourlyCostCents: 4800,
        userEmail: employeeUser.email,
        workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ week: 'every', weekday, start: '08:00', end: '17:00' })),
      })
      .expect(201);
    await t.factory.acceptStaffInvitation(staff.body.id, employeeUser.id);
    const week = (weekStart: string, minutes: number) =>
      t
        .newAgent()
        .put('/api/timesheets/entries')
        .set('Cookie', employee)
        .send({ resourceId: staff.body.id, organisationId: orgA, workDate: weekStart, minutes })
        .expect((res) => expect(res.status).toBeLessThan(300));
    await t
      .newAgent()
      .post('/api/hour-requests')
      .set('Cookie', admin.cookie)
      .send({ resourceId: staff.body.id, title: 'Rapport annuel', minutes: 600, from: '2026-12-01', to: '2026-12-31' })
      .expect(201);
    expect((await received(employeeUser.email, 'Demande d’heures : 10 h pour Maison des jeunes')).text).toContain(
      'Maison des jeunes demande 10 h entre le mardi 1er décembre 2026 et le jeudi 31 décembre 2026 : « Rapport annuel ».',
    );
    await week('2026-11-09', 450);
    await t
      .newAgent()
      .post('/api/timesheets/submit')
      .set('Cookie', employee)
      .send({ resourceId: staff.body.id, weekStart: '2026-11-09' })
      .expect((res) => expect(res.status).toBeLessThan(300));
    const submitted = await received(admin.email, 'Feuille de temps à confirmer');
    expect(submitted.text).toContain(
      'Comptable partagée a soumis 7 h 30 pour Maison des jeunes, semaine du lundi 9 novembre 2026',
    );

    await t
      .newAgent()
      .post('/api/timesheets/dispute')
      .set('Cookie', admin.cookie)
      .send({ resourceId: staff.body.id, weekStart: '2026-11-09', organisationId: orgA, comment: 'Il manque le mardi' })
      .expect((res) => expect(res.status).toBeLessThan(300));
    expect((await received(employeeUser.email, 'Heures contestées par Maison des jeunes')).text).toContain(
      'Commentaire : Il manque le mardi',
    );

    await t
      .newAgent()
      .post('/api/bookings')
      .set('Cookie', admin.cookie)
      .send({ resourceId: staff.body.id, title: 'Budget', start: '2026-12-08T10:00', durationMinutes: 60 })
      .expect(201);
    await t
      .newAgent()
      .post(`/api/staff/${staff.body.id}/leave`)
      .set('Cookie', employee)
      .send({ kind: 'sick', start: '2026-12-08T00:00:00-05:00', end: '2026-12-09T00:00:00-05:00' })
      .expect(201);
    expect((await received(admin.email, 'À replanifier : Budget')).text).toContain(
      '1 occurrence de « Budget » à partir du mardi 8 décembre 2026',
    );

    await t
      .newAgent()
      .post('/api/periods/close')
      .set('Cookie', coordinator)
      .send({ networkId, from: '2026-10-01', to: '2026-11-01' })
      .expect(201);
    expect((await received(admin.email, 'Période fermée')).subject).toBe(
      'Période fermée : du jeudi 1er octobre 2026 au samedi 31 octobre 2026',
    );
  });

  async function expectNoSecretLeftInOutbox(token: string): Promise<void> {
    await sleep(300);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM notification WHERE payload::text LIKE $1`, [
      `%${token}%`,
    ]);
    expect(count).toBe(0);
  }

  async function received(address: string, subject: string): Promise<CaughtMail> {
    const matches = (m: CaughtMail) => m.to.includes(address) && m.subject.includes(subject);
    return (await catcher.waitFor((all) => all.some(matches))).find(matches) as CaughtMail;
  }
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
