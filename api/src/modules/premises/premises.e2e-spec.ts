import type { AllocationReport, ResourceView } from '@mutualis/contracts';
import { createTestApp, TEST_NOW, type TestApp } from '../../../test/test-app';

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

  describe('edge cases', () => {
    const DAY_MS = 86_400_000;
    const dayAfterNow = (days: number): string => new Date(TEST_NOW.getTime() + days * DAY_MS).toISOString();
    const fieldsOf = (body: { details?: { fields?: Array<{ field: string }> } }): string[] =>
      (body.details?.fields ?? []).map((f) => f.field);

    it('removes a room’s hourly rate with null, as the room form sends it', async () => {
      const created = await createSpace({ name: 'Salle tarifée', hourlyRateCents: 2500 }).expect(201);
      expect(created.body.hourlyRateCents).toBe(2500);
      const cleared = await updateSpace(created.body.id, { hourlyRateCents: null, capacity: 8 }).expect(200);
      expect(cleared.body).toMatchObject({ hourlyRateCents: null, capacity: 8 });
    });

    it('refuses null for what a change cannot clear, naming the field, and changes nothing', async () => {
      const created = await createSpace({ name: 'Salle Nulle', capacity: 6 }).expect(201);
      const refused = await updateSpace(created.body.id, { name: null, capacity: null }).expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(refused.body)).toEqual(expect.arrayContaining(['name', 'capacity']));
      const read = await t.newAgent().get(`/api/resources/${created.body.id}`).set('Cookie', coordinator).expect(200);
      expect(read.body).toMatchObject({ name: 'Salle Nulle', capacity: 6 });
    });

    it('refuses a minimum duration above the maximum', async () => {
      const refused = await createSpace({
        name: 'Salle Règles',
        rules: { minDurationMinutes: 120, maxDurationMinutes: 60 },
      }).expect(400);
      expect(fieldsOf(refused.body)).toEqual(['rules.minDurationMinutes']);
    });

    it('refuses opening hours that are not times of day, or that close before they open', async () => {
      const site = (body: object) =>
        t
          .newAgent()
          .post('/api/sites')
          .set('Cookie', coordinator)
          .send({ networkId, name: 'Pavillon', ...body });
      const notATime = await site({ openingHours: [{ weekday: 1, opens: '25:00', closes: '26:00' }] }).expect(400);
      expect(fieldsOf(notATime.body)).toEqual(['openingHours.0.opens', 'openingHours.0.closes']);
      const backwards = await site({ openingHours: [{ weekday: 2, opens: '17:00', closes: '09:00' }] }).expect(400);
      expect(fieldsOf(backwards.body)).toEqual(['openingHours']);
      const unknownZone = await site({ timeZone: 'Mars/Olympus_Mons' }).expect(400);
      expect(unknownZone.body.code).toBe('INVALID_TIME_ZONE');
      const untilMidnight = await site({ openingHours: [{ weekday: 3, opens: '18:00', closes: '24:00' }] }).expect(201);
      expect(untilMidnight.body.openingHours).toEqual([expect.objectContaining({ weekday: 3, opens: '18:00', closes: '24:00' })]);
    });

    it('closes a site or a room, never both nor neither, and only forwards in time', async () => {
      const room = (await createSpace({ name: 'Salle Fermée' }).expect(201)).body.id;
      const blackout = (body: object) => t.newAgent().post('/api/blackouts').set('Cookie', coordinator).send(body);
      const window = { start: dayAfterNow(10), end: dayAfterNow(11), reason: 'Travaux' };
      expect(fieldsOf((await blackout({ siteId, resourceId: room, ...window }).expect(400)).body)).toEqual(['siteId']);
      expect(fieldsOf((await blackout(window).expect(400)).body)).toEqual(['siteId']);
      const backwards = await blackout({ resourceId: room, ...window, start: window.end, end: window.start }).expect(400);
      expect(fieldsOf(backwards.body)).toEqual(['end']);
      const created = await blackout({ resourceId: room, ...window }).expect(201);
      const listed = await t.newAgent().get('/api/blackouts').query({ resourceId: room }).set('Cookie', coordinator).expect(200);
      expect(listed.body.map((b: { id: string }) => b.id)).toEqual([created.body.id]);
    });

    it('lets members read rooms but not change them (403), and hides them from another network (404)', async () => {
      const room = (await createSpace({ name: 'Salle Gardée', capacity: 5 }).expect(201)).body.id;
      const member = await t.factory.sessionCookie((await t.factory.user({ memberOf: [[famille, 'admin']], password: null })).id);
      await t.newAgent().get(`/api/resources/${room}`).set('Cookie', member).expect(200);
      const forbidden = await t.newAgent().patch(`/api/spaces/${room}`).set('Cookie', member).send({ capacity: 2 }).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      const stranger = await t.factory.sessionCookie(
        (await t.factory.user({ coordinatorOf: [(await t.factory.network()).id], password: null })).id,
      );
      const hidden = await t.newAgent().patch(`/api/spaces/${room}`).set('Cookie', stranger).send({ capacity: 2 }).expect(404);
      expect(hidden.body.code).toBe('NOT_FOUND');
      const closure = await t.factory.blackout({ resourceId: room }, dayAfterNow(20), dayAfterNow(21));
      await t.newAgent().delete(`/api/blackouts/${closure.id}`).set('Cookie', stranger).expect(404);
      await t.newAgent().delete(`/api/blackouts/${closure.id}`).set('Cookie', member).expect(403);
      await t.newAgent().delete(`/api/blackouts/${closure.id}`).set('Cookie', coordinator).expect(204);
      const read = await t.newAgent().get(`/api/resources/${room}`).set('Cookie', coordinator).expect(200);
      expect(read.body.capacity).toBe(5);
    });
  });
});
