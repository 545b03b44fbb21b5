import { startDatabaseProxy, type DatabaseProxy } from '../../test/database-proxy';
import { createTestApp, type TestApp } from '../../test/test-app';

/** Polls until the request answers `status`, or gives up after `timeoutMs`: recovery takes a reconnect. */
async function eventually(request: () => Promise<{ status: number }>, status: number, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = (await request()).status;
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  return last;
}

describe('while the database is down', () => {
  let t: TestApp;
  let proxy: DatabaseProxy;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_WAIT_MS: '2000' }, undefined, {
      connectThrough: async (url) => {
        proxy = await startDatabaseProxy(url);
        return proxy.url;
      },
    });
    const user = await t.factory.user({ password: null });
    cookie = await t.factory.sessionCookie(user.id);
  });
  afterAll(async () => {
    await proxy.up().catch(() => undefined);
    await t.close();
    await proxy.close();
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After, then serves again by itself when it is back', async () => {
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);

    await proxy.down();
    for (const request of [
      t.http.get('/api/auth/me').set('Cookie', cookie),
      t.newAgent().post('/api/auth/login').send({ email: 'someone@example.test', password: 'whatever it is' }),
    ]) {
      const res = await request;
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect((await t.http.get('/api/health')).body).toMatchObject({ database: 'down' });

    await proxy.up();
    expect(await eventually(() => t.http.get('/api/auth/me').set('Cookie', cookie), 200)).toBe(200);
    await t.http.get('/api/health').expect(200);
  });
});

describe('when every pooled connection stays busy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '1', DATABASE_POOL_WAIT_MS: '300' });
  });
  afterAll(() => t.close());

  it('answers 503 OVERLOADED with Retry-After rather than 500', async () => {
    const user = await t.factory.user({ password: null });
    const cookie = await t.factory.sessionCookie(user.id);
    const held = t.dataSource.createQueryRunner();
    await held.connect(); // the pool's only connection
    try {
      const res = await t.http.get('/api/auth/me').set('Cookie', cookie);
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('OVERLOADED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await held.release();
    }
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
  });
});
