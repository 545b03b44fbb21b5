import { createTestApp, type TestApp } from '../../../test/test-app';

/** Equipment, vehicles and storage booked by the unit (issue #16); the guard is the database's (decision 0008). */
describe('bookings by the unit', () => {
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let siteId: string;
  let memberA: string;
  let coordinator: string;
  let members: Array<{ cookie: string; organisationId: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Organisme A')).id;
    // Monday–Friday 09:00–17:00, Saturday 10:00–14:00, closed on Sundays.
    siteId = (
      await f.site(networkId, {
        hours: [
          [1, '09:00', '17:00'],
          [2, '09:00', '17:00'],
          [3, '09:00', '17:00'],
          [4, '09:00', '17:00'],
          [5, '09:00', '17:00'],
          [6, '10:00', '14:00'],
        ],
      })
    ).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberA = await cookie({ memberOf: [[orgA, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
    members = [];
    for (let i = 0; i < 8; i++) {
      const organisationId = (await f.organisation(networkId)).id;
      members.push({ cookie: await cookie({ memberOf: [[organisationId, 'member']] }), organisationId });
    }
  });
  afterAll(() => t.close());

  const create = async (body: object) =>
    (await t.newAgent().post('/api/resources').set('Cookie', coordinator).send(body).expect(201)).body as {
      id: string;
      quantity: number;
      siteId: string;
      type: string;
    };
  const book = (cookie: string, body: object) => t.newAgent().post('/api/bookings').set('Cookie', cookie).send(body);
  const unitsInUse = async (resourceId: string) =>
    Number(
      (
        await t.dataSource.query(
          `SELECT COALESCE(sum(quantity), 0) AS n FROM booking_occurrence WHERE resource_id = $1 AND status IN ('pending', 'confirmed')`,
          [resourceId],
        )
      )[0].n,
    );

  it('creates equipment with a quantity at a site; members may not', async () => {
    const tables = await create({ type: 'equipment', siteId, name: 'Tables pliantes', quantity: 40, unitLabel: 'table' });
    expect(tables).toMatchObject({ type: 'equipment', quantity: 40, siteId, unitLabel: 'table' });
    await t
      .newAgent()
      .post('/api/resources')
      .set('Cookie', memberA)
      .send({ type: 'vehicle', siteId, name: 'Camionnette' })
      .expect(403);
    const listed = await t
      .newAgent()
      .get('/api/resources')
      .query({ type: 'equipment', siteId })
      .set('Cookie', memberA)
      .expect(200);
    expect(listed.body.map((r: { id: string }) => r.id)).toContain(tables.id);
  });

  it('lets overlapping bookings share the units and refuses the one that would take too many, with what is left', async () => {
    const tables = await create({ type: 'equipment', siteId, name: 'Tables', quantity: 40 });
    await book(memberA, {
      resourceId: tables.id,
      title: 'Souper',
      start: '2027-01-12T09:00',
      durationMinutes: 240,
      quantity: 30,
    }).expect(201);
    await book(memberA, {
      resourceId: tables.id,
      title: 'AGA',
      start: '2027-01-12T11:00',
      durationMinutes: 120,
      quantity: 10,
    }).expect(201);
    const refused = await book(memberA, {
      resourceId: tables.id,
      title: 'Trop',
      start: '2027-01-12T12:00',
      durationMinutes: 60,
      quantity: 1,
    }).expect(409);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_QUANTITY', details: { available: 0, requested: 1, quantity: 40 } });
    // After the 30 and the 10 go back at 13:00, 30 can go out again, leaving 10.
    const later = await book(memberA, {
      resourceId: tables.id,
      title: 'Après',
      start: '2027-01-12T13:00',
      durationMinutes: 60,
      quantity: 30,
    }).expect(201);
    expect(later.body.occurrences).toHaveLength(1);
    await book(memberA, { resourceId: tables.id, title: 'Trop', start: '2027-01-12T13:00', durationMinutes: 60, quantity: 11 })
      .expect(409)
      .expect((res) => expect(res.body.details.available).toBe(10));
  });

  it('40 simultaneous requests for the last 5 tables: never more units than exist, every answer 201 or 409', async () => {
    const tables = await create({ type: 'equipment', siteId, name: 'Tables (course)', quantity: 40 });
    await book(memberA, {
      resourceId: tables.id,
      title: 'Gala',
      start: '2027-02-02T09:00',
      durationMinutes: 480,
      quantity: 35,
    }).expect(201);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        book(members[i % members.length].cookie, {
          resourceId: tables.id,
          organisationId: members[i % members.length].organisationId,
          title: `Demande ${i}`,
          start: '2027-02-02T10:00',
          durationMinutes: 120,
          quantity: 1,
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'INSUFFICIENT_QUANTITY')).toBe(true);
    expect(await unitsInUse(tables.id)).toBe(40);
  });

  it('the database refuses over-allocation whatever the write path', async () => {
    const projector = await create({ type: 'equipment', siteId, name: 'Projecteur' });
    await book(memberA, { resourceId: projector.id, title: 'Ciné', start: '2027-01-13T09:00', durationMinutes: 60 }).expect(201);
    const [series] = await t.dataSource.query('SELECT id FROM booking_series WHERE resource_id = $1', [projector.id]);
    await expect(
      t.dataSource.query(
        `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
         VALUES ($1, $2, $3, '2027-01-13T14:30Z', '2027-01-13T15:30Z', tstzrange('2027-01-13T14:30Z', '2027-01-13T15:30Z'), 'confirmed')`,
        [series.id, projector.id, orgA],
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ hint: 'INSUFFICIENT_QUANTITY' }) });
  });

  it('refuses quantity on a room and a quantity above the stock', async () => {
    const roomId = (await t.factory.space(networkId, siteId)).id;
    await book(memberA, { resourceId: roomId, title: 'Salle', start: '2027-01-12T09:00', durationMinutes: 60, quantity: 2 })
      .expect(400)
      .expect((res) => expect(res.body.code).toBe('VALIDATION_FAILED'));
    const sound = await create({ type: 'equipment', siteId, name: 'Sono', quantity: 2 });
    await book(memberA, { resourceId: sound.id, title: 'Fête', start: '2027-01-12T09:00', durationMinutes: 60, quantity: 3 })
      .expect(409)
      .expect((res) => expect(res.body).toMatchObject({ code: 'INSUFFICIENT_QUANTITY', details: { available: 2 } }));
  });

  it('lends for days: picked up at opening, returned at closing, across the DST change of November 7, 2027', async () => {
    const van = await create({ type: 'vehicle', siteId, name: 'Camionnette' });
    // Friday November 5 to Monday November 8, 2027: clocks go back on Sunday the 7th.
    const res = await book(memberA, {
      resourceId: van.id,
      title: 'Déménagement',
      startDate: '2027-11-05',
      endDate: '2027-11-08',
    }).expect(201);
    expect(res.body.occurrences).toEqual([
      expect.objectContaining({ start: '2027-11-05T09:00:00-04:00', end: '2027-11-08T17:00:00-05:00' }),
    ]);
    // The van is out: another loan overlapping Sunday is refused.
    await book(memberA, { resourceId: van.id, title: 'Autre', startDate: '2027-11-06', endDate: '2027-11-06' })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('INSUFFICIENT_QUANTITY'));
  });

  it('refuses a loan picked up on a closure, with its reason, or on a day the site is closed', async () => {
    const van = await create({ type: 'vehicle', siteId, name: 'Fourgon' });
    await t
      .newAgent()
      .post('/api/blackouts')
      .set('Cookie', coordinator)
      .send({ siteId, start: '2027-03-01T00:00:00-05:00', end: '2027-03-02T00:00:00-05:00', reason: 'Inventaire annuel' })
      .expect(201);
    const refused = await book(memberA, {
      resourceId: van.id,
      title: 'Sortie',
      startDate: '2027-03-01',
      endDate: '2027-03-03',
    }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'BLACKOUT',
      details: { occurrences: [expect.objectContaining({ reason: 'Inventaire annuel' })] },
    });
    // Sunday: the site does not open.
    await book(memberA, { resourceId: van.id, title: 'Dimanche', startDate: '2027-03-07', endDate: '2027-03-08' })
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('OUTSIDE_OPENING_HOURS'));
    // A closure while the van is out does not matter.
    await book(memberA, { resourceId: van.id, title: 'Longue', startDate: '2027-02-26', endDate: '2027-03-02' }).expect(201);
  });

  it('allocates storage units for months, midnight to midnight', async () => {
    const shelves = await create({ type: 'storage', siteId, name: 'Tablettes', quantity: 6, unitAreaM2: 1.5 });
    const res = await book(memberA, {
      resourceId: shelves.id,
      title: 'Archives',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      quantity: 4,
    }).expect(201);
    expect(res.body.occurrences[0]).toMatchObject({ start: '2027-01-01T00:00:00-05:00', end: '2027-07-01T00:00:00-04:00' });
    await book(memberA, {
      resourceId: shelves.id,
      title: 'Plus',
      startDate: '2027-04-01',
      endDate: '2027-04-30',
      quantity: 3,
    }).expect((r) => expect(r.body).toMatchObject({ code: 'INSUFFICIENT_QUANTITY', details: { available: 2 } }));
  });

  it('re-checks the units on a change: moving 30 tables onto 20 others is refused with what is free', async () => {
    const tables = await create({ type: 'equipment', siteId, name: 'Tables (changement)', quantity: 40 });
    await book(memberA, {
      resourceId: tables.id,
      title: 'Midi',
      start: '2027-01-19T12:00',
      durationMinutes: 60,
      quantity: 20,
    }).expect(201);
    const morning = (
      await book(memberA, {
        resourceId: tables.id,
        title: 'Matin',
        start: '2027-01-19T09:00',
        durationMinutes: 60,
        quantity: 30,
      }).expect(201)
    ).body;
    const moved = await t
      .newAgent()
      .patch(`/api/bookings/${morning.id}`)
      .set('Cookie', memberA)
      .send({ scope: 'one', occurrenceId: morning.occurrences[0].id, changes: { start: '2027-01-19T12:00' } })
      .expect(409);
    expect(moved.body).toMatchObject({ code: 'INSUFFICIENT_QUANTITY', details: { available: 20, requested: 30 } });
    await t
      .newAgent()
      .patch(`/api/bookings/${morning.id}`)
      .set('Cookie', memberA)
      .send({ scope: 'one', occurrenceId: morning.occurrences[0].id, changes: { start: '2027-01-19T10:00' } })
      .expect(200);
  });
  it('refuses to lower the quantity below what is booked ahead, listing the bookings that hold the units', async () => {
    const tables = await create({ type: 'equipment', siteId, name: 'Tables (inventaire)', quantity: 40 });
    const gala = (
      await book(memberA, {
        resourceId: tables.id,
        title: 'Gala',
        start: '2027-01-26T09:00',
        durationMinutes: 120,
        quantity: 30,
      }).expect(201)
    ).body;
    const fair = (
      await book(members[0].cookie, {
        resourceId: tables.id,
        title: 'Foire',
        start: '2027-01-26T10:00',
        durationMinutes: 120,
        quantity: 8,
      }).expect(201)
    ).body;
    const change = (body: object) => t.newAgent().patch(`/api/resources/${tables.id}`).set('Cookie', coordinator).send(body);
    const refused = await change({ quantity: 36 }).expect(409);
    expect(refused.body).toMatchObject({ code: 'QUANTITY_BELOW_BOOKINGS', details: { quantity: 36, booked: 38 } });
    expect(refused.body.details.bookings.map((b: { seriesId: string }) => b.seriesId).sort()).toEqual([gala.id, fair.id].sort());
    expect(refused.body.details.bookings).toContainEqual(
      expect.objectContaining({ seriesId: gala.id, quantity: 30, title: 'Gala', start: '2027-01-26T09:00:00-05:00' }),
    );
    expect((await t.newAgent().get(`/api/resources/${tables.id}`).set('Cookie', memberA)).body.quantity).toBe(40);
    // 38 still holds both; a member may not change the stock; a room is changed elsewhere.
    await change({ quantity: 38, unitLabel: 'table' })
      .expect(200)
      .expect((r) => expect(r.body).toMatchObject({ quantity: 38, unitLabel: 'table' }));
    await t.newAgent().patch(`/api/resources/${tables.id}`).set('Cookie', memberA).send({ quantity: 50 }).expect(403);
    const roomId = (await t.factory.space(networkId, siteId)).id;
    await t.newAgent().patch(`/api/resources/${roomId}`).set('Cookie', coordinator).send({ quantity: 2 }).expect(400);
    // The guard reads the new quantity: a 1-table booking at 10:00 no longer fits.
    await book(memberA, { resourceId: tables.id, title: 'Une de plus', start: '2027-01-26T10:30', durationMinutes: 30 })
      .expect(409)
      .expect((r) => expect(r.body).toMatchObject({ code: 'INSUFFICIENT_QUANTITY', details: { available: 0, quantity: 38 } }));
  });

  it('lends every week with a rule, each loan picked up at opening and returned at closing', async () => {
    const projector = await create({ type: 'equipment', siteId, name: 'Projecteur (chaque semaine)' });
    const res = await book(memberA, {
      resourceId: projector.id,
      title: 'Ciné du mardi',
      startDate: '2027-03-02',
      endDate: '2027-03-02',
      rrule: 'FREQ=WEEKLY;COUNT=4',
    }).expect(201);
    expect(res.body.occurrences.map((o: { start: string; end: string }) => [o.start, o.end])).toEqual([
      ['2027-03-02T09:00:00-05:00', '2027-03-02T17:00:00-05:00'],
      ['2027-03-09T09:00:00-05:00', '2027-03-09T17:00:00-05:00'],
      ['2027-03-16T09:00:00-04:00', '2027-03-16T17:00:00-04:00'],
      ['2027-03-23T09:00:00-04:00', '2027-03-23T17:00:00-04:00'],
    ]);
  });

  it('tells how many units of each item are free over a day', async () => {
    const chairs = await create({ type: 'equipment', siteId, name: 'Chaises', quantity: 50 });
    const van = await create({ type: 'vehicle', siteId, name: 'Camion (disponibilité)' });
    await book(memberA, {
      resourceId: chairs.id,
      title: 'Matin',
      start: '2027-02-09T09:00',
      durationMinutes: 120,
      quantity: 20,
    }).expect(201);
    await book(memberA, {
      resourceId: chairs.id,
      title: 'Midi',
      start: '2027-02-09T10:00',
      durationMinutes: 180,
      quantity: 15,
    }).expect(201);
    await book(memberA, {
      resourceId: chairs.id,
      title: 'Soir',
      start: '2027-02-09T13:00',
      durationMinutes: 60,
      quantity: 10,
    }).expect(201);
    const day = { from: '2027-02-09T00:00:00-05:00', to: '2027-02-10T00:00:00-05:00' };
    const res = await t
      .newAgent()
      .get('/api/availability')
      .query({ ...day, siteId })
      .set('Cookie', memberA)
      .expect(200);
    const of = (id: string) => res.body.find((a: { resourceId: string }) => a.resourceId === id);
    // 09:00–11:00 20 and 10:00–13:00 15 overlap: 35 out at once; at 13:00 only the 10.
    expect(of(chairs.id)).toEqual({ resourceId: chairs.id, quantity: 50, inUse: 35, available: 15 });
    expect(of(van.id)).toEqual({ resourceId: van.id, quantity: 1, inUse: 0, available: 1 });
    const afternoon = await t
      .newAgent()
      .get('/api/availability')
      .query({ from: '2027-02-09T13:00:00-05:00', to: '2027-02-09T17:00:00-05:00', resourceId: chairs.id })
      .set('Cookie', memberA)
      .expect(200);
    expect(afternoon.body).toEqual([{ resourceId: chairs.id, quantity: 50, inUse: 10, available: 40 }]);
    await t.newAgent().get('/api/availability').query({ from: day.to, to: day.from }).set('Cookie', memberA).expect(400);
  });
});
