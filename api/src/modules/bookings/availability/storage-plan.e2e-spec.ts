import { createTestApp, type TestApp } from '../../../../test/test-app';

/** The storage plan of a site, and storage charged by the area held (issue #16). */
describe('storage plan and the storage area key', () => {
  let t: TestApp;
  let networkId: string;
  let siteId: string;
  let orgA: string;
  let orgB: string;
  let memberA: string;
  let memberB: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Organisme A')).id;
    orgB = (await f.organisation(networkId, 'Organisme B')).id;
    siteId = (await f.site(networkId)).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberA = await cookie({ memberOf: [[orgA, 'member']] });
    memberB = await cookie({ memberOf: [[orgB, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
  });
  afterAll(() => t.close());

  const storage = async (body: object) =>
    (
      await t
        .newAgent()
        .post('/api/resources')
        .set('Cookie', coordinator)
        .send({ type: 'storage', siteId, ...body })
        .expect(201)
    ).body as { id: string };
  const allocate = (cookie: string, body: object) =>
    t.newAgent().post('/api/bookings').set('Cookie', cookie).send(body).expect(201);
  const plan = (cookie: string, from: string, to: string) =>
    t.newAgent().get('/api/storage-plan').query({ siteId, from, to }).set('Cookie', cookie);

  it('shows each kind of storage with its area, what is free, and who holds how many m²', async () => {
    const shelves = await storage({ name: 'Tablettes', quantity: 6, unitLabel: 'tablette', unitAreaM2: 1.5 });
    const lockers = await storage({ name: 'Casiers', quantity: 4 });
    await allocate(memberA, {
      resourceId: shelves.id,
      title: 'Archives',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      quantity: 4,
    });
    await allocate(memberB, {
      resourceId: shelves.id,
      title: 'Costumes',
      startDate: '2027-02-01',
      endDate: '2027-02-28',
      quantity: 1,
    });
    await allocate(memberB, { resourceId: shelves.id, title: 'Plus tard', startDate: '2027-08-01', endDate: '2027-08-31' });

    const february = await plan(memberA, '2027-02-01T00:00:00-05:00', '2027-03-01T00:00:00-05:00').expect(200);
    const [casiers, tablettes] = february.body.spaces;
    expect(casiers).toMatchObject({ resourceId: lockers.id, quantity: 4, unitAreaM2: null, available: 4, holders: [] });
    expect(tablettes).toMatchObject({
      resourceId: shelves.id,
      quantity: 6,
      unitLabel: 'tablette',
      unitAreaM2: 1.5,
      inUse: 5,
      available: 1,
    });
    expect(tablettes.holders).toEqual([
      expect.objectContaining({
        isMine: true,
        organisationName: 'Organisme A',
        units: 4,
        areaM2: 6,
        start: '2027-01-01T00:00:00-05:00',
      }),
      expect.objectContaining({ isMine: false, units: 1, areaM2: 1.5, end: '2027-03-01T00:00:00-05:00' }),
    ]);
    // The coordinator sees every name; another network's site is not found.
    const seen = await plan(coordinator, '2027-02-01T00:00:00-05:00', '2027-03-01T00:00:00-05:00').expect(200);
    expect(seen.body.spaces[1].holders.map((h: { organisationName: string }) => h.organisationName)).toEqual([
      'Organisme A',
      'Organisme B',
    ]);
    const stranger = await t.factory.sessionCookie(
      (
        await t.factory.user({
          memberOf: [[(await t.factory.organisation((await t.factory.network()).id)).id, 'member']],
          password: null,
        })
      ).id,
    );
    await plan(stranger, '2027-02-01T00:00:00-05:00', '2027-03-01T00:00:00-05:00').expect(404);
  });

  it('charges storage by the m² held over the window, explained in m² · days', async () => {
    const big = await storage({ name: 'Grandes tablettes', quantity: 4, unitAreaM2: 2 });
    const small = await storage({ name: 'Petites tablettes', quantity: 10, unitAreaM2: 0.5 });
    // March 2027: A holds 2 big shelves all month (2 × 2 m² × 31 days = 124 m² · days),
    // B 4 small ones for 10 days (4 × 0.5 m² × 10 = 20) and 1 big one for 31 days (62): 82 m² · days.
    await allocate(memberA, { resourceId: big.id, title: 'A', startDate: '2027-03-01', endDate: '2027-03-31', quantity: 2 });
    await allocate(memberB, { resourceId: small.id, title: 'B', startDate: '2027-03-10', endDate: '2027-03-19', quantity: 4 });
    await allocate(memberB, { resourceId: big.id, title: 'B', startDate: '2027-02-15', endDate: '2027-04-15', quantity: 1 });
    await t
      .newAgent()
      .post('/api/cost-pools')
      .set('Cookie', coordinator)
      .send({
        networkId,
        name: 'Entrepôt',
        resourceIds: [big.id, small.id],
        key: { kind: 'storage_area' },
        amounts: [{ from: '2027-03-01', to: '2027-04-01', amountCents: 2_060_00 }],
      })
      .expect(201);
    const report = await t
      .newAgent()
      .get('/api/reports/allocation')
      .query({ networkId, from: '2027-03-01', to: '2027-04-01' })
      .set('Cookie', coordinator)
      .set('Accept-Language', 'fr-CA')
      .expect(200);
    const poolId = report.body.pools.find((p: { name: string }) => p.name === 'Entrepôt').id;
    const line = (organisationId: string) =>
      report.body.lines.find(
        (l: { poolId: string; organisationId: string }) => l.poolId === poolId && l.organisationId === organisationId,
      );
    // 124 + 82 = 206 m² · days: 2 060 $ splits 1 240 $ / 820 $.
    expect(line(orgA).amountCents).toBe(1_240_00);
    expect(line(orgB).amountCents).toBe(820_00);
    expect(line(orgB).explanation.replace(/[\u00a0\u202f]/g, ' ')).toContain('82 m² · jours sur 206 m² · jours d’entreposage');
  });
});
