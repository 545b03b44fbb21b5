import { createTestApp, type TestApp } from '../../../test/test-app';
import { SESSION_LIFETIME_MS } from './session-cookie';

describe('credentials: revocation, forced change, password strength, caching', () => {
  let t: TestApp;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const network = await t.factory.network('Réseau test');
    orgId = (await t.factory.organisation(network.id, 'Maison test')).id;
  });
  afterAll(() => t.close());

  async function signIn(email: string, password: string): Promise<string> {
    const res = await t.newAgent().post('/api/auth/login').send({ email, password }).expect(200);
    return res.headers['set-cookie'][0].split(';')[0];
  }

  it('a password change revokes every API token and every other session, and keeps the current one', async () => {
    const user = await t.factory.user();
    const { token } = await t.factory.apiToken(user.id);
    const otherBrowser = await t.factory.sessionCookie(user.id);
    const current = await signIn(user.email, user.password);
    await t
      .newAgent()
      .post('/api/auth/password')
      .set('Cookie', current)
      .send({ currentPassword: user.password, newPassword: 'a brand new long secret' })
      .expect(204);
    await t.newAgent().get('/api/auth/me').set('Cookie', current).expect(200);
    await t.newAgent().get('/api/auth/me').set('Cookie', otherBrowser).expect(401);
    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('a temporary password set by an admin revokes tokens and sessions, and until it is changed only me, password and logout answer', async () => {
    const admin = await t.factory.user({ memberOf: [[orgId, 'admin']], password: null });
    const user = await t.factory.user({ memberOf: [[orgId, 'member']] });
    const { token } = await t.factory.apiToken(user.id);
    const session = await t.factory.sessionCookie(user.id);
    await t
      .newAgent()
      .post(`/api/users/${user.id}/temporary-password`)
      .set('Cookie', await t.factory.sessionCookie(admin.id))
      .send({ password: 'temporary secret 4821' })
      .expect(204);
    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await t.newAgent().get('/api/auth/me').set('Cookie', session).expect(401);

    const cookie = await signIn(user.email, 'temporary secret 4821');
    const me = await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.mustChangePassword).toBe(true);
    const tokenRefused = await t.newAgent().post('/api/auth/tokens').set('Cookie', cookie).send({ name: 'Script' }).expect(403);
    expect(tokenRefused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const listRefused = await t.newAgent().get('/api/organisations').set('Cookie', cookie).expect(403);
    expect(listRefused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');

    await t
      .newAgent()
      .post('/api/auth/password')
      .set('Cookie', cookie)
      .send({ currentPassword: 'temporary secret 4821', newPassword: 'my own long secret 77' })
      .expect(204);
    await t.newAgent().get('/api/organisations').set('Cookie', cookie).expect(200);
    await t.newAgent().post('/api/auth/tokens').set('Cookie', cookie).send({ name: 'Script' }).expect(201);
    await t.newAgent().post('/api/auth/logout').set('Cookie', cookie).expect(204);
  });

  describe('weak passwords are refused with the reason', () => {
    const cases: Array<[string, (email: string) => string, string]> = [
      ['too short', () => 'a1b2c3d4', 'too-short'],
      ['common', () => 'password123', 'too-common'],
      ['a run of digits', () => '1234567890', 'too-common'],
      ['the e-mail itself', (email) => email, 'contains-email'],
      ['the e-mail local part', (email) => `${email.split('@')[0]}!x9`, 'contains-email'],
      ['the name', () => 'Q9 tremblay q9 zz', 'contains-name'],
    ];

    let sequence = 0;
    it.each(cases)('on a password change: %s', async (_label, passwordFor, reason) => {
      sequence += 1;
      const user = await t.factory.user({ email: `lea.tremblay.${sequence}@example.test`, name: 'Léa Tremblay' });
      const cookie = await t.factory.sessionCookie(user.id);
      const res = await t
        .newAgent()
        .post('/api/auth/password')
        .set('Cookie', cookie)
        .set('Accept-Language', 'fr-CA')
        .send({ currentPassword: user.password, newPassword: passwordFor(user.email) })
        .expect(400);
      expect(res.body.code).toBe('WEAK_PASSWORD');
      expect(res.body.details).toMatchObject({ reason, minLength: 10 });
      expect(res.body.message).toMatch(/mot de passe/i);
    });

    it('says why in French', async () => {
      const user = await t.factory.user();
      const res = await t
        .newAgent()
        .post('/api/auth/password')
        .set('Cookie', await t.factory.sessionCookie(user.id))
        .set('Accept-Language', 'fr-CA')
        .send({ currentPassword: user.password, newPassword: 'password123' })
        .expect(400);
      expect(res.body.message).toMatch(/courant|deviner/i);
    });

    it('when accepting an invitation', async () => {
      const invitation = await t.factory.invitation(orgId, 'marc.gagnon@example.test');
      const res = await t
        .newAgent()
        .post(`/api/auth/invitations/${invitation.token}/accept`)
        .send({ name: 'Marc Gagnon', password: 'gagnon-2026-xyz' })
        .expect(400);
      expect(res.body.details).toMatchObject({ reason: expect.stringMatching(/^contains-(name|email)$/) });
      const common = await t
        .newAgent()
        .post(`/api/auth/invitations/${invitation.token}/accept`)
        .send({ name: 'Marc Gagnon', password: '12345678' })
        .expect(400);
      expect(common.body.details).toMatchObject({ reason: 'too-short' });
    });

    it('for a temporary password set by an admin', async () => {
      const admin = await t.factory.user({ memberOf: [[orgId, 'admin']], password: null });
      const user = await t.factory.user({ memberOf: [[orgId, 'member']], password: null });
      const res = await t
        .newAgent()
        .post(`/api/users/${user.id}/temporary-password`)
        .set('Cookie', await t.factory.sessionCookie(admin.id))
        .send({ password: 'password' })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'WEAK_PASSWORD', details: { reason: 'too-short' } });
    });
  });

  it('marks every authenticated response Cache-Control: no-store (session and token)', async () => {
    const user = await t.factory.user({ password: null });
    const bySession = await t
      .newAgent()
      .get('/api/auth/me')
      .set('Cookie', await t.factory.sessionCookie(user.id))
      .expect(200);
    expect(bySession.headers['cache-control']).toBe('no-store');
    const { token } = await t.factory.apiToken(user.id);
    const byToken = await t.newAgent().get('/api/organisations').set('Authorization', `Bearer ${token}`).expect(200);
    expect(byToken.headers['cache-control']).toBe('no-store');
  });

  it('ends a session when its lifetime has passed on the clock, whatever the machine date', async () => {
    const user = await t.factory.user();
    const cookie = await signIn(user.email, user.password);
    t.clock.advance(SESSION_LIFETIME_MS - 60_000);
    try {
      await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(200);
      t.clock.advance(2 * 60_000);
      await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(401);
    } finally {
      t.clock.advance(-(SESSION_LIFETIME_MS + 60_000));
    }
  });
});
