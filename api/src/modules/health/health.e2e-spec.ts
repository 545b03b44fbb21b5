import { createTestApp, type TestApp } from '../../../test/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database up and the version', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', version: expect.any(String) });
  });

  it('reports 503 with database down when the database is gone', async () => {
    await t.dataSource.destroy();
    const res = await t.http.get('/api/health').expect(503);
    expect(res.body).toMatchObject({ status: 'degraded', database: 'down' });
  });
});
