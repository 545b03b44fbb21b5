import type { ImpactReport } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** The coordinator edits the logic model; the report shows each indicator's value and progress. */
describe('logic model editing', () => {
  let t: TestApp;
  let networkId: string;
  let coordinator: string;
  let admin: string;
  let outsider: string;
  const NOVEMBER = { from: '2026-11-01', to: '2026-12-01' };

  const as = (cookie: string) => ({
    post: (path: string, body: object) => t.newAgent().post(path).set('Cookie', cookie).send(body),
    patch: (path: string, body: object) => t.newAgent().patch(path).set('Cookie', cookie).send(body),
    put: (path: string, body: object) => t.newAgent().put(path).set('Cookie', cookie).send(body),
    delete: (path: string) => t.newAgent().delete(path).set('Cookie', cookie),
  });

  async function indicators(): Promise<ImpactReport['indicators']> {
    const res = await t
      .newAgent()
      .get('/api/impact')
      .query({ networkId, ...NOVEMBER })
      .set('Cookie', coordinator)
      .expect(200);
    return res.body.indicators;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    const org = (await f.organisation(networkId)).id;
    coordinator = await f.sessionCookie((await f.user({ coordinatorOf: [networkId], password: null })).id);
    admin = await f.sessionCookie((await f.user({ memberOf: [[org, 'admin']], password: null })).id);
    const other = (await f.network()).id;
    outsider = await f.sessionCookie((await f.user({ coordinatorOf: [other], password: null })).id);
  });
  afterAll(() => t.close());

  it('adds an entered indicator, takes its value per period, and shows the progress towards its target', async () => {
    const created = await as(coordinator)
      .post('/api/impact/indicators', {
        networkId,
        stage: 'effect',
        nameFr: 'Nouvelles collaborations',
        nameEn: 'New collaborations',
        metric: 'entered',
        target: 4,
      })
      .expect(201);
    const id = created.body.id;
    expect(await indicators()).toEqual([expect.objectContaining({ id, value: null, progress: null })]);

    await as(coordinator)
      .put(`/api/impact/indicators/${id}/values`, { ...NOVEMBER, value: 1 })
      .expect(204);
    await as(coordinator)
      .put(`/api/impact/indicators/${id}/values`, { ...NOVEMBER, value: 3, note: 'Corrigé' })
      .expect(204);
    expect(await indicators()).toEqual([expect.objectContaining({ id, value: 3, target: 4, progress: 0.75 })]);

    const overlapping = await as(coordinator)
      .put(`/api/impact/indicators/${id}/values`, { from: '2026-11-15', to: '2026-12-15', value: 1 })
      .expect(409);
    expect(overlapping.body.code).toBe('CONFLICT');

    await as(coordinator).patch(`/api/impact/indicators/${id}`, { target: 6, nameEn: 'New partnerships' }).expect(204);
    expect(await indicators()).toEqual([
      expect.objectContaining({ nameEn: 'New partnerships', nameFr: 'Nouvelles collaborations', target: 6, progress: 0.5 }),
    ]);

    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity LIKE 'impact_indicator%'`);
    expect(audit.n).toBe(4);

    await as(coordinator).delete(`/api/impact/indicators/${id}`).expect(204);
    expect(await indicators()).toEqual([]);
  });

  it('computes an indicator from the data and refuses values for it', async () => {
    const { body } = await as(coordinator)
      .post('/api/impact/indicators', {
        networkId,
        stage: 'output',
        nameFr: 'Organismes rejoints',
        nameEn: 'Organisations reached',
        metric: 'organisations_served',
        target: 3,
      })
      .expect(201);
    expect(await indicators()).toEqual([expect.objectContaining({ id: body.id, value: 0, progress: 0 })]);
    const refused = await as(coordinator)
      .put(`/api/impact/indicators/${body.id}/values`, { ...NOVEMBER, value: 2 })
      .expect(409);
    expect(refused.body.code).toBe('INVALID_STATE');
    await as(coordinator).delete(`/api/impact/indicators/${body.id}`).expect(204);
  });

  it('lets only the coordinators of the network edit it, and checks what is sent', async () => {
    const indicator = { networkId, stage: 'activity', nameFr: 'x', nameEn: 'x', metric: 'bookings' };
    await as(admin).post('/api/impact/indicators', indicator).expect(403);
    await as(outsider).post('/api/impact/indicators', indicator).expect(404);
    const bad = await as(coordinator)
      .post('/api/impact/indicators', { ...indicator, metric: 'happiness', stage: 'dream' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const { body } = await as(coordinator).post('/api/impact/indicators', indicator).expect(201);
    await as(admin).patch(`/api/impact/indicators/${body.id}`, { target: 1 }).expect(403);
    await as(outsider).delete(`/api/impact/indicators/${body.id}`).expect(404);
    await as(coordinator)
      .put(`/api/impact/indicators/${body.id}/values`, { from: '2026-12-01', to: '2026-11-01', value: 1 })
      .expect(400);
  });
});
