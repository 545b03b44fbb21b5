import { createTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoNetwork } from '../../database/seed/demo-network.seed';

// The demo password is shorter than the password policy allows: it is seeded directly, and signing in
// never re-checks a password's strength, so the demo keeps working.
describe('the demo network', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoNetwork(t.database.url, t.clock);
  });
  afterAll(() => t.close());

  it('signs in with the documented demo password', async () => {
    const res = await t
      .newAgent()
      .post('/api/auth/login')
      .send({ email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body.mustChangePassword).toBe(false);
  });
});
