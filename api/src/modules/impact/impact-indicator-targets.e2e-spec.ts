import type { ImpactIndicatorView } from '@mutualis/contracts';
import { createTestApp, TEST_NOW, type TestApp } from '../../../test/test-app';

/** First day of the month `shift` months from the test clock's, 'YYYY-MM-DD'. */
const month = (shift: number) =>
  new Date(Date.UTC(TEST_NOW.getUTCFullYear(), TEST_NOW.getUTCMonth() + shift, 1)).toISOString().slice(0, 10);
const window = (from: number, to: number) => ({ from: month(from), to: month(to) });

/** The fiscal year (April to March) of the test clock, in months from its current month. */
const fiscalStart = -((TEST_NOW.getUTCMonth() - 3 + 12) % 12);
const THIS_MONTH = window(0, 1);
const LAST_MONTH = window(-1, 0);
const FISCAL_YEAR = window(fiscalStart, fiscalStart + 12);
/** A month of the fiscal year before last month, with no target of its own. */
const EARLIER_MONTH = window(-2, -1);

/** A coordinator sets targets per reporting period; the report shows each period against its own. */
describe('logic model targets per period', () => {
  let t: TestApp;
  let networkId: string;
  let coordinator: string;
  let admin: string;
  let outsider: string;

  const send = (cookie: string, method: 'put' | 'delete', path: string, body?: object) => {
    const call = t.newAgent()[method](path).set('Cookie', cookie);
    return body ? call.send(body) : call;
  };

  async function indicators(period: { from: string; to: string }): Promise<Record<string, ImpactIndicatorView>> {
    const res = await t
      .newAgent()
      .get('/api/impact')
      .query({ networkId, ...period })
      .set('Cookie', coordinator)
      .expect(200);
    return Object.fromEntries(res.body.indicators.map((i: ImpactIndicatorView) => [i.nameEn, i]));
  }

  async function create(metric: string, nameEn: string, target: number | null): Promise<string> {
    const res = await t
      .newAgent()
      .post('/api/impact/indicators')
      .set('Cookie', coordinator)
      .send({ networkId, stage: 'effect', nameFr: nameEn, nameEn, metric, target })
      .expect(201);
    return res.body.id;
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

  it('shows each of two months against the target set for it, with the value entered for it', async () => {
    const id = await create('entered', 'Collaborations', 2);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...LAST_MONTH, target: 4 }).expect(204);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...THIS_MONTH, target: 5 }).expect(204);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/values`, { ...LAST_MONTH, value: 3 }).expect(204);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/values`, { ...THIS_MONTH, value: 1 }).expect(204);

    expect((await indicators(LAST_MONTH)).Collaborations).toMatchObject({
      value: 3,
      valueBasis: 'period',
      target: 4,
      targetBasis: 'period',
      targetSources: [{ ...LAST_MONTH, target: 4 }],
      defaultTarget: 2,
      progress: 0.75,
    });
    expect((await indicators(THIS_MONTH)).Collaborations).toMatchObject({
      value: 1,
      target: 5,
      targetBasis: 'period',
      progress: 0.2,
    });
    // A month without a target of its own falls back to the default target, and says so.
    expect((await indicators(EARLIER_MONTH)).Collaborations).toMatchObject({
      value: null,
      target: 2,
      targetBasis: 'default',
      targetSources: [],
    });

    // Setting a period's target again replaces it.
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...THIS_MONTH, target: 10 }).expect(204);
    expect((await indicators(THIS_MONTH)).Collaborations).toMatchObject({ target: 10, progress: 0.1 });

    const audit = await t.dataSource.query(
      `SELECT action, before, after FROM audit_event WHERE entity = 'impact_indicator_target' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit).toHaveLength(3);
    expect(audit[2]).toMatchObject({ action: 'save', before: { target: 5 }, after: { ...THIS_MONTH, target: 10 } });
  });

  it("prorates a fiscal year's target over its months and quarters, and sums the values of shorter periods", async () => {
    const id = await create('entered', 'Partnerships', null);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...FISCAL_YEAR, target: 24 }).expect(204);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...LAST_MONTH, target: 6 }).expect(204);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/values`, { ...LAST_MONTH, value: 3 }).expect(204);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/values`, { ...EARLIER_MONTH, value: 1 }).expect(204);

    expect((await indicators(EARLIER_MONTH)).Partnerships).toMatchObject({
      value: 1,
      target: 2,
      targetBasis: 'prorated',
      targetSources: [{ ...FISCAL_YEAR, target: 24 }],
      progress: 0.5,
    });
    expect((await indicators(FISCAL_YEAR)).Partnerships).toMatchObject({
      target: 24,
      targetBasis: 'period',
      value: 4,
      valueBasis: 'sum',
    });
    // Two months: one a twelfth of the year, the other its own target.
    const twoMonths = window(-2, 0);
    expect((await indicators(twoMonths)).Partnerships).toMatchObject({
      target: 8,
      targetBasis: 'prorated',
      targetSources: [
        { ...FISCAL_YEAR, target: 24 },
        { ...LAST_MONTH, target: 6 },
      ],
      value: 4,
      valueBasis: 'sum',
      progress: 0.5,
    });
    // A calendar year straddles two fiscal years; without the earlier one's target there is none.
    const calendarYear = { from: `${TEST_NOW.getUTCFullYear()}-01-01`, to: `${TEST_NOW.getUTCFullYear() + 1}-01-01` };
    expect((await indicators(calendarYear)).Partnerships).toMatchObject({ target: null, targetBasis: null, progress: null });

    // Removing last month's target brings back its share of the year.
    await send(coordinator, 'delete', `/api/impact/indicators/${id}/targets?from=${LAST_MONTH.from}&to=${LAST_MONTH.to}`).expect(
      204,
    );
    expect((await indicators(LAST_MONTH)).Partnerships).toMatchObject({ target: 2, targetBasis: 'prorated', progress: 1.5 });
    // Removing what is not there changes nothing and is not an error.
    await send(coordinator, 'delete', `/api/impact/indicators/${id}/targets?from=${LAST_MONTH.from}&to=${LAST_MONTH.to}`).expect(
      204,
    );
    const [deletes] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'impact_indicator_target' AND action = 'delete' AND entity_id = $1`,
      [id],
    );
    expect(deletes.n).toBe(1);

    // A value entered by mistake is removed the same way.
    await send(coordinator, 'delete', `/api/impact/indicators/${id}/values?from=${LAST_MONTH.from}&to=${LAST_MONTH.to}`).expect(
      204,
    );
    expect((await indicators(LAST_MONTH)).Partnerships).toMatchObject({ value: null, valueBasis: null });
  });

  it("keeps a rate's or a reach's target whole for the months of a longer period", async () => {
    const id = await create('organisations_served', 'Reach', 3);
    const quarterStart = -(TEST_NOW.getUTCMonth() % 3);
    const quarter = window(quarterStart, quarterStart + 3);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...quarter, target: 5 }).expect(204);
    expect((await indicators(THIS_MONTH)).Reach).toMatchObject({
      value: 0,
      target: 5,
      targetBasis: 'enclosing',
      targetSources: [{ ...quarter, target: 5 }],
      progress: 0,
    });
    expect((await indicators(FISCAL_YEAR)).Reach).toMatchObject({ target: 3, targetBasis: 'default' });
  });

  it('shows the target and where it comes from in the workbook, savings in dollars', async () => {
    const id = await create('savings_cents', 'Savings', null);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...FISCAL_YEAR, target: 1_200_000 }).expect(204);
    const xlsx = await t
      .newAgent()
      .get('/api/impact.xlsx')
      .query({ networkId, ...EARLIER_MONTH })
      .set('Cookie', coordinator)
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
    const sheet = workbook.getWorksheet('Indicateurs');
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const fiscalName = `${FISCAL_YEAR.from.slice(0, 4)}-${FISCAL_YEAR.to.slice(0, 4)}`;
    expect(rows[0].slice(1)).toEqual(['Indicateur', 'Valeur', 'Cible', 'Origine de la cible', 'Atteinte']);
    expect(rows.find((row) => row[1] === 'Savings')).toEqual([
      'Effets',
      'Savings',
      0,
      1000,
      `au prorata de la cible de ${fiscalName}`,
      0,
    ]);
  });

  it('takes targets only for a month, a quarter, a calendar or a fiscal year, as numbers of zero or more', async () => {
    const id = await create('bookings', 'Bookings', null);
    const path = `/api/impact/indicators/${id}/targets`;
    const notAPeriod = [
      { from: THIS_MONTH.from, to: `${THIS_MONTH.from.slice(0, 8)}15` },
      window(-1, 1),
      window(fiscalStart + 3, fiscalStart + 15),
    ];
    for (const period of notAPeriod) {
      const res = await send(coordinator, 'put', path, { ...period, target: 1 }).expect(400);
      expect(res.body).toMatchObject({
        code: 'INVALID_WINDOW',
        details: { periods: ['month', 'quarter', 'year', 'fiscal_year'] },
      });
    }
    for (const body of [
      { ...THIS_MONTH, target: -1 },
      { ...THIS_MONTH, target: 'beaucoup' },
      { ...THIS_MONTH, target: 1.234 },
      // More than the column holds.
      { ...THIS_MONTH, target: 1e12 },
      { ...THIS_MONTH },
      { from: THIS_MONTH.to, to: THIS_MONTH.from, target: 1 },
      { from: `${THIS_MONTH.from.slice(0, 8)}32`, to: THIS_MONTH.to, target: 1 },
      { ...THIS_MONTH, target: 1, note: 'x' },
    ]) {
      const res = await send(coordinator, 'put', path, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await send(coordinator, 'delete', `${path}?from=${THIS_MONTH.from}`).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await send(coordinator, 'delete', `${path}?from=${THIS_MONTH.from}&to=${month(2)}`).expect(400)).body.code).toBe(
      'INVALID_WINDOW',
    );
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM impact_indicator_target WHERE indicator_id = $1', [
      id,
    ]);
    expect(n).toBe(0);
    // The database refuses any other window, whatever the write path.
    await expect(
      t.dataSource.query(
        `INSERT INTO impact_indicator_target (indicator_id, period, target) VALUES ($1, daterange($2::date, $3::date), 1)`,
        [id, month(-1), month(1)],
      ),
    ).rejects.toThrow(/impact_indicator_target_reporting_period/);
  });

  it("lets only the network's coordinators set or remove targets; another network's indicator does not exist", async () => {
    const id = await create('bookings', 'Guarded', null);
    await send(coordinator, 'put', `/api/impact/indicators/${id}/targets`, { ...THIS_MONTH, target: 7 }).expect(204);
    const query = `?from=${THIS_MONTH.from}&to=${THIS_MONTH.to}`;
    expect(
      (await send(outsider, 'put', `/api/impact/indicators/${id}/targets`, { ...THIS_MONTH, target: 1 }).expect(404)).body.code,
    ).toBe('NOT_FOUND');
    await send(outsider, 'delete', `/api/impact/indicators/${id}/targets${query}`).expect(404);
    await send(outsider, 'delete', `/api/impact/indicators/${id}/values${query}`).expect(404);
    expect(
      (await send(admin, 'put', `/api/impact/indicators/${id}/targets`, { ...THIS_MONTH, target: 1 }).expect(403)).body.code,
    ).toBe('FORBIDDEN');
    await send(admin, 'delete', `/api/impact/indicators/${id}/targets${query}`).expect(403);
    await send(coordinator, 'put', '/api/impact/indicators/00000000-0000-4000-8000-000000000000/targets', {
      ...THIS_MONTH,
      target: 1,
    }).expect(404);
    expect((await indicators(THIS_MONTH)).Guarded).toMatchObject({ target: 7, targetBasis: 'period' });
  });
});
