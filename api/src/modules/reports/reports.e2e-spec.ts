import type { AllocationReport } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';

const spaced = (text: string): string => text.replace(/\u00a0/g, ' ');

/** Cost pools, the allocation report, its exports, and closed periods, against a real PostgreSQL. */
describe('cost allocation', () => {
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let orgB: string;
  let orgC: string;
  let coordinator: string;
  let memberA: string;
  let outsider: string;
  let roomId: string;
  let siteId: string;

  const MARCH = { from: '2027-03-01', to: '2027-04-01' };

  const book = async (resourceId: string, organisationId: string, startsAt: string, minutes: number): Promise<string> =>
    (await t.factory.booking(resourceId, organisationId, startsAt, minutes)).seriesId;

  function report(cookie: string, query: Record<string, string>, language = 'fr-CA') {
    return t
      .newAgent()
      .get('/api/reports/allocation')
      .query({ networkId, ...MARCH, ...query })
      .set('Cookie', cookie)
      .set('Accept-Language', language);
  }

  async function pool(body: Record<string, unknown>): Promise<string> {
    const created = await t
      .newAgent()
      .post('/api/cost-pools')
      .set('Cookie', coordinator)
      .send({ networkId, amounts: [{ ...MARCH, amountCents: 100_000 }], ...body })
      .expect(201);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network('Réseau test')).id;
    orgA = (await f.organisation(networkId, 'A — Maison de la famille')).id;
    orgB = (await f.organisation(networkId, 'B — Centre culturel')).id;
    orgC = (await f.organisation(networkId, 'C — Banque alimentaire')).id;
    coordinator = await f.sessionCookie((await f.user({ coordinatorOf: [networkId], password: null })).id);
    memberA = await f.sessionCookie((await f.user({ memberOf: [[orgA, 'member']], password: null })).id);
    const otherNetwork = (await f.network()).id;
    const otherOrg = (await f.organisation(otherNetwork)).id;
    outsider = await f.sessionCookie((await f.user({ memberOf: [[otherOrg, 'admin']], password: null })).id);
    siteId = (await f.site(networkId)).id;
    roomId = (await f.space(networkId, siteId, { hourly_rate_cents: 2_000 })).id;
  });
  afterAll(() => t.close());

  afterEach(async () => {
    // Each test starts from no pools, no periods and no bookings.
    await t.dataSource.query(`UPDATE accounting_period SET status = 'reopened', reopened_at = now(), reopen_reason = 'test'
                               WHERE status = 'closed'`);
    await t.dataSource.query('DELETE FROM accounting_period');
    await t.dataSource.query('DELETE FROM cost_pool');
    await t.dataSource.query('DELETE FROM booking_series');
  });

  it('splits a usage pool by the hours booked, to the cent, and explains each line in French and English', async () => {
    await book(roomId, orgA, '2027-03-02T14:00:00Z', 180);
    await book(roomId, orgB, '2027-03-03T14:00:00Z', 60);
    await book(roomId, orgA, '2027-02-27T14:00:00Z', 600); // February: not in the window
    const poolId = await pool({ name: 'Loyer de la salle', resourceIds: [roomId], key: { kind: 'usage_share' } });

    const fr = (await report(coordinator, {}).expect(200)).body as AllocationReport;
    expect(fr).toMatchObject({ currency: 'CAD', basis: 'planned', closed: false, networkName: 'Réseau test' });
    expect(fr.pools).toEqual([
      expect.objectContaining({ id: poolId, amountCents: 100_000, key: 'usage_share', totalMinutes: 240 }),
    ]);
    expect(fr.lines.map((l) => [l.organisationId, l.minutes, l.sharePercent, l.amountCents])).toEqual([
      [orgA, 180, 75, 75_000],
      [orgB, 60, 25, 25_000],
    ]);
    // Money and percentages keep their no-break spaces (U+00A0), as fr-CA typesets them.
    expect(spaced(fr.lines[0].explanation)).toBe('3 h sur 4 h réservées = 75,00 % de 1 000,00 $');
    expect(fr.totals).toEqual({
      byOrganisation: [
        { organisationId: orgA, organisationName: 'A — Maison de la famille', amountCents: 75_000 },
        { organisationId: orgB, organisationName: 'B — Centre culturel', amountCents: 25_000 },
      ],
      byPool: [{ poolId, amountCents: 100_000 }],
      grandCents: 100_000,
    });
    // Rooms keep no timesheet: their actual use is what was booked, and is said so.
    const actual = (await report(coordinator, { basis: 'actual' }).expect(200)).body as AllocationReport;
    expect(actual.lines.map((l) => l.amountCents)).toEqual([75_000, 25_000]);
    expect(spaced(actual.lines[0].explanation)).toBe('3 h sur 4 h réservées = 75,00 % de 1 000,00 $');
    const en = (await report(coordinator, {}, 'en').expect(200)).body as AllocationReport;
    expect(spaced(en.lines[1].explanation)).toBe('1 h of 4 h booked = 25.00% of $1,000.00');
  });

  it('falls back to an equal split when nobody used the resource, and the cents still add up', async () => {
    await pool({ name: 'Salle vide', resourceIds: [roomId], key: { kind: 'usage_share' } });
    const body = (await report(coordinator, {}).expect(200)).body as AllocationReport;
    expect(body.pools[0].fallbackApplied).toBe('equal_split');
    expect(body.lines.map((l) => l.amountCents).sort()).toEqual([33_333, 33_333, 33_334]);
    expect(body.totals.grandCents).toBe(100_000);
  });

  it('charges hours × the hourly rate with an hourly-rate pool', async () => {
    await book(roomId, orgC, '2027-03-10T15:00:00Z', 150);
    await pool({
      name: 'Location horaire',
      resourceIds: [roomId],
      key: { kind: 'hourly_rate' },
      amounts: [{ ...MARCH, amountCents: null }],
    });
    const body = (await report(coordinator, {}).expect(200)).body as AllocationReport;
    expect(body.lines).toEqual([expect.objectContaining({ organisationId: orgC, minutes: 150, amountCents: 5_000 })]);
    expect(body.pools[0].amountCents).toBe(5_000);
  });

  it('shows a member only their organisation’s lines, with the pools’ totals; other networks see nothing', async () => {
    await book(roomId, orgA, '2027-03-02T14:00:00Z', 60);
    await book(roomId, orgB, '2027-03-03T14:00:00Z', 60);
    const poolId = await pool({ name: 'Loyer', resourceIds: [roomId], key: { kind: 'usage_share' } });
    const body = (await report(memberA, {}).expect(200)).body as AllocationReport;
    expect(body.lines.map((l) => l.organisationId)).toEqual([orgA]);
    expect(body.totals.byOrganisation.map((o) => o.organisationId)).toEqual([orgA]);
    expect(body.totals.byPool).toEqual([{ poolId, amountCents: 100_000 }]);
    await report(outsider, {}).expect(404);
    await t
      .newAgent()
      .get('/api/reports/allocation.pdf')
      .query({ networkId, ...MARCH, organisationId: orgB })
      .set('Cookie', memberA)
      .expect(404);
  });

  it('refuses bad windows and queries with a code', async () => {
    expect((await report(coordinator, { from: '2027-04-01', to: '2027-03-01' }).expect(400)).body.code).toBe('INVALID_WINDOW');
    expect((await report(coordinator, { from: '2027-01-01', to: '2032-01-01' }).expect(400)).body.code).toBe('INVALID_WINDOW');
    // A day that does not exist is refused by validation, naming the field.
    const impossible = (await report(coordinator, { from: '2027-02-30' }).expect(400)).body;
    expect(impossible.code).toBe('VALIDATION_FAILED');
    expect(impossible.details.fields[0].field).toBe('from');
    expect((await report(coordinator, { basis: 'guess' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await report(coordinator, { networkId: '00000000-0000-4000-8000-000000000000' }).expect(404);
  });

  it('validates pools: keys, amounts, overlaps, and who may create them', async () => {
    const post = (body: Record<string, unknown>, cookie = coordinator) =>
      t
        .newAgent()
        .post('/api/cost-pools')
        .set('Cookie', cookie)
        .send({ networkId, name: 'P', siteId, ...body });
    const hybrid = await post({
      key: {
        kind: 'hybrid',
        parts: [
          { key: 'floor_area', percent: 60 },
          { key: 'usage_share', percent: 30 },
        ],
      },
      amounts: [{ ...MARCH, amountCents: 1 }],
    }).expect(400);
    expect(hybrid.body.code).toBe('VALIDATION_FAILED');
    expect(hybrid.body.details.fields.map((f: { field: string }) => f.field)).toContain('key');
    await post({ key: { kind: 'equal_split' }, amounts: [{ ...MARCH, amountCents: -5 }] }).expect(400);
    const overlap = await post({
      key: { kind: 'equal_split' },
      amounts: [
        { from: '2027-03-01', to: '2027-04-01', amountCents: 1 },
        { from: '2027-03-15', to: '2027-05-01', amountCents: 1 },
      ],
    }).expect(400);
    expect(overlap.body.details.fields).toEqual([expect.objectContaining({ field: 'amounts' })]);
    await post({ key: { kind: 'equal_split' }, recurring: { fromMonth: '2027-01', months: 12, amountCents: 1 } }, memberA).expect(
      403,
    );

    const recurring = await post({
      key: {
        kind: 'hybrid',
        parts: [
          { key: 'floor_area', percent: 50 },
          { key: 'usage_share', percent: 50 },
        ],
      },
      recurring: { fromMonth: '2027-01', months: 12, amountCents: 340_000 },
    }).expect(201);
    expect(recurring.body.amounts).toHaveLength(12);
    expect(recurring.body.amounts[11]).toEqual(
      expect.objectContaining({ from: '2027-12-01', to: '2028-01-01', amountCents: 340_000 }),
    );
    // Extending a monthly pool by another year adds months; months it already has are refused on the field.
    const patch = (body: Record<string, unknown>) =>
      t.newAgent().patch(`/api/cost-pools/${recurring.body.id}`).set('Cookie', coordinator).send(body);
    expect(
      (await patch({ recurring: { fromMonth: '2028-01', months: 12, amountCents: 350_000 } }).expect(200)).body.amounts,
    ).toHaveLength(24);
    const again = await patch({ recurring: { fromMonth: '2028-06', months: 1, amountCents: 1 } }).expect(400);
    expect(again.body.details.fields).toEqual([expect.objectContaining({ field: 'recurring.fromMonth' })]);
    const list = await t.newAgent().get('/api/cost-pools').query({ networkId }).set('Cookie', coordinator).expect(200);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([recurring.body.id]);
  });

  it('closes a period: the report comes from the snapshot, nothing inside changes through the API or SQL, and a reopen is audited', async () => {
    const seriesId = await book(roomId, orgA, '2027-03-02T14:00:00Z', 120);
    const poolId = await pool({ name: 'Loyer', resourceIds: [roomId], key: { kind: 'usage_share' } });
    const close = (cookie: string) =>
      t
        .newAgent()
        .post('/api/periods/close')
        .set('Cookie', cookie)
        .send({ networkId, ...MARCH, force: true });

    await close(memberA).expect(403);
    const period = (await close(coordinator).expect(201)).body;
    expect(period).toMatchObject({ status: 'closed', from: MARCH.from, to: MARCH.to });
    expect((await close(coordinator).expect(409)).body.code).toBe('PERIOD_CLOSED');

    const closed = (await report(coordinator, {}).expect(200)).body as AllocationReport;
    expect(closed).toMatchObject({ closed: true, periodId: period.id });
    expect(closed.lines).toEqual([expect.objectContaining({ organisationId: orgA, amountCents: 100_000 })]);

    const cancel = await t
      .newAgent()
      .post(`/api/bookings/${seriesId}/cancel`)
      .set('Cookie', coordinator)
      .send({ scope: 'all' })
      .expect(409);
    expect(cancel.body.code).toBe('PERIOD_CLOSED');
    const patch = await t
      .newAgent()
      .patch(`/api/cost-pools/${poolId}`)
      .set('Cookie', coordinator)
      .send({ amounts: [{ ...MARCH, amountCents: 200_000 }] })
      .expect(409);
    expect(patch.body.code).toBe('PERIOD_CLOSED');
    await t.newAgent().delete(`/api/cost-pools/${poolId}`).set('Cookie', coordinator).expect(409);
    // Directly in SQL too: the database itself refuses.
    await expect(
      t.dataSource.query(`UPDATE booking_occurrence SET status = 'cancelled' WHERE series_id = $1`, [seriesId]),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ hint: 'PERIOD_CLOSED' }) });
    await expect(
      t.dataSource.query(`UPDATE cost_pool_amount SET amount_cents = 1 WHERE pool_id = $1`, [poolId]),
    ).rejects.toMatchObject({
      driverError: expect.objectContaining({ hint: 'PERIOD_CLOSED' }),
    });
    await expect(book(roomId, orgB, '2027-03-20T14:00:00Z', 60)).rejects.toMatchObject({
      driverError: expect.objectContaining({ hint: 'PERIOD_CLOSED' }),
    });
    // A booking outside the period is not affected.
    await book(roomId, orgB, '2027-04-20T14:00:00Z', 60);

    const reopen = (body: Record<string, unknown>) =>
      t
        .newAgent()
        .post('/api/periods/reopen')
        .set('Cookie', coordinator)
        .send({ networkId, ...MARCH, ...body });
    expect((await reopen({}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const reopened = (await reopen({ reason: 'Facture de chauffage corrigée' }).expect(200)).body;
    expect(reopened).toMatchObject({ status: 'reopened', reopenReason: 'Facture de chauffage corrigée' });
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity = 'period' AND entity_id = $1 ORDER BY at, id`,
      [period.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['close', 'reopen']);
    await t.newAgent().post(`/api/bookings/${seriesId}/cancel`).set('Cookie', coordinator).send({ scope: 'all' }).expect(200);
    expect((await report(coordinator, {}).expect(200)).body.closed).toBe(false);
    const periods = await t.newAgent().get('/api/periods').query({ networkId }).set('Cookie', memberA).expect(200);
    expect(periods.body).toEqual([expect.objectContaining({ id: period.id, status: 'reopened' })]);
  });

  it('splits equally among the organisations that were members during the window, not those of today', async () => {
    const f = t.factory;
    const network = (await f.network()).id;
    const boss = await f.sessionCookie((await f.user({ coordinatorOf: [network], password: null })).id);
    await f.organisation(network, 'Reste', { joinedOn: '2020-01-01' });
    await f.organisation(network, 'Partie', { joinedOn: '2020-01-01', leftOn: '2027-02-10' });
    await f.organisation(network, 'Arrivée', { joinedOn: '2027-03-01' });
    await t
      .newAgent()
      .post('/api/cost-pools')
      .set('Cookie', boss)
      .send({
        networkId: network,
        name: 'Frais communs',
        key: { kind: 'equal_split' },
        amounts: [
          { from: '2027-01-01', to: '2027-02-01', amountCents: 90_000 },
          { from: '2027-02-01', to: '2027-03-01', amountCents: 90_000 },
          { from: '2027-03-01', to: '2027-04-01', amountCents: 90_000 },
        ],
      })
      .expect(201);
    const split = async (from: string, to: string) => {
      const res = await t.newAgent().get('/api/reports/allocation').query({ networkId: network, from, to }).set('Cookie', boss);
      expect(res.status).toBe(200);
      return Object.fromEntries(
        (res.body as AllocationReport).totals.byOrganisation.map((o) => [o.organisationName, o.amountCents]),
      );
    };
    expect(await split('2027-01-01', '2027-02-01')).toEqual({ Reste: 45_000, Partie: 45_000 });
    // A member for part of February: it takes part in February's split.
    expect(await split('2027-02-01', '2027-03-01')).toEqual({ Reste: 45_000, Partie: 45_000 });
    expect(await split('2027-03-01', '2027-04-01')).toEqual({ Reste: 45_000, Arrivée: 45_000 });
  });

  it('refuses to close a period that has not ended unless the coordinator insists (PERIOD_NOT_ENDED)', async () => {
    const close = (body: Record<string, unknown>) =>
      t
        .newAgent()
        .post('/api/periods/close')
        .set('Cookie', coordinator)
        .send({ networkId, ...body });
    // TEST_NOW is 16 November 2026: November has not ended, October has.
    const november = { from: '2026-11-01', to: '2026-12-01' };
    const refused = await close(november).expect(409);
    expect(refused.body).toMatchObject({ code: 'PERIOD_NOT_ENDED', details: { to: '2026-12-01', today: '2026-11-16' } });
    expect(await t.dataSource.query('SELECT 1 FROM accounting_period WHERE network_id = $1', [networkId])).toEqual([]);
    await close({ from: '2026-10-01', to: '2026-11-01' }).expect(201);
    const forced = await close({ ...november, force: true }).expect(201);
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_event WHERE entity = 'period' AND entity_id = $1`, [
      forced.body.id,
    ]);
    expect(audit.after).toMatchObject({ force: true });
  });

  it('exports CSV (Excel-friendly French), XLSX and a PDF statement', async () => {
    await book(roomId, orgA, '2027-03-02T14:00:00Z', 90);
    await pool({ name: 'Loyer; salle "A"', resourceIds: [roomId], key: { kind: 'usage_share' } });
    const download = (path: string, query: Record<string, string> = {}) =>
      t
        .newAgent()
        .get(`/api/reports/${path}`)
        .query({ networkId, ...MARCH, ...query })
        .set('Cookie', coordinator)
        .set('Accept-Language', 'fr-CA')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
    const csv = await download('allocation.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('repartition-2027-03-01_2027-04-01-planned.csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Loyer; salle ""A"""');
    expect(text).toContain('1000,00');

    const xlsx = await download('allocation.xlsx').expect(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const pdf = await download('allocation.pdf', { organisationId: orgA }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the whole network’s report as a PDF for the coordinator, and only for them', async () => {
    await book(roomId, orgA, '2027-03-02T14:00:00Z', 90);
    await pool({ name: 'Loyer', resourceIds: [roomId], key: { kind: 'usage_share' } });
    const pdf = await t
      .newAgent()
      .get('/api/reports/allocation.pdf')
      .query({ networkId, ...MARCH })
      .set('Cookie', coordinator)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('allocation-2027-03-01_2027-04-01-planned.pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const member = await t
      .newAgent()
      .get('/api/reports/allocation.pdf')
      .query({ networkId, ...MARCH })
      .set('Cookie', memberA);
    expect(member.status).toBe(403);
    const outsiders = await t
      .newAgent()
      .get('/api/reports/allocation.pdf')
      .query({ networkId, ...MARCH })
      .set('Cookie', outsider);
    expect(outsiders.status).toBe(404);
  });
});
