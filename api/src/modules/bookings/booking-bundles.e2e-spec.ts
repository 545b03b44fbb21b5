import { createTestApp, type TestApp } from '../../../test/test-app';

/** A room booked with equipment, all or nothing (issue #16): one request, one transaction, the refused part named. */
describe('room bookings with equipment (bundles)', () => {
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
    siteId = (
      await f.site(networkId, {
        hours: [1, 2, 3, 4, 5].map((weekday): [number, string, string] => [weekday, '08:00', '18:00']),
      })
    ).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberA = await cookie({ memberOf: [[orgA, 'member']] });
    memberB = await cookie({ memberOf: [[orgB, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
  });
  afterAll(() => t.close());

  const item = async (body: object) =>
    (
      await t
        .newAgent()
        .post('/api/resources')
        .set('Cookie', coordinator)
        .send({ siteId, ...body })
        .expect(201)
    ).body as {
      id: string;
      name: string;
    };
  const room = async () => (await t.factory.space(networkId, siteId)).id;
  const book = (cookie: string, body: object) => t.newAgent().post('/api/bookings').set('Cookie', cookie).send(body);
  const patch = (cookie: string, id: string, body: object) =>
    t.newAgent().patch(`/api/bookings/${id}`).set('Cookie', cookie).send(body);
  const seriesOf = (resourceId: string) =>
    t.dataSource.query(
      `SELECT id, bundle_of, quantity, pooled, status FROM booking_series WHERE resource_id = $1 ORDER BY created_at, id`,
      [resourceId],
    ) as Promise<Array<{ id: string; bundle_of: string | null; quantity: number; pooled: boolean; status: string }>>;
  const activeOccurrences = (resourceId: string) =>
    t.dataSource.query(
      `SELECT series_id, starts_at, ends_at, quantity, pooled, status FROM booking_occurrence
        WHERE resource_id = $1 AND status IN ('pending', 'confirmed') ORDER BY starts_at`,
      [resourceId],
    ) as Promise<Array<{ series_id: string; starts_at: Date; ends_at: Date; quantity: number; pooled: boolean }>>;
  const weekly = (resourceId: string, equipment: object[]) => ({
    resourceId,
    title: 'Conseil d’administration',
    start: '2027-01-12T09:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;COUNT=4',
    equipment,
  });

  it('books a room with a projector and 10 tables in one request; the booking lists what comes with it', async () => {
    const roomId = await room();
    const projector = await item({ type: 'equipment', name: 'Projecteur' });
    const tables = await item({ type: 'equipment', name: 'Tables pliantes', quantity: 40 });
    const res = await book(
      memberA,
      weekly(roomId, [{ resourceId: projector.id }, { resourceId: tables.id, quantity: 10 }]),
    ).expect(201);
    expect(res.body.resourceId).toBe(roomId);
    expect(res.body.occurrences).toHaveLength(4);
    expect(res.body.bundle).toEqual([
      expect.objectContaining({ resourceId: projector.id, resourceName: 'Projecteur', quantity: 1, status: 'active' }),
      expect.objectContaining({ resourceId: tables.id, resourceName: 'Tables pliantes', quantity: 10 }),
    ]);
    const roomOccurrences = await activeOccurrences(roomId);
    for (const equipment of [projector.id, tables.id]) {
      const [series] = await seriesOf(equipment);
      expect(series).toMatchObject({ bundle_of: res.body.id, pooled: true });
      expect((await activeOccurrences(equipment)).map((o) => o.starts_at)).toEqual(roomOccurrences.map((o) => o.starts_at));
    }
    expect((await activeOccurrences(tables.id)).every((o) => o.quantity === 10)).toBe(true);
    // The equipment's own booking names the room booking it follows.
    const [projectorSeries] = await seriesOf(projector.id);
    const own = await t.newAgent().get(`/api/bookings/${projectorSeries.id}`).set('Cookie', memberA).expect(200);
    expect(own.body).toMatchObject({ bundledWith: res.body.id, resourceName: 'Projecteur' });
  });

  it('a bundle with one unavailable item books nothing and names the item, in French too', async () => {
    const roomId = await room();
    const tables = await item({ type: 'equipment', name: 'Tables', quantity: 40 });
    const projector = await item({ type: 'equipment', name: 'Projecteur Epson' });
    // Organisme B has the projector on the second Tuesday.
    await book(memberB, { resourceId: projector.id, title: 'Formation', start: '2027-01-19T10:00', durationMinutes: 60 }).expect(
      201,
    );
    const refused = await book(memberA, weekly(roomId, [{ resourceId: tables.id, quantity: 5 }, { resourceId: projector.id }]))
      .set('Accept-Language', 'fr-CA')
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'INSUFFICIENT_QUANTITY',
      details: {
        available: 0,
        part: { kind: 'equipment', index: 1, resourceId: projector.id, resourceName: 'Projecteur Epson' },
        occurrences: [expect.objectContaining({ start: '2027-01-19T09:00:00-05:00' })],
      },
    });
    expect(refused.body.message).toMatch(/^«\u00a0Projecteur Epson\u00a0»\u00a0: /);
    expect(await seriesOf(roomId)).toEqual([]);
    expect(await seriesOf(tables.id)).toEqual([]);
    expect(await seriesOf(projector.id)).toHaveLength(1);
  });

  it('a taken room refuses the bundle, named as the room; an item closed that day refuses it with the closure', async () => {
    const roomId = await room();
    const sound = await item({ type: 'equipment', name: 'Système de son' });
    await book(memberB, { resourceId: roomId, title: 'Pris', start: '2027-02-02T09:30', durationMinutes: 30 }).expect(201);
    const taken = await book(memberA, weekly(roomId, [{ resourceId: sound.id }]))
      .send({ start: '2027-01-26T09:00' })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'BOOKING_CONFLICT', details: { part: { kind: 'room', resourceId: roomId } } });
    expect(await seriesOf(sound.id)).toEqual([]);

    await t
      .newAgent()
      .post('/api/blackouts')
      .set('Cookie', coordinator)
      .send({ resourceId: sound.id, start: '2027-03-09T00:00:00-05:00', end: '2027-03-10T00:00:00-05:00', reason: 'Réparation' })
      .expect(201);
    const closed = await book(memberA, weekly(await room(), [{ resourceId: sound.id }]))
      .send({ start: '2027-03-02T09:00' })
      .expect(422);
    expect(closed.body).toMatchObject({
      code: 'BLACKOUT',
      details: { part: { kind: 'equipment', resourceName: 'Système de son' }, occurrences: [{ reason: 'Réparation' }] },
    });
    expect(await seriesOf(sound.id)).toEqual([]);
  });

  it('an item the organisation may not book, or that is not equipment, refuses the bundle', async () => {
    const roomId = await room();
    const reserved = await item({
      type: 'equipment',
      name: 'Caméra',
      rules: { bookableBy: 'list', bookableOrganisationIds: [orgB] },
    });
    const forbidden = await book(memberA, weekly(roomId, [{ resourceId: reserved.id }])).expect(403);
    expect(forbidden.body.details.part).toMatchObject({ kind: 'equipment', index: 0, resourceName: 'Caméra' });
    const shelves = await item({ type: 'storage', name: 'Tablettes', quantity: 6 });
    await book(memberA, weekly(roomId, [{ resourceId: shelves.id }])).expect(400);
    await book(memberA, weekly(await room(), [{ resourceId: roomId }])).expect(400);
    await book(memberA, { ...weekly(roomId, [{ resourceId: shelves.id }]), resourceId: shelves.id }).expect(400);
    await book(memberA, { ...weekly(roomId, [{ resourceId: reserved.id }]), skipConflicts: true }).expect(400);
    expect(await seriesOf(roomId)).toEqual([]);
  });

  it('moving one occurrence of the room moves its equipment; a move the equipment cannot follow changes nothing', async () => {
    const roomId = await room();
    const tables = await item({ type: 'equipment', name: 'Tables (déplacement)', quantity: 40 });
    const bundle = (await book(memberA, weekly(roomId, [{ resourceId: tables.id, quantity: 10 }])).expect(201)).body;
    const second = bundle.occurrences[1];
    await book(memberB, {
      resourceId: tables.id,
      title: 'Souper',
      start: '2027-01-19T14:00',
      durationMinutes: 60,
      quantity: 35,
    }).expect(201);
    const refused = await patch(memberA, bundle.id, {
      scope: 'one',
      occurrenceId: second.id,
      changes: { start: '2027-01-19T14:00' },
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'INSUFFICIENT_QUANTITY',
      details: { available: 5, part: { kind: 'equipment', resourceId: tables.id } },
    });
    expect((await activeOccurrences(roomId))[1].starts_at.toISOString()).toBe('2027-01-19T14:00:00.000Z');

    await patch(memberA, bundle.id, { scope: 'one', occurrenceId: second.id, changes: { start: '2027-01-19T11:00' } }).expect(
      200,
    );
    const roomStarts = (await activeOccurrences(roomId)).map((o) => o.starts_at.toISOString());
    const ownTables = (await activeOccurrences(tables.id)).filter((o) => o.quantity === 10);
    expect(roomStarts[1]).toBe('2027-01-19T16:00:00.000Z');
    expect(ownTables.map((o) => o.starts_at.toISOString())).toEqual(roomStarts);
  });

  it('changes of all and of the following occurrences carry the equipment, its units and its bundle along', async () => {
    const roomId = await room();
    const tables = await item({ type: 'equipment', name: 'Tables (série)', quantity: 40 });
    const bundle = (await book(memberA, weekly(roomId, [{ resourceId: tables.id, quantity: 12 }])).expect(201)).body;
    const longer = (await patch(memberA, bundle.id, { scope: 'all', changes: { durationMinutes: 120 } }).expect(200)).body;
    expect((await activeOccurrences(tables.id)).map((o) => (o.ends_at.getTime() - o.starts_at.getTime()) / 60_000)).toEqual([
      120, 120, 120, 120,
    ]);

    const split = await patch(memberA, bundle.id, {
      scope: 'following',
      occurrenceId: longer.occurrences[2].id,
      changes: { start: '2027-01-26T13:00' },
    }).expect(200);
    expect(split.body.id).not.toBe(bundle.id);
    const parts = await seriesOf(tables.id);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ bundle_of: bundle.id, quantity: 12, pooled: true });
    expect(parts[1]).toMatchObject({ bundle_of: split.body.id, quantity: 12, pooled: true });
    const occurrences = await activeOccurrences(tables.id);
    expect(occurrences.map((o) => o.starts_at.toISOString())).toEqual(
      (await activeOccurrences(roomId)).map((o) => o.starts_at.toISOString()),
    );
    expect(occurrences.every((o) => o.quantity === 12 && o.pooled)).toBe(true);
    expect(occurrences.at(-1)?.starts_at.toISOString()).toBe('2027-02-02T18:00:00.000Z');
  });

  it('cancelling the room cancels its equipment; the equipment alone may be cancelled, not moved', async () => {
    const roomId = await room();
    const projector = await item({ type: 'equipment', name: 'Projecteur (annulation)' });
    const sound = await item({ type: 'equipment', name: 'Son (annulation)' });
    const bundle = (await book(memberA, weekly(roomId, [{ resourceId: projector.id }, { resourceId: sound.id }])).expect(201))
      .body;
    await t
      .newAgent()
      .post(`/api/bookings/${bundle.id}/cancel`)
      .set('Cookie', memberA)
      .send({ scope: 'one', occurrenceId: bundle.occurrences[0].id })
      .expect(200);
    expect(await activeOccurrences(projector.id)).toHaveLength(3);

    const [soundSeries] = await seriesOf(sound.id);
    await patch(memberA, soundSeries.id, { scope: 'all', changes: { start: '2027-01-12T10:00' } })
      .expect(409)
      .expect((r) => expect(r.body).toMatchObject({ code: 'INVALID_STATE', details: { bundledWith: bundle.id } }));
    await t.newAgent().delete(`/api/bookings/${soundSeries.id}`).set('Cookie', memberA).expect(200);
    const view = await t.newAgent().get(`/api/bookings/${bundle.id}`).set('Cookie', memberA).expect(200);
    expect(view.body.bundle.map((b: { resourceId: string }) => b.resourceId)).toEqual([projector.id]);

    await t.newAgent().delete(`/api/bookings/${bundle.id}`).set('Cookie', memberA).expect(200);
    expect(await activeOccurrences(projector.id)).toEqual([]);
    expect((await seriesOf(projector.id))[0].status).toBe('cancelled');
  });
  it('a room that needs approval waits with its equipment; declining the room releases the equipment', async () => {
    const roomId = (await t.factory.space(networkId, siteId, { approval_required: true })).id;
    const projector = await item({ type: 'equipment', name: 'Projecteur (approbation)' });
    const bundle = (await book(memberA, weekly(roomId, [{ resourceId: projector.id }])).expect(201)).body;
    expect(bundle.status).toBe('pending');
    expect(await activeOccurrences(projector.id)).toHaveLength(4);
    // Another time proposed for the first Tuesday and accepted: the projector moves with the room.
    const first = bundle.occurrences[0].id;
    await t
      .newAgent()
      .post(`/api/bookings/${bundle.id}/propose`)
      .set('Cookie', coordinator)
      .send({ occurrenceId: first, start: '2027-01-12T14:00' })
      .expect(200);
    await t
      .newAgent()
      .post(`/api/bookings/${bundle.id}/accept-proposal`)
      .set('Cookie', memberA)
      .send({ occurrenceId: first })
      .expect(200);
    expect((await activeOccurrences(projector.id))[0].starts_at.toISOString()).toBe('2027-01-12T19:00:00.000Z');
    await t
      .newAgent()
      .post(`/api/bookings/${bundle.id}/decline`)
      .set('Cookie', coordinator)
      .send({ reason: 'Salle en rénovation', occurrenceId: bundle.occurrences[3].id })
      .expect(200);
    expect(await activeOccurrences(projector.id)).toHaveLength(3);
    // Declining what still waits leaves the accepted Tuesday, room and projector.
    await t.newAgent().post(`/api/bookings/${bundle.id}/decline`).set('Cookie', coordinator).send({ reason: 'Non' }).expect(200);
    expect((await activeOccurrences(projector.id)).map((o) => o.starts_at.toISOString())).toEqual(['2027-01-12T19:00:00.000Z']);
    expect(await activeOccurrences(roomId)).toHaveLength(1);
  });
});
