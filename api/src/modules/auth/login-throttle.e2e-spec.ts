import { createTestApp, type TestApp } from '../../../test/test-app';
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES } from './login-throttle';

describe('sign-in throttling', () => {
  let t: TestApp;
  /** The same API behind a reverse proxy on the loopback interface (TRUST_PROXY=loopback). */
  let proxied: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    proxied = await createTestApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await t.close();
    await proxied.close();
  });

  async function wrongLogins(app: TestApp, email: string, count: number, from?: string): Promise<void> {
    for (let i = 0; i < count; i++) {
      const request = app.newAgent().post('/api/auth/login');
      if (from) request.set('X-Forwarded-For', from);
      await request.send({ email, password: `wrong-${i}-password` }).expect(401);
    }
  }

  it('ignores X-Forwarded-For unless a proxy is configured: rotating it does not reset the per-address limit', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await t
        .newAgent()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i + 1}`)
        .send({ email: `nobody-${i}@example.test`, password: 'not the password' })
        .expect(401);
    }
    const limited = await t
      .newAgent()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.77')
      .send({ email: 'someone-else@example.test', password: 'not the password' })
      .expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    // Forget this address's failures so the next tests start clean.
    await t.dataSource.query('DELETE FROM login_attempt');
  });

  it('evaluates at most the limit of 40 wrong passwords sent at once; the others get 429 with Retry-After', async () => {
    const user = await t.factory.user();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t
          .newAgent()
          .post('/api/auth/login')
          .send({ email: user.email, password: `wrong-${i}-pass` }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const limited = responses.find((r) => r.status === 429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('reads the window from the clock: once it has passed, the same address may try again', async () => {
    const user = await t.factory.user();
    await wrongLogins(t, user.email, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    const limited = await t.newAgent().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBe(THROTTLE_WINDOW_MINUTES * 60);
    t.clock.advance((THROTTLE_WINDOW_MINUTES + 1) * 60_000);
    try {
      await t.newAgent().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    } finally {
      t.clock.advance(-(THROTTLE_WINDOW_MINUTES + 1) * 60_000);
    }
  });

  it('throttles the current password of a password change the same way', async () => {
    const user = await t.factory.user();
    const cookie = await t.factory.sessionCookie(user.id);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      await t
        .newAgent()
        .post('/api/auth/password')
        .set('Cookie', cookie)
        .send({ currentPassword: `wrong-${i}-password`, newPassword: 'a brand new long secret' })
        .expect(401);
    }
    const limited = await t
      .newAgent()
      .post('/api/auth/password')
      .set('Cookie', cookie)
      .send({ currentPassword: user.password, newPassword: 'a brand new long secret' })
      .expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('behind a configured proxy, failures from one address do not lock the account out for another address', async () => {
    const user = await proxied.factory.user();
    await wrongLogins(proxied, user.email, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, '203.0.113.10');
    await proxied
      .newAgent()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.10')
      .send({ email: user.email, password: user.password })
      .expect(429);
    await proxied
      .newAgent()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.20')
      .send({ email: user.email, password: user.password })
      .expect(200);
  });
});
