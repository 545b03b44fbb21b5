import { createTestApp, type TestApp } from '../../../../test/test-app';
import { LoansService } from './loans.service';

const HOUR = 3_600_000;

/** « Emprunt » and « Retour » (issue #16): who, when, condition, odometer; late loans flagged and blocking. */
describe('loans', () => {
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let siteId: string;
  let memberA: string;
  let memberB: string;
  let coordinator: string;
  let coordinatorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Organisme A')).id;
    const orgB = (await f.organisation(networkId, 'Organisme B')).id;
    siteId = (await f.site(networkId, { hours: [1, 2, 3, 4, 5].map((d) => [d, '09:00', '17:00'] as [number, string, string]) }))
      .id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberA = await cookie({ memberOf: [[orgA, 'member']] });
    memberB = await cookie({ memberOf: [[orgB, 'member']] });
    const coordinatorUser = await f.user({ coordinatorOf: [networkId], password: null });
    coordinatorId = coordinatorUser.id;
    coordinator = await f.sessionCookie(coordinatorUser.id);
  });
  afterAll(() => t.close());

  const create = async (body: object) =>
    (await t.newAgent().post('/api/resources').set('Cookie', coordinator).send(body).expect(201)).body.id as string;
  const post = (cookie: string, path: string, body: object) => t.newAgent().post(path).set('Cookie', cookie).send(body);

  it('checks a van out with its driver and odometer, returns it, and counts the kilometres', async () => {
    const van = await create({ type: 'vehicle', siteId, name: 'Camionnette' });
    // Today (Monday November 16, 2026, 09:00 local) to Tuesday.
    const booking = (
      await post(memberA, '/api/bookings', {
        resourceId: van,
        title: 'Livraison',
        startDate: '2026-11-17',
        endDate: '2026-11-18',
      }).expect(201)
    ).body;
    const occurrenceId = booking.occurrences[0].id;
    await post(memberA, `/api/bookings/${booking.id}/checkout`, { occurrenceId })
      .expect(400)
      .expect((r) => expect(r.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['driverName', 'odometerKm']));
    await post(memberB, `/api/bookings/${booking.id}/checkout`, { occurrenceId, driverName: 'X', odometerKm: 1 }).expect(403);
    const out = await post(memberA, `/api/bookings/${booking.id}/checkout`, {
      occurrenceId,
      driverName: 'Marie Tremblay',
      odometerKm: 48210,
      notes: 'Plein fait',
    }).expect(200);
    expect(out.body).toMatchObject({
      driverName: 'Marie Tremblay',
      odometerOutKm: 48210,
      checkoutNotes: 'Plein fait',
      returnedAt: null,
    });
    await post(memberA, `/api/bookings/${booking.id}/checkout`, { occurrenceId, driverName: 'M', odometerKm: 1 })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('INVALID_STATE'));
    await post(memberA, `/api/bookings/${booking.id}/return`, { occurrenceId, odometerKm: 48000 }).expect(400);
    t.clock.advance(26 * HOUR);
    try {
      const back = await post(coordinator, `/api/bookings/${booking.id}/return`, {
        occurrenceId,
        odometerKm: 48342,
        notes: 'Propre',
      }).expect(200);
      expect(back.body).toMatchObject({ odometerInKm: 48342, kilometres: 132, returnNotes: 'Propre', late: false });
      expect(back.body.returnedAt).toBeTruthy();
    } finally {
      t.clock.advance(-26 * HOUR);
    }
    const desk = await t
      .newAgent()
      .get('/api/loans')
      .query({ from: '2026-11-16T00:00:00-05:00', to: '2026-11-30T00:00:00-05:00' })
      .set('Cookie', memberA)
      .expect(200);
    expect(desk.body).toEqual([expect.objectContaining({ occurrenceId, kilometres: 132 })]);
    const other = await t
      .newAgent()
      .get('/api/loans')
      .query({ from: '2026-11-16T00:00:00-05:00', to: '2026-11-30T00:00:00-05:00' })
      .set('Cookie', memberB)
      .expect(200);
    expect(other.body).toEqual([]);
  });

  it('flags a loan not returned when due, notifies, and blocks its units until returned', async () => {
    const projector = await create({ type: 'equipment', siteId, name: 'Projecteur' });
    const booking = (
      await post(memberA, '/api/bookings', {
        resourceId: projector,
        title: 'Ciné',
        startDate: '2026-11-17',
        endDate: '2026-11-17',
      }).expect(201)
    ).body;
    const occurrenceId = booking.occurrences[0].id;
    t.clock.advance(24 * HOUR); // Tuesday 09:00 local
    try {
      await post(memberA, `/api/bookings/${booking.id}/checkout`, { occurrenceId, notes: 'Bon état' }).expect(200);
      t.clock.advance(24 * HOUR); // Wednesday 09:00: due Tuesday 17:00
      const loans = t.app.get(LoansService);
      expect(await loans.flagLate()).toBe(1);
      expect(await loans.flagLate()).toBe(0);
      const notices = await t.dataSource.query(`SELECT user_id FROM notification WHERE kind = 'reminder.loan-late'`);
      expect(notices.map((n: { user_id: string }) => n.user_id)).toContain(coordinatorId);
      // Next week it is still out: the projector cannot be booked.
      await post(memberB, '/api/bookings', {
        resourceId: projector,
        title: 'Après',
        startDate: '2026-11-24',
        endDate: '2026-11-24',
      })
        .expect(409)
        .expect((r) => expect(r.body).toMatchObject({ code: 'INSUFFICIENT_QUANTITY', details: { available: 0 } }));
      const back = await post(memberA, `/api/bookings/${booking.id}/return`, { occurrenceId, notes: 'Lampe faible' }).expect(200);
      expect(back.body).toMatchObject({ late: false, returnNotes: 'Lampe faible' });
      await post(memberB, '/api/bookings', {
        resourceId: projector,
        title: 'Après',
        startDate: '2026-11-24',
        endDate: '2026-11-24',
      }).expect(201);
    } finally {
      t.clock.advance(-48 * HOUR);
    }
  });

  it('refuses to return what was never checked out, and to lend a room', async () => {
    const tables = await create({ type: 'equipment', siteId, name: 'Tables', quantity: 40 });
    const booking = (
      await post(memberA, '/api/bookings', {
        resourceId: tables,
        title: 'Fête',
        startDate: '2026-12-01',
        endDate: '2026-12-02',
        quantity: 12,
      }).expect(201)
    ).body;
    await post(memberA, `/api/bookings/${booking.id}/return`, { occurrenceId: booking.occurrences[0].id })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('INVALID_STATE'));
    const roomId = (await t.factory.space(networkId, siteId)).id;
    const room = (
      await post(memberA, '/api/bookings', {
        resourceId: roomId,
        title: 'Salle',
        start: '2026-12-01T10:00',
        durationMinutes: 60,
      }).expect(201)
    ).body;
    await post(memberA, `/api/bookings/${room.id}/checkout`, { occurrenceId: room.occurrences[0].id })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('INVALID_STATE'));
    // Another series' occurrence is not found.
    await post(memberA, `/api/bookings/${booking.id}/checkout`, { occurrenceId: room.occurrences[0].id }).expect(404);
  });

  it('charges a van by kilometres and tables by units × days in the allocation report, with explanations', async () => {
    const orgB = (await t.factory.organisation(networkId, 'Organisme Kilo')).id;
    const memberKilo = await t.factory.sessionCookie((await t.factory.user({ memberOf: [[orgB, 'member']], password: null })).id);
    const van = await create({ type: 'vehicle', siteId, name: 'Fourgonnette' });
    const tables = await create({ type: 'equipment', siteId, name: 'Tables rondes', quantity: 40 });
    const lend = async (cookie: string, resourceId: string, day: string, km: [number, number] | null, quantity = 1) => {
      const booking = (
        await post(cookie, '/api/bookings', { resourceId, title: 'Sortie', startDate: day, endDate: day, quantity }).expect(201)
      ).body;
      if (!km) return;
      const occurrenceId = booking.occurrences[0].id;
      await post(coordinator, `/api/bookings/${booking.id}/checkout`, {
        occurrenceId,
        driverName: 'Jo',
        odometerKm: km[0],
      }).expect(200);
      await post(coordinator, `/api/bookings/${booking.id}/return`, { occurrenceId, odometerKm: km[1] }).expect(200);
    };
    // The clock stands in November 2026; the loans are returned "now", so the window is November.
    await lend(memberA, van, '2026-11-17', [1000, 1100]);
    await lend(memberKilo, van, '2026-11-18', [1100, 1400]);
    await lend(memberA, tables, '2026-11-19', null, 10); // 10 unit·days
    await lend(memberKilo, tables, '2026-11-23', null, 30); // 30 unit·days
    const pool = async (name: string, resourceId: string, kind: string) =>
      t
        .newAgent()
        .post('/api/cost-pools')
        .set('Cookie', coordinator)
        .send({
          networkId,
          name,
          resourceIds: [resourceId],
          key: { kind },
          amounts: [{ from: '2026-11-01', to: '2026-12-01', amountCents: 400_00 }],
        })
        .expect(201);
    await pool('Essence', van, 'kilometres');
    await pool('Tables', tables, 'unit_days');
    const report = await t
      .newAgent()
      .get('/api/reports/allocation')
      .query({ networkId, from: '2026-11-01', to: '2026-12-01' })
      .set('Cookie', coordinator)
      .set('Accept-Language', 'fr-CA')
      .expect(200);
    const line = (poolName: string, organisationId: string) => {
      const poolId = report.body.pools.find((p: { name: string }) => p.name === poolName).id;
      return report.body.lines.find(
        (l: { poolId: string; organisationId: string }) => l.poolId === poolId && l.organisationId === organisationId,
      );
    };
    expect(line('Essence', orgA).amountCents).toBe(100_00);
    expect(line('Essence', orgB).amountCents).toBe(300_00);
    expect(line('Essence', orgB).explanation.replace(/[\u00a0\u202f]/g, ' ')).toContain('300 km sur 400 km parcourus');
    expect(line('Tables', orgA).amountCents).toBe(100_00);
    expect(line('Tables', orgB).amountCents).toBe(300_00);
    expect(line('Tables', orgA).explanation.replace(/[\u00a0\u202f]/g, ' ')).toContain('10 unités · jours sur 40');
  });
});
