import type { ImpactReport } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * The impact report for March 2027 (a DST change on the 14th, Good Friday on the 26th), against
 * a real PostgreSQL: every figure below is worked out by hand in the comments.
 */
describe('GET /api/impact', () => {
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let orgB: string;
  let room1: string;
  let room2: string;
  let staffId: string;
  const cookies = {} as Record<'coordinator' | 'memberA' | 'memberB' | 'outsider', string>;
  const users = {} as Record<'memberA' | 'memberB', string>;
  const MARCH = { from: '2027-03-01', to: '2027-04-01' };

  async function occurrence(
    resourceId: string,
    organisationId: string,
    startsAt: string,
    endsAt: string,
    requester: string,
  ): Promise<void> {
    const [series] = await t.dataSource.query(
      `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, start_local, time_zone, duration_minutes)
       VALUES ($1, $2, $3, 'Réunion', ($4::timestamptz AT TIME ZONE 'America/Toronto'), 'America/Toronto',
               extract(epoch FROM $5::timestamptz - $4::timestamptz) / 60) RETURNING id`,
      [resourceId, organisationId, requester, startsAt, endsAt],
    );
    await t.dataSource.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       VALUES ($1, $2, $3, $4, $5, tstzrange($4, $5), 'confirmed')`,
      [series.id, resourceId, organisationId, startsAt, endsAt],
    );
  }

  function impact(who: keyof typeof cookies, query: Record<string, string> = {}, language = 'fr-CA') {
    return t
      .newAgent()
      .get('/api/impact')
      .query({ networkId, ...MARCH, ...query })
      .set('Cookie', cookies[who])
      .set('Accept-Language', language);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network('Réseau test')).id;
    orgA = (await f.organisation(networkId, 'A — Maison de la famille')).id;
    orgB = (await f.organisation(networkId, 'B — Centre culturel')).id;
    const otherNetwork = (await f.network()).id;
    const otherOrg = (await f.organisation(otherNetwork)).id;
    const coordinator = await f.user({ coordinatorOf: [networkId], password: null });
    cookies.coordinator = await f.sessionCookie(coordinator.id);
    users.memberA = (await f.user({ memberOf: [[orgA, 'member']], password: null })).id;
    users.memberB = (await f.user({ memberOf: [[orgB, 'admin']], password: null })).id;
    cookies.memberA = await f.sessionCookie(users.memberA);
    cookies.memberB = await f.sessionCookie(users.memberB);
    cookies.outsider = await f.sessionCookie(
      (await f.user({ memberOf: [[otherOrg, 'admin']], coordinatorOf: [otherNetwork], password: null })).id,
    );

    const weekdays = [1, 2, 3, 4, 5].map((day): [number, string, string] => [day, '09:00', '17:00']);
    const site = (await f.site(networkId, { hours: weekdays })).id;
    room1 = (await f.space(networkId, site)).id;
    room2 = (await f.space(networkId, site)).id;
    // Room 3: B's own office (20 m², like room 2), never booked; going alone B would rent it all month.
    const office = (await f.space(networkId, site)).id;
    await t.dataSource.query('UPDATE space SET dedicated_organisation_id = $2, floor_area_m2 = 10 WHERE resource_id = $1', [
      office,
      orgB,
    ]);
    await t.dataSource.query(`INSERT INTO stand_alone_rate (resource_id, kind, rate_cents) VALUES ($1, 'per_m2_month', 1000)`, [
      office,
    ]);
    await t.dataSource.query('UPDATE space SET floor_area_m2 = CASE resource_id WHEN $1 THEN 40 ELSE 20 END WHERE site_id = $2', [
      room1,
      site,
    ]);
    // Room 1 closed on Wednesday 10 March, 9 h – 13 h.
    await t.dataSource.query(
      `INSERT INTO blackout (resource_id, period, reason) VALUES ($1, tstzrange('2027-03-10T09:00-05:00', '2027-03-10T13:00-05:00'), 'Peinture')`,
      [room1],
    );
    staffId = (
      await t
        .newAgent()
        .post('/api/staff')
        .set('Cookie', cookies.coordinator)
        .send({
          networkId,
          name: 'Comptable partagée',
          workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ week: 'every', weekday, start: '09:00', end: '17:00' })),
        })
        .expect(201)
    ).body.id;
    await t.dataSource.query(`UPDATE staff_member SET job_title = 'Comptabilité' WHERE resource_id = $1`, [staffId]);
    await t.dataSource.query(
      `INSERT INTO staff_leave (resource_id, kind, period) VALUES ($1, 'vacation', tstzrange('2027-03-05T00:00-05:00', '2027-03-06T00:00-05:00'))`,
      [staffId],
    );

    // Room 1: A 2 h + 2 h (one after the DST change), B 4 h + 8 h + 8 h = 24 h. Room 2: A 1 h.
    await occurrence(room1, orgA, '2027-03-02T10:00-05:00', '2027-03-02T12:00-05:00', users.memberA);
    await occurrence(room1, orgA, '2027-03-16T14:00-04:00', '2027-03-16T16:00-04:00', users.memberA);
    await occurrence(room1, orgB, '2027-03-03T09:00-05:00', '2027-03-03T13:00-05:00', users.memberB);
    await occurrence(room1, orgB, '2027-03-22T09:00-04:00', '2027-03-22T17:00-04:00', users.memberB);
    await occurrence(room1, orgB, '2027-03-23T09:00-04:00', '2027-03-23T17:00-04:00', users.memberB);
    await occurrence(room2, orgA, '2027-03-04T09:00-05:00', '2027-03-04T10:00-05:00', users.memberA);
    await occurrence(room1, orgA, '2027-02-09T09:00-05:00', '2027-02-09T10:00-05:00', users.memberA); // February, for the comparison
    // The employee: planned 3 h for A and 2 h for B; delivered 2 h 30 and 2 h (a draft does not count).
    await occurrence(staffId, orgA, '2027-03-09T09:00-05:00', '2027-03-09T12:00-05:00', users.memberA);
    await occurrence(staffId, orgB, '2027-03-11T13:00-05:00', '2027-03-11T15:00-05:00', users.memberB);
    await t.dataSource.query(
      `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, status)
       VALUES ($1, $2, '2027-03-09', 150, 'confirmed'), ($1, $3, '2027-03-11', 120, 'confirmed'), ($1, $2, '2027-03-12', 60, 'draft')`,
      [staffId, orgA, orgB],
    );
    await t.dataSource.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, starts_on) VALUES ($1, $2, 600, '2027-01-01')`,
      [orgA, staffId],
    );
    // Stand-alone: room 1 at 50 $/h, room 2 at 25 $/m²·month, the accountant at 80 $/h.
    for (const [resourceId, kind, cents] of [
      [room1, 'per_hour', 5000],
      [room2, 'per_m2_month', 2500],
      [staffId, 'per_hour', 8000],
    ] as const) {
      await t
        .newAgent()
        .put(`/api/impact/stand-alone-rates/${resourceId}`)
        .set('Cookie', cookies.coordinator)
        .send({ kind, rateCents: cents })
        .expect(204);
    }
    const [pool] = await t.dataSource.query(
      `INSERT INTO cost_pool (network_id, name, allocation_key) VALUES ($1, 'Loyer', '{"kind": "equal_split"}') RETURNING id`,
      [networkId],
    );
    await t.dataSource.query(
      `INSERT INTO cost_pool_amount (pool_id, period, amount_cents) VALUES ($1, daterange('2027-03-01', '2027-04-01'), 100000)`,
      [pool.id],
    );
    const [delivered, collaborations] = await t.dataSource.query(
      `INSERT INTO impact_indicator (network_id, stage, name_fr, name_en, metric, target, position)
       VALUES ($1, 'output', 'Heures d’expertise livrées', 'Hours of expertise delivered', 'hours_delivered', 10, 1),
              ($1, 'effect', 'Nouvelles collaborations', 'New collaborations', 'entered', 4, 1) RETURNING id`,
      [networkId],
    );
    await t.dataSource.query(
      `INSERT INTO impact_indicator_value (indicator_id, period, value) VALUES ($1, daterange('2027-03-01', '2027-04-01'), 3)`,
      [collaborations.id],
    );
    expect(delivered.id).toBeDefined();
  });
  afterAll(() => t.close());

  it('measures occupancy as booked ÷ open hours: weekdays 9 h – 17 h, minus Good Friday and closures, DST-exact', async () => {
    const { body } = (await impact('coordinator').expect(200)) as { body: ImpactReport };
    // 23 weekdays − Good Friday = 22 days × 8 h = 10 560 min; room 1 also loses 4 h to its closure.
    const byId = (id: string) => body.occupancy.rooms.find((room) => room.resourceId === id)!;
    const [one, two] = [byId(room1), byId(room2)];
    const office = body.occupancy.rooms.find((room) => room.resourceId !== room1 && room.resourceId !== room2)!;
    expect(office).toEqual(expect.objectContaining({ bookedMinutes: 0, rate: 0 }));
    expect(one).toEqual(expect.objectContaining({ resourceId: room1, bookedMinutes: 24 * 60, openMinutes: 10_320 }));
    expect(one.rate).toBeCloseTo(1440 / 10_320, 10);
    expect(two).toEqual(expect.objectContaining({ resourceId: room2, bookedMinutes: 60, openMinutes: 10_560 }));
    expect(one.byMonth).toEqual([expect.objectContaining({ month: '2027-03-01', bookedMinutes: 1440, openMinutes: 10_320 })]);
    expect(body.occupancy.sites).toEqual([expect.objectContaining({ bookedMinutes: 1500, openMinutes: 31_440 })]);
    expect([...body.occupancy.rarelyUsedResourceIds].sort()).toEqual([room2, office.resourceId].sort());
    // Tuesdays 10 h – 11 h: A on the 2nd and B all day on the 23rd.
    expect(body.occupancy.heatMap.booked[1][10]).toBe(120);
    expect(body.occupancy.heatMap.open[1][10]).toBe(3 * 5 * 60);
  });

  it('reports shared expertise: planned against delivered, per organisation and role, utilisation and hour banks', async () => {
    const { body } = (await impact('coordinator').expect(200)) as { body: ImpactReport };
    expect(body.staff.lines).toEqual([
      expect.objectContaining({ resourceId: staffId, organisationId: orgA, plannedMinutes: 180, deliveredMinutes: 150 }),
      expect.objectContaining({ resourceId: staffId, organisationId: orgB, plannedMinutes: 120, deliveredMinutes: 120 }),
    ]);
    expect(body.staff.byRole).toEqual([{ role: 'Comptabilité', plannedMinutes: 300, deliveredMinutes: 270 }]);
    // 22 working days × 8 h, minus a day of leave.
    expect(body.staff.employees).toEqual([expect.objectContaining({ contractedMinutes: 21 * 480, workedMinutes: 270 })]);
    expect(body.staff.employees[0].utilisation).toBeCloseTo(270 / (21 * 480), 10);
    expect(body.staff.hourBanks).toEqual([
      expect.objectContaining({ organisationId: orgA, allottedMinutes: 600, bookedMinutes: 180, balanceMinutes: 420 }),
    ]);
  });

  it('counts reach, savings against going alone with their explanation, and square metres · hours shared', async () => {
    const { body } = (await impact('coordinator').expect(200)) as { body: ImpactReport };
    expect(body.reach).toMatchObject({
      organisationsServed: 2,
      bookings: 6,
      hourRequests: 2,
      people: 2,
      boardPosts: 0,
      boardMatches: 0,
    });
    // A: 4 h × 50 $ + one month × 20 m² × 25 $ + 2,5 h × 80 $ = 900 $; B: 20 h × 50 $ + 2 h × 80 $ + its office, one month × 20 m² × 10 $ = 1 360 $; each charged 500 $.
    expect(
      body.savings.lines.map(({ organisationId, standAloneCents, chargedCents, savedCents }) => ({
        organisationId,
        standAloneCents,
        chargedCents,
        savedCents,
      })),
    ).toEqual([
      { organisationId: orgA, standAloneCents: 90_000, chargedCents: 50_000, savedCents: 40_000 },
      { organisationId: orgB, standAloneCents: 136_000, chargedCents: 50_000, savedCents: 86_000 },
    ]);
    expect(body.savings.total).toEqual({ standAloneCents: 226_000, chargedCents: 100_000, savedCents: 126_000 });
    const explanation = body.savings.lines[0].explanation.map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
    expect(explanation).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/: 4,00 h × 50,00 \$\/h = 200,00 \$$/),
        expect.stringMatching(/: 1 mois × 20,00 m² × 25,00 \$\/m²·mois = 500,00 \$$/),
      ]),
    );
    expect(body.environment.sharedSquareMetreHours).toBe(40 * 24 + 20 * 1);
  });

  it('compares with the previous month and the same month last year, and computes the logic model', async () => {
    const { body } = (await impact('coordinator').expect(200)) as { body: ImpactReport };
    expect(body.comparison.previous).toEqual(expect.objectContaining({ from: '2027-02-01', to: '2027-03-01' }));
    expect(body.comparison.previous.summary.bookedMinutes).toBe(60);
    expect(body.comparison.lastYear).toEqual(expect.objectContaining({ from: '2026-03-01', to: '2026-04-01' }));
    expect(body.comparison.lastYear.summary.bookedMinutes).toBe(0);
    expect(body.indicators).toEqual([
      expect.objectContaining({ stage: 'output', metric: 'hours_delivered', value: 4.5, target: 10, progress: 0.45 }),
      expect.objectContaining({ stage: 'effect', metric: 'entered', value: 3, target: 4, progress: 0.75 }),
    ]);
  });

  it("shows a member only their organisation's figures, and hides other organisations and networks", async () => {
    const { body } = (await impact('memberA').expect(200)) as { body: ImpactReport };
    expect(body.organisationId).toBe(orgA);
    expect(body.occupancy.rooms.find((room) => room.resourceId === room1)?.bookedMinutes).toBe(240);
    expect(body.staff.lines.map((line) => line.organisationId)).toEqual([orgA]);
    expect(body.staff.employees[0].utilisation).toBeNull();
    expect(body.savings.lines.map((line) => line.organisationId)).toEqual([orgA]);
    expect(body.reach.organisationsServed).toBe(1);

    await impact('memberA', { organisationId: orgB }).expect(404);
    await impact('outsider').expect(404);
    await impact('coordinator', { organisationId: (await t.factory.organisation((await t.factory.network()).id)).id }).expect(
      404,
    );
  });

  it('lets a coordinator narrow the report to one organisation', async () => {
    const { body } = (await impact('coordinator', { organisationId: orgB }).expect(200)) as { body: ImpactReport };
    expect(body.occupancy.total.bookedMinutes).toBe(1200);
    expect(body.savings.lines).toEqual([expect.objectContaining({ organisationId: orgB, savedCents: 86_000 })]);
  });

  it('refuses a bad window with a clear 400, and a signed-out visitor with 401', async () => {
    const backwards = await impact('coordinator', { from: '2027-04-01', to: '2027-03-01' }).expect(400);
    expect(backwards.body.code).toBe('INVALID_WINDOW');
    await impact('coordinator', { from: '2027-02-30' }).expect(400);
    await t
      .newAgent()
      .get('/api/impact')
      .query({ networkId, ...MARCH })
      .expect(401);
  });

  it('keeps stand-alone rates for the coordinator to set, and explains in English', async () => {
    const rates = await t
      .newAgent()
      .get('/api/impact/stand-alone-rates')
      .query({ networkId })
      .set('Cookie', cookies.coordinator)
      .expect(200);
    expect(rates.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resourceId: room2, kind: 'per_m2_month', rateCents: 2500, floorAreaM2: 20 }),
      ]),
    );
    await t.newAgent().get('/api/impact/stand-alone-rates').query({ networkId }).set('Cookie', cookies.memberA).expect(403);
    await t
      .newAgent()
      .put(`/api/impact/stand-alone-rates/${room1}`)
      .set('Cookie', cookies.memberA)
      .send({ kind: 'per_hour', rateCents: 1 })
      .expect(403);
    await t
      .newAgent()
      .put(`/api/impact/stand-alone-rates/${room1}`)
      .set('Cookie', cookies.coordinator)
      .send({ kind: 'monthly', rateCents: -1 })
      .expect(400);
    const english = (await impact('coordinator', {}, 'en-CA').expect(200)).body as ImpactReport;
    expect(english.savings.lines[1].explanation.join(' ')).toContain('20.00 h × $50.00/h = $1,000.00');
  });

  it('downloads the funder report as PDF in the language asked for, and every figure as XLSX', async () => {
    const pdf = await t
      .newAgent()
      .get('/api/impact.pdf')
      .query({ networkId, ...MARCH })
      .set('Cookie', cookies.coordinator)
      .set('Accept-Language', 'en-CA')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="impact-report-2027-03-01_2027-04-01.pdf"');
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const xlsx = await t
      .newAgent()
      .get('/api/impact.xlsx')
      .query({ networkId, ...MARCH })
      .set('Cookie', cookies.memberA)
      .set('Accept-Language', 'fr-CA')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Sommaire',
      'Salles',
      'Expertise',
      'Économies',
      'Indicateurs',
    ]);
    const savings = workbook.getWorksheet('Économies');
    const values = (savings?.getRow(2).values as unknown[]).slice(1, 5);
    expect(values).toEqual(['A — Maison de la famille', 900, 500, 400]);
    await t
      .newAgent()
      .get('/api/impact.pdf')
      .query({ networkId, ...MARCH })
      .set('Cookie', cookies.outsider)
      .expect(404);
  });
});
