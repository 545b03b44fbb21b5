import { createTestApp, type TestApp } from '../../../test/test-app';

describe('adding a co-coordinator by e-mail', () => {
  let t: TestApp;
  let networkId: string;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    networkId = (await t.factory.network('Réseau test')).id;
    const coordinator = await t.factory.user({ coordinatorOf: [networkId], password: null });
    cookie = await t.factory.sessionCookie(coordinator.id);
  });
  afterAll(() => t.close());

  it('answers the same for an e-mail with an account and one without, so it reveals no account', async () => {
    const existing = await t.factory.user({ password: null });
    const known = await t
      .newAgent()
      .post(`/api/networks/${networkId}/coordinators`)
      .set('Cookie', cookie)
      .send({ email: existing.email })
      .expect(204);
    const unknown = await t
      .newAgent()
      .post(`/api/networks/${networkId}/coordinators`)
      .set('Cookie', cookie)
      .send({ email: 'nobody-here@example.test' })
      .expect(204);
    expect(unknown.text).toBe(known.text);
    const list = await t.newAgent().get(`/api/networks/${networkId}/coordinators`).set('Cookie', cookie).expect(200);
    const emails = list.body.map((c: { email: string }) => c.email);
    expect(emails).toContain(existing.email);
    expect(emails).not.toContain('nobody-here@example.test');
  });
});
