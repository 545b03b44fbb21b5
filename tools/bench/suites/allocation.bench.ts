import type { BenchCase, BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { generateBookingsDataset, type Dataset } from '../bookings-dataset';
import { createCostPools } from '../cost-pools-dataset';

const quick = process.argv.includes('--quick');
const flag = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};

let env: BenchEnvironment;
let data: Dataset;
let window: { from: string; to: string };

/** The last twelve whole months before this one: a year of confirmed bookings in the dataset. */
function lastYear(): { from: string; to: string } {
  const now = new Date();
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

async function get(path: string): Promise<Response> {
  const res = await fetch(`${env.baseUrl}${path}`, { headers: { cookie: data.cookie, 'accept-language': 'fr-CA' } });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

async function createPools(pools: number): Promise<void> {
  await createCostPools(env.pool, data, pools);
  // As autovacuum leaves a table after a load (its insert threshold): statistics, and a visibility map
  // that lets index-only scans skip the heap, as the scale suite's instances have.
  await env.pool.query('VACUUM (ANALYZE)');
}

const query = () => `networkId=${data.networkId}&from=${window.from}&to=${window.to}&basis=planned`;

const cases: BenchCase[] = [
  {
    name: 'one-year allocation report (HTTP)',
    iterations: 20,
    targetP95Ms: 1000,
    floor: 'one-year allocation (raw SQL floor)',
    maxRatioToFloor: 1.5,
    run: async () => {
      const report = (await (await get(`/api/reports/allocation?${query()}`)).json()) as { lines: unknown[] };
      if (report.lines.length === 0) throw new Error('the report has no line');
    },
  },
  {
    // Usage per pool and organisation, each pool split pro rata: the same totals, with none of the
    // explanations, rounding to the cent, fallbacks or visibility rules.
    name: 'one-year allocation (raw SQL floor)',
    iterations: 20,
    run: () =>
      env.pool.query(
        `WITH bounds AS (
           SELECT ($2::date::timestamp AT TIME ZONE 'America/Toronto') AS ws, ($3::date::timestamp AT TIME ZONE 'America/Toronto') AS we
         ), usage AS (
           SELECT pr.pool_id, o.organisation_id,
                  sum(extract(epoch FROM least(o.ends_at, b.we) - greatest(o.starts_at, b.ws))) / 60 AS minutes
             FROM cost_pool p CROSS JOIN bounds b JOIN cost_pool_resource pr ON pr.pool_id = p.id
             JOIN booking_occurrence o ON o.resource_id = pr.resource_id AND o.status = 'confirmed'
                                      AND o.starts_at < b.we AND o.ends_at > b.ws
            WHERE p.network_id = $1
            GROUP BY pr.pool_id, o.organisation_id
         ), amounts AS (
           SELECT a.pool_id, sum(a.amount_cents) AS cents FROM cost_pool_amount a JOIN cost_pool p ON p.id = a.pool_id
            WHERE p.network_id = $1 AND a.period <@ daterange($2::date, $3::date) GROUP BY a.pool_id
         ), shares AS (
           SELECT u.pool_id, u.organisation_id, round(a.cents * u.minutes / sum(u.minutes) OVER (PARTITION BY u.pool_id)) AS cents
             FROM usage u JOIN amounts a ON a.pool_id = u.pool_id
         )
         SELECT s.organisation_id, org.name, sum(s.cents) AS cents
           FROM shares s JOIN organisation org ON org.id = s.organisation_id
          GROUP BY s.organisation_id, org.name`,
        [data.networkId, window.from, window.to],
      ),
  },
  {
    // « Accueil » of the benchmark's user, a coordinator who belongs to a busy organisation: every
    // count, the next bookings, and this month's allocation over the same million occurrences.
    name: 'home page (HTTP)',
    iterations: 50,
    targetP95Ms: 20,
    run: async () => {
      const home = (await (await get('/api/home')).json()) as { counts?: unknown };
      if (!home.counts) throw new Error('the home page has no counts');
    },
  },
  {
    name: 'one-year impact report (HTTP)',
    iterations: 10,
    targetP95Ms: 1000,
    floor: 'one-year impact figures (raw SQL floor)',
    maxRatioToFloor: 1.5,
    run: async () => {
      const report = (await (
        await get(`/api/impact?networkId=${data.networkId}&from=${window.from}&to=${window.to}`)
      ).json()) as {
        occupancy?: { rooms: unknown[] };
      };
      if (!report.occupancy?.rooms.length) throw new Error('the impact report has no room');
    },
  },
  {
    // Booked minutes per room and month, per room and organisation, and per weekday and hour, over
    // the same year: the aggregates the impact report is made of, with no open-hours arithmetic.
    name: 'one-year impact figures (raw SQL floor)',
    iterations: 10,
    run: () =>
      env.pool.query(
        `WITH bounds AS (
           SELECT ($2::date::timestamp AT TIME ZONE 'America/Toronto') AS ws, ($3::date::timestamp AT TIME ZONE 'America/Toronto') AS we
         ), occ AS (
           SELECT o.resource_id, o.organisation_id, greatest(o.starts_at, b.ws) AS s, least(o.ends_at, b.we) AS e
             FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id CROSS JOIN bounds b
            WHERE r.network_id = $1 AND o.status = 'confirmed' AND o.starts_at < b.we AND o.ends_at > b.ws
         )
         SELECT (SELECT count(*) FROM (SELECT resource_id, date_trunc('month', s AT TIME ZONE 'America/Toronto'), sum(e - s)
                                         FROM occ GROUP BY 1, 2) m) AS months,
                (SELECT count(*) FROM (SELECT resource_id, organisation_id, sum(e - s) FROM occ GROUP BY 1, 2) o) AS organisations,
                (SELECT count(*) FROM (SELECT extract(isodow FROM s AT TIME ZONE 'America/Toronto'), extract(hour FROM s AT TIME ZONE 'America/Toronto'), sum(e - s)
                                         FROM occ GROUP BY 1, 2) h) AS hours`,
        [data.networkId, window.from, window.to],
      ),
  },
  {
    name: 'one-year CSV export (HTTP)',
    iterations: 10,
    targetP95Ms: 2000,
    run: async () => {
      const csv = await (await get(`/api/reports/allocation.csv?${query()}`)).arrayBuffer();
      if (csv.byteLength < 100) throw new Error('the CSV is empty');
    },
  },
];

export const allocationSuite: BenchSuite = {
  name: 'allocation',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench_allocation');
    const started = Date.now();
    // 2,000 rooms × 5 weekly series × 104 weeks ≈ 1 million occurrences (a tenth with --quick).
    data = await generateBookingsDataset(env.pool, {
      organisations: flag('alloc-organisations', 40),
      spaces: flag('alloc-spaces', quick ? 200 : 2000),
      weeks: 104,
      seriesPerSpace: 5,
      freeSpaces: 0,
    });
    await createPools(flag('alloc-pools', 20));
    window = lastYear();
    console.log(
      `  dataset: ${data.busySpaceIds.length} rooms, ${data.occurrences.toLocaleString('en')} occurrences, ` +
        `window ${window.from} – ${window.to}, in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  },
  teardown: () => env?.close(),
  cases,
};
