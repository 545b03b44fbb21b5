import { createTestApp, type TestApp } from '../../../test/test-app';
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS } from './login-throttle';

describe('authentication', () => {
  let t: TestApp;
  let orgId: string;
  let networkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const network = await t.factory.network('Réseau test');
    networkId = network.id;
    orgId = (await t.factory.organisation(network.id, 'Maison test')).id;
  });
  afterAll(() => t.close());

  it('signs in with the right password and shows the roles in /api/auth/me', async () => {
    const user = await t.factory.user({ memberOf: [[orgId, 'admin']], coordinatorOf: [networkId] });
    const agent = t.newAgent();
    const login = await agent
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: user.password })
      .expect(200);
    expect(login.headers['set-cookie'][0]).toMatch(/mutualis_session=.+; .*HttpOnly/i);
    expect(login.headers['set-cookie'][0]).toMatch(/SameSite=Lax/i);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      id: user.id,
      email: user.email,
      memberships: [{ organisationId: orgId, organisationName: 'Maison test', role: 'admin' }],
      coordinatorOf: [{ networkId, networkName: 'Réseau test' }],
    });
  });

  it('refuses a wrong password or an unknown e-mail with the same 401 INVALID_CREDENTIALS', async () => {
    const user = await t.factory.user();
    const wrongPassword = await t
      .newAgent()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'wrong password' })
      .expect(401);
    const unknownEmail = await t
      .newAgent()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: 'whatever1' })
      .expect(401);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail.body.code).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.body.message).toBe(unknownEmail.body.message);
  });

  it('rejects a login body without an e-mail with VALIDATION_FAILED naming the field', async () => {
    const res = await t.newAgent().post('/api/auth/login').send({ password: 'x' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain('email');
  });

  it('changes only what a partial update names (language, not the name)', async () => {
    const user = await t.factory.user({ name: 'Léa Tremblay', password: null });
    const res = await t
      .newAgent()
      .patch('/api/auth/me')
      .set('Cookie', await t.factory.sessionCookie(user.id))
      .send({ locale: 'en' })
      .expect(200);
    expect(res.body).toMatchObject({ name: 'Léa Tremblay', locale: 'en' });
  });

  it('answers anonymous API calls with 401 UNAUTHENTICATED', async () => {
    const res = await t.newAgent().get('/api/auth/me').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('slows down a burst of wrong passwords with 429 and Retry-After, and still refuses the right one meanwhile', async () => {
    const user = await t.factory.user();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      await t
        .newAgent()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${i}-pass` })
        .expect(401);
    }
    const limited = await t.newAgent().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The window passes: the account is usable again, not locked forever.
    await t.dataSource.query(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE email = $1`, [user.email]);
    await t.newAgent().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  });

  it('ends the session at logout: the same cookie no longer works', async () => {
    const user = await t.factory.user();
    const agent = t.newAgent();
    const login = await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const cookie = login.headers['set-cookie'][0].split(';')[0];
    await agent.post('/api/auth/logout').expect(204);
    await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('lets scripts use a personal API token until it is revoked, and never stores it in clear', async () => {
    const user = await t.factory.user();
    const cookie = await t.factory.sessionCookie(user.id);
    const created = await t.newAgent().post('/api/auth/tokens').set('Cookie', cookie).send({ name: 'Export' }).expect(201);
    expect(created.body.token).toMatch(/^mut_/);
    const stored = await t.dataSource.query('SELECT token_hash::text AS h FROM api_token WHERE id = $1', [created.body.id]);
    expect(stored[0].h).not.toContain(created.body.token);

    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${created.body.token}`).expect(200);
    const list = await t.newAgent().get('/api/auth/tokens').set('Cookie', cookie).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, name: 'Export' })]);
    expect(list.body[0].token).toBeUndefined();

    await t.newAgent().delete(`/api/auth/tokens/${created.body.id}`).set('Cookie', cookie).expect(204);
    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${created.body.token}`).expect(401);
  });

  it('deactivating a user ends their sessions and tokens at once', async () => {
    const coordinator = await t.factory.user({ coordinatorOf: [networkId], password: null });
    const user = await t.factory.user({ memberOf: [[orgId, 'member']] });
    const session = await t.factory.sessionCookie(user.id);
    const { token } = await t.factory.apiToken(user.id);
    await t
      .newAgent()
      .post(`/api/users/${user.id}/deactivate`)
      .set('Cookie', await t.factory.sessionCookie(coordinator.id))
      .expect(204);
    await t.newAgent().get('/api/auth/me').set('Cookie', session).expect(401);
    await t.newAgent().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await t.newAgent().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const user = await t.factory.user();
    const other = await t.factory.sessionCookie(user.id);
    const agent = t.newAgent();
    await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const weak = await agent
      .post('/api/auth/password')
      .send({ currentPassword: user.password, newPassword: 'short' })
      .expect(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    await agent
      .post('/api/auth/password')
      .send({ currentPassword: 'not it at all', newPassword: 'a new long secret' })
      .expect(401);
    await agent.post('/api/auth/password').send({ currentPassword: user.password, newPassword: 'a new long secret' }).expect(204);
    await agent.get('/api/auth/me').expect(200);
    await t.newAgent().get('/api/auth/me').set('Cookie', other).expect(401);
    await t.newAgent().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    await t.newAgent().post('/api/auth/login').send({ email: user.email, password: 'a new long secret' }).expect(200);
  });

  it('accepts an invitation once: creates the account, joins the organisation and signs in', async () => {
    const admin = await t.factory.user({ memberOf: [[orgId, 'admin']], password: null });
    const adminCookie = await t.factory.sessionCookie(admin.id);
    const invite = await t
      .newAgent()
      .post(`/api/organisations/${orgId}/invitations`)
      .set('Cookie', adminCookie)
      .send({ email: 'New.Person@Example.test', role: 'member' })
      .expect(201);
    const token = invite.body.acceptUrl.split('/').pop();
    const preview = await t.newAgent().get(`/api/auth/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ email: 'new.person@example.test', role: 'member', existingAccount: false });

    const agent = t.newAgent();
    await agent.post(`/api/auth/invitations/${token}/accept`).send({ name: 'New Person', password: 'a long secret' }).expect(201);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: 'member' })]);

    const again = await t
      .newAgent()
      .post(`/api/auth/invitations/${token}/accept`)
      .send({ name: 'X', password: 'another secret' })
      .expect(410);
    expect(again.body.code).toBe('INVITATION_INVALID');
  });

  it('records every write in the audit trail with its actor and request id', async () => {
    const coordinator = await t.factory.user({ coordinatorOf: [networkId], password: null });
    const cookie = await t.factory.sessionCookie(coordinator.id);
    await t
      .newAgent()
      .patch(`/api/organisations/${orgId}`)
      .set('Cookie', cookie)
      .set('x-request-id', 'req-audit-1')
      .send({ name: 'Maison renommée' })
      .expect(200);
    const events = await t.newAgent().get('/api/audit?entity=organisation').set('Cookie', cookie).expect(200);
    expect(events.body.items[0]).toMatchObject({
      entity: 'organisation',
      entityId: orgId,
      action: 'update',
      actorUserId: coordinator.id,
      requestId: 'req-audit-1',
      before: { name: 'Maison test' },
      after: { name: 'Maison renommée' },
    });
  });
});
