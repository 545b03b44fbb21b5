import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../test/test-app';

const PARTNER = 'https://partner.example';

describe('HTTP errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: PARTNER });
  });
  afterAll(() => t.close());

  it('answers an unknown API route with 404 NOT_FOUND as JSON', async () => {
    const res = await t.http.get('/api/does-not-exist').expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    expect(typeof res.body.message).toBe('string');
  });

  it('speaks French to a caller that prefers it, with the same stable code', async () => {
    const res = await t.http.get('/api/nope').set('Accept-Language', 'fr-CA,fr;q=0.9,en;q=0.5').expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'Introuvable, ou vous n’y avez pas accès.' });
  });

  it('answers a malformed JSON body with 400 MALFORMED_JSON', async () => {
    const res = await t.http.post('/api/health').set('content-type', 'application/json').send('{"broken":').expect(400);
    expect(res.body).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await t.http
      .post('/api/health')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) }))
      .expect(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('sends security headers and hides the framework', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('does not allow cross-origin requests by default', async () => {
    const res = await t.http.get('/api/health').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps a sane request id given by a proxy and returns it in errors', async () => {
    const res = await t.http.get('/api/nowhere').set('x-request-id', 'lb-123').expect(404);
    expect(res.body.requestId).toBe('lb-123');
  });

  it('describes itself with OpenAPI', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });

  it('compresses large JSON answers (brotli, else gzip) and leaves small ones as they are', async () => {
    const brotli = await t.http.get('/api/docs-json').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotli.body.openapi).toMatch(/^3\./);
    const gzip = await t.http.get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const small = await t.http.get('/api/health').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(Number(small.headers['content-length'])).toBeLessThan(1024);
  });

  it('serves HSTS and upgrade-insecure-requests only over HTTPS', async () => {
    const plain = await t.http.get('/api/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    // No proxy is trusted by default: anyone's X-Forwarded-Proto is ignored.
    const forged = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });

  it("believes a trusted proxy's X-Forwarded-Proto: HTTPS behind it gets HSTS", async () => {
    const behindProxy = await createTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const proxied = await behindProxy.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
      expect(proxied.headers['strict-transport-security']).toContain('max-age=');
      expect(proxied.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await behindProxy.close();
    }
  });

  describe('OpenAPI', () => {
    let document: {
      paths: Record<
        string,
        Record<string, { summary?: string; parameters?: Array<{ name: string; in: string; required?: boolean }> }>
      >;
    };
    beforeAll(async () => {
      document = (await t.http.get('/api/docs-json').expect(200)).body;
    });
    const operations = () =>
      Object.entries(document.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ id: `${method} ${path}`, op })),
      );

    it('gives every operation a short summary', () => {
      const missing = operations().filter(({ op }) => !op.summary || op.summary.length > 80);
      expect(missing.map(({ id }) => id)).toEqual([]);
    });

    it('does not require Accept-Language on reports', () => {
      const required = operations().flatMap(({ id, op }) =>
        (op.parameters ?? []).filter((p) => p.in === 'header' && p.required).map((p) => `${id} ${p.name}`),
      );
      expect(required).toEqual([]);
      const reportHeaders = (document.paths['/api/reports/allocation']['get'].parameters ?? []).filter((p) => p.in === 'header');
      expect(reportHeaders).toEqual([expect.objectContaining({ name: 'accept-language', required: false })]);
    });

    it('documents durationMinutes on availability only, not on the leave listing', () => {
      const names = (path: string) => (document.paths[path]['get'].parameters ?? []).map((p) => p.name);
      expect(names('/api/staff/{resourceId}/leave')).not.toContain('durationMinutes');
      expect(names('/api/staff/{resourceId}/availability')).toContain('durationMinutes');
    });
  });

  describe('cross-site requests', () => {
    let networkId: string;
    let organisationId: string;
    let cookie: string;
    beforeAll(async () => {
      networkId = (await t.factory.network()).id;
      organisationId = (await t.factory.organisation(networkId)).id;
      const coordinator = await t.factory.user({
        coordinatorOf: [networkId],
        memberOf: [[organisationId, 'admin']],
        password: null,
      });
      cookie = await t.factory.sessionCookie(coordinator.id);
    });
    const coordinators = async () =>
      (await t.newAgent().get(`/api/networks/${networkId}/coordinators`).set('Cookie', cookie).expect(200)).body as unknown[];

    it('refuses a form posted from another site with the session cookie: no coordinator is added', async () => {
      const victim = await t.factory.user({ password: null });
      const before = (await coordinators()).length;
      const res = await t
        .newAgent()
        .post(`/api/networks/${networkId}/coordinators`)
        .set('Cookie', cookie)
        .set('Origin', 'https://evil.example')
        .type('form')
        .send({ email: victim.email });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('CSRF_REJECTED');
      expect(await coordinators()).toHaveLength(before);
    });

    it('refuses JSON from another origin with the session cookie, by Origin or by Fetch Metadata', async () => {
      const invite = (headers: Record<string, string>) =>
        t
          .newAgent()
          .post(`/api/organisations/${organisationId}/invitations`)
          .set('Cookie', cookie)
          .set(headers)
          .send({ email: 'someone@example.test', role: 'admin' });
      for (const headers of <Array<Record<string, string>>>[
        { Origin: 'https://evil.example' },
        { Origin: 'null' },
        { 'Sec-Fetch-Site': 'cross-site' },
        { 'Sec-Fetch-Site': 'same-site' },
      ]) {
        const res = await invite(headers);
        expect({ headers, status: res.status, code: res.body.code }).toEqual({ headers, status: 403, code: 'CSRF_REJECTED' });
      }
      const token = await t
        .newAgent()
        .post('/api/auth/tokens')
        .set('Cookie', cookie)
        .set('Origin', 'https://evil.example')
        .send({ name: 'x' });
      expect(token.body.code).toBe('CSRF_REJECTED');
    });

    it("accepts the app's own origin and the origins of CORS_ORIGINS", async () => {
      const own = `http://${new URL(t.http.get('/').url).host}`;
      for (const origin of [own, PARTNER]) {
        const res = await t
          .newAgent()
          .patch('/api/auth/me')
          .set('Cookie', cookie)
          .set('Origin', origin)
          .set('Sec-Fetch-Site', origin === own ? 'same-origin' : 'cross-site')
          .send({ locale: 'fr' });
        expect({ origin, status: res.status }).toEqual({ origin, status: 200 });
      }
    });

    it('lets a personal API token through whatever the origin', async () => {
      const user = await t.factory.user({ password: null });
      const { token } = await t.factory.apiToken(user.id);
      await t
        .newAgent()
        .post('/api/auth/tokens')
        .set('Authorization', `Bearer ${token}`)
        .set('Origin', 'https://evil.example')
        .send({ name: 'script' })
        .expect(201);
    });
  });

  describe('request bodies', () => {
    it('refuses a urlencoded body with 415, even with a bearer token', async () => {
      const user = await t.factory.user({ password: null });
      const { token } = await t.factory.apiToken(user.id);
      const res = await t
        .newAgent()
        .post('/api/auth/tokens')
        .set('Authorization', `Bearer ${token}`)
        .type('form')
        .send({ name: 'x' });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses a text/plain logout with 415 and keeps the session', async () => {
      const user = await t.factory.user({ password: null });
      const cookie = await t.factory.sessionCookie(user.id);
      const res = await t.newAgent().post('/api/auth/logout').set('Cookie', cookie).set('Content-Type', 'text/plain').send('');
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(200);
    });

    it('accepts a logout without a body or a content type', async () => {
      const user = await t.factory.user({ password: null });
      const cookie = await t.factory.sessionCookie(user.id);
      await t.newAgent().post('/api/auth/logout').set('Cookie', cookie).expect(204);
      await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(401);
    });

    it('refuses a body without a content type', async () => {
      const res = await t.newAgent().post('/api/auth/login').set('Content-Type', '').send('{"email":"a@b.c","password":"x"}');
      expect(res.status).toBe(415);
    });
  });
});

describe('HTTP surface behind a public HTTPS address, with the web app built', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'mutualis-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Mutualis</title>');
    writeFileSync(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({ PUBLIC_URL: 'https://mutualis.example', WEB_DIST: webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends HSTS and upgrade-insecure-requests when the public URL is HTTPS', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('accepts changes from the public origin with the session cookie', async () => {
    const user = await t.factory.user({ password: null });
    const cookie = await t.factory.sessionCookie(user.id);
    await t
      .newAgent()
      .patch('/api/auth/me')
      .set('Cookie', cookie)
      .set('Origin', 'https://mutualis.example')
      .send({ locale: 'en' })
      .expect(200);
  });

  it("answers /favicon.ico with the web app's icon, not index.html", async () => {
    const res = await t.http.get('/favicon.ico').redirects(1).expect(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
  });

  it('answers a missing file with 404 and a client-side route with the app', async () => {
    await t.http.get('/missing.js').expect(404);
    const page = await t.http.get('/bookings/week').expect(200);
    expect(page.text).toContain('<title>Mutualis</title>');
  });
});
