import { createTestApp, type TestApp } from '../../test/test-app';

describe('HTTP errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
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
});
