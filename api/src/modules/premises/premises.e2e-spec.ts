import type { AllocationReport, ResourceView } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Rooms administration: what the floor-area key needs, set and read through the API. */
describe('premises', () => {
  let t: TestApp;
  let networkId: string;
  let siteId: string;
  let coordinator: string;
  let famille: string;
  let culture: string;

  beforeAll(async () => {
    t = await createTestApp();
    networkId = (await t.factory.network()).id;
    siteId = (await t.factory.site(networkId)).id;
    famille = (await t.factory.organisation(networkId, 'Famille')).id;
    culture = (await t.factory.organisation(networkId, 'Culture')).id;
    coordinator = await t.factory.sessionCookie((await t.factory.user({ coordinatorOf: [networkId], password: null })).id);
  });
  afterAll(() => t.close());

  const createSpace = (body: object) =>
    t
      .newAgent()
      .post('/api/spaces')
      .set('Cookie', coordinator)
      .send({ siteId, ...body });
  const updateSpace = (id: string, body: object) => t.newAgent().patch(`/api/spaces/${id}`).set('Cookie', coordinator).send(body);

  it('shows and changes the organisation a space is dedicated to, audited, and makes it shared again with null', async () => {
    const created = await createSpace({ name: 'Bureau A', floorAreaM2: 30, dedicatedOrganisationId: famille }).expect(201);
    expect(created.body).toMatchObject({ floorAreaM2: 30, dedicatedOrganisationId: famille });
    const read = await t.newAgent().get(`/api/resources/${created.body.id}`).set('Cookie', coordinator).expect(200);
    expect((read.body as ResourceView).dedicatedOrganisationId).toBe(famille);

    expect((await updateSpace(created.body.id, { capacity: 4 }).expect(200)).body.dedicatedOrganisationId).toBe(famille);
    expect(
      (await updateSpace(created.body.id, { dedicatedOrganisationId: culture }).expect(200)).body.dedicatedOrganisationId,
    ).toBe(culture);
    const [audit] = await t.dataSource.query(
      `SELECT before, after FROM audit_event WHERE entity = 'resource' AND entity_id = $1 AND action = 'update' ORDER BY id DESC LIMIT 1`,
      [created.body.id],
    );
    expect(audit.before.dedicatedOrganisationId).toBe(famille);
    expect(audit.after.dedicatedOrganisationId).toBe(culture);
    expect(
      (await updateSpace(created.body.id, { dedicatedOrganisationId: null }).expect(200)).body.dedicatedOrganisationId,
    ).toBeNull();
  });

  it('refuses an organisation of another network, and a value that is not an id', async () => {
    const elsewhere = await t.factory.organisation((await t.factory.network()).id);
    const outside = await createSpace({ name: 'Bureau B', dedicatedOrganisationId: elsewhere.id }).expect(400);
    expect(outside.body.code).toBe('VALIDATION_FAILED');
    const notAnId = await createSpace({ name: 'Bureau B', dedicatedOrganisationId: 'famille' }).expect(400);
    expect(notAnId.body.details.fields).toEqual([expect.objectContaining({ field: 'dedicatedOrganisationId' })]);
  });

  it('divides a floor-area pool of the site by the dedicated spaces set through the API', async () => {
    const network = (await t.factory.network()).id;
    const site = (await t.factory.site(network)).id;
    const a = (await t.factory.organisation(network, 'Alpha')).id;
    const b = (await t.factory.organisation(network, 'Bêta')).id;
    const boss = await t.factory.sessionCookie((await t.factory.user({ coordinatorOf: [network], password: null })).id);
    for (const [name, floorAreaM2, dedicatedOrganisationId] of [
      ['Bureau Alpha', 30, a],
      ['Bureau Bêta', 10, b],
    ] as const) {
      await t
        .newAgent()
        .post('/api/spaces')
        .set('Cookie', boss)
        .send({ siteId: site, name, floorAreaM2, dedicatedOrganisationId })
        .expect(201);
    }
    await t
      .newAgent()
      .post('/api/cost-pools')
      .set('Cookie', boss)
      .send({
        networkId: network,
        name: 'Loyer',
        siteId: site,
        key: { kind: 'floor_area' },
        amounts: [{ from: '2027-03-01', to: '2027-04-01', amountCents: 100_000 }],
      })
      .expect(201);
    const report = await t
      .newAgent()
      .get('/api/reports/allocation')
      .query({ networkId: network, from: '2027-03-01', to: '2027-04-01' })
      .set('Cookie', boss)
      .expect(200);
    const totals = Object.fromEntries(
      (report.body as AllocationReport).totals.byOrganisation.map((o) => [o.organisationName, o.amountCents]),
    );
    expect(totals).toEqual({ Alpha: 75_000, Bêta: 25_000 });
  });
});
