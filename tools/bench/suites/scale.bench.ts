import { DateTime } from 'luxon';
import { Client, Pool } from 'pg';
import type { BenchCase, BenchSuite } from '../bench-suite';
import { startBenchApi, startBenchServer, type BenchApi, type BenchServer } from '../bench-environment';
import { generateBookingsDataset, type Dataset, type DatasetOptions } from '../bookings-dataset';
import { runMigrations } from '../../../api/src/database/run-migrations';
import { createCostPools } from '../cost-pools-dataset';
import { generateStaffDataset, STAFF_ZONE, type StaffDataset } from '../staff-dataset';

/**
 * `npm run bench -- --scale`: a regional hub that hosts every network of a province on one instance.
 *
 * Two databases on the same server, measured in turns (`interleaveWithFloor`), so that both see the
 * same machine:
 * - « 1 M »: the largest network (2,000 rooms, about 1 million occurrences) and one ordinary network;
 * - « 10 M »: a copy of it (`CREATE DATABASE … TEMPLATE`, the same ids and sessions) to which 48 more
 *   ordinary networks are added: 50 networks, about 2,000 organisations, 10,000 rooms and pooled
 *   employees, about 10 million occurrences over two years.
 * Each per-network operation of the largest and of the ordinary network is measured on both; on the
 * 10 M instance it must stay within 1.5× of its time on the 1 M one.
 *
 * `--scale-networks=N` changes the number of ordinary networks added (48 by default). The instances
 * take minutes to generate: `--scale-reuse` measures those a previous run left on the same server
 * (`DATABASE_URL`'s, or an embedded one kept in `BENCH_DATA_DIR`); `--scale-prepare` only generates them.
 */
const flag = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};

/** With `--quick`, a tenth of every network (to try the suite, not to read its numbers). */
const quick = process.argv.includes('--quick');
const LARGEST: DatasetOptions = { organisations: 40, spaces: quick ? 200 : 2000, weeks: 104, seriesPerSpace: 5, freeSpaces: 100 };
/** 184 rooms × 10 weekly series × 104 weeks ≈ 191,000 occurrences, 40 organisations, 20 free rooms. */
const ORDINARY: DatasetOptions = { organisations: 40, spaces: quick ? 18 : 184, weeks: 104, seriesPerSpace: 10, freeSpaces: 20 };
const DAY_MS = 86_400_000;

interface ScaleNetwork {
  label: string;
  bookings: Dataset;
  staff: StaffDataset;
}

interface Instance {
  label: string;
  api: BenchApi;
  pool: Pool;
}

let server: BenchServer;
let networks: ScaleNetwork[] = [];
let small: Instance;
let large: Instance;
let totals = { networks: 0, organisations: 0, resources: 0, occurrences: 0 };

async function generateNetwork(pool: Pool, label: string, options: DatasetOptions): Promise<ScaleNetwork> {
  const bookings = await generateBookingsDataset(pool, { ...options, analyze: false });
  await createCostPools(pool, bookings, 20);
  const staff = await generateStaffDataset(
    pool,
    { networkId: bookings.networkId, orgs: bookings.organisationIds.slice(0, 3) },
    false,
  );
  return { label, bookings, staff };
}

async function withPool<T>(url: string, work: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: url, max: 4 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

async function copyDatabase(from: string, to: string): Promise<void> {
  const admin = new Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${to} WITH (FORCE)`);
    // A file copy: seconds for the 1 M instance, where the default strategy would write it all to the WAL.
    await admin.query(`CREATE DATABASE ${to} TEMPLATE ${from} STRATEGY = FILE_COPY`);
  } finally {
    await admin.end();
  }
}

/** The networks a previous run generated, if both of its instances are still there. */
async function keptNetworks(largeUrl: string): Promise<ScaleNetwork[] | null> {
  try {
    return await withPool(
      largeUrl,
      async (pool) => (await pool.query('SELECT networks FROM bench_scale_networks')).rows[0].networks,
    );
  } catch {
    return null;
  }
}

/**
 * Millions of rows go in faster without the occurrences' secondary indexes and exclusion constraint,
 * which are built again afterwards from their own definitions (the constraint's rebuild also proves
 * that the generated instance has no overlap). The triggers stay: the usage they keep is measured.
 */
async function withoutOccurrenceIndexes(pool: Pool, work: () => Promise<void>): Promise<void> {
  const indexes = (
    await pool.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
        WHERE tablename = 'booking_occurrence'
          AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'booking_occurrence'::regclass)`,
    )
  ).rows;
  const exclusions = (
    await pool.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = 'booking_occurrence'::regclass AND contype = 'x'`,
    )
  ).rows;
  for (const c of exclusions) await pool.query(`ALTER TABLE booking_occurrence DROP CONSTRAINT ${c.name}`);
  for (const i of indexes) await pool.query(`DROP INDEX ${i.name}`);
  await work();
  const client = await pool.connect();
  try {
    await client.query(`SET maintenance_work_mem = '1GB'`);
    for (const i of indexes) await client.query(i.definition);
    for (const c of exclusions) await client.query(`ALTER TABLE booking_occurrence ADD CONSTRAINT ${c.name} ${c.definition}`);
  } finally {
    client.release();
  }
}

async function countsOf(pool: Pool): Promise<typeof totals> {
  const [row] = (
    await pool.query(
      `SELECT (SELECT count(*) FROM network)::int AS networks, (SELECT count(*) FROM organisation)::int AS organisations,
              (SELECT count(*) FROM resource)::int AS resources, (SELECT count(*) FROM booking_occurrence)::int AS occurrences`,
    )
  ).rows;
  return row;
}

/** A fresh free slot each call in the network's free rooms; the same sequence on both instances. */
function slots(network: ScaleNetwork) {
  const n = new Map<Instance, number>();
  return (instance: Instance) => {
    const i = n.get(instance) ?? 0;
    n.set(instance, i + 1);
    const rooms = network.bookings.freeSpaceIds;
    const day = DateTime.now()
      .setZone('America/Toronto')
      .plus({ days: 7 + Math.floor(i / rooms.length) })
      .toISODate();
    return { room: rooms[i % rooms.length], start: `${day}T10:00` };
  };
}

async function call(
  instance: Instance,
  cookie: string,
  method: 'GET' | 'POST',
  path: string,
  expected: number,
  body?: object,
): Promise<unknown> {
  const res = await fetch(`${instance.api.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie, 'accept-language': 'fr-CA' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${instance.label} ${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** The last twelve whole months before this one. */
function lastYear(): { from: string; to: string } {
  const now = new Date();
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** One operation of a network, as a case on each instance: the 10 M one compared with the 1 M one. */
function pair(
  network: () => ScaleNetwork,
  label: string,
  operation: string,
  iterations: number,
  run: (instance: Instance, network: ScaleNetwork, iteration: number) => Promise<unknown>,
  before?: (instance: Instance, network: ScaleNetwork) => Promise<unknown>,
): BenchCase[] {
  const floor = `${label}: ${operation} — 1 M instance`;
  return [
    {
      name: `${label}: ${operation} — 10 M instance`,
      iterations,
      floor,
      maxRatioToFloor: 1.5,
      interleaveWithFloor: true,
      before: before ? () => before(large, network()) : undefined,
      run: (i) => run(large, network(), i),
    },
    {
      name: floor,
      iterations,
      before: before ? () => before(small, network()) : undefined,
      run: (i) => run(small, network(), i),
    },
  ];
}

/** The weekly request of each run, removed (untimed) before the next so that every run sees the same year. */
const created = new Map<Instance, string>();
async function removeCreated(instance: Instance): Promise<void> {
  const id = created.get(instance);
  if (id) await instance.pool.query('DELETE FROM booking_series WHERE id = $1', [id]);
  created.delete(instance);
}

function casesOf(index: 0 | 1, label: string): BenchCase[] {
  const network = () => networks[index];
  let nextSlot: ReturnType<typeof slots> | null = null;
  const slot = (instance: Instance) => (nextSlot ??= slots(network()))(instance);
  const year = lastYear();
  return [
    ...pair(network, label, 'single booking create', 100, async (instance, n) => {
      const s = slot(instance);
      await call(instance, n.bookings.cookie, 'POST', '/api/bookings', 201, {
        resourceId: s.room,
        title: 'Scale',
        start: s.start,
        durationMinutes: 60,
      });
    }),
    ...pair(network, label, "one room's month", 100, async (instance, n, i) => {
      const room = n.bookings.busySpaceIds[Math.abs(i) % n.bookings.busySpaceIds.length];
      const from = new Date(Date.now() - 15 * DAY_MS).toISOString();
      const to = new Date(Date.now() + 15 * DAY_MS).toISOString();
      const list = (await call(
        instance,
        n.bookings.cookie,
        'GET',
        `/api/bookings?resourceId=${room}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        200,
      )) as unknown[];
      if (list.length === 0) throw new Error("the room's month is empty");
    }),
    ...pair(
      network,
      label,
      'weekly × 52 staff request, every check',
      40,
      async (instance, n) => {
        const wednesday = DateTime.now().setZone(STAFF_ZONE).startOf('week').plus({ weeks: 1, days: 2, hours: 15, minutes: 30 });
        const series = (await call(instance, n.staff.cookie, 'POST', '/api/bookings', 201, {
          resourceId: n.staff.resourceId,
          organisationId: n.staff.organisationIds[0],
          title: 'Tenue de livres',
          start: wednesday.toFormat("yyyy-MM-dd'T'HH:mm"),
          durationMinutes: 60,
          rrule: 'FREQ=WEEKLY;COUNT=52',
        })) as { id: string; occurrences: unknown[] };
        created.set(instance, series.id);
        if (series.occurrences.length !== 52) throw new Error(`expected 52 occurrences, got ${series.occurrences.length}`);
      },
      (instance) => removeCreated(instance),
    ),
    ...pair(network, label, 'one-year allocation report', 10, async (instance, n) => {
      const report = (await call(
        instance,
        n.bookings.cookie,
        'GET',
        `/api/reports/allocation?networkId=${n.bookings.networkId}&from=${year.from}&to=${year.to}&basis=planned`,
        200,
      )) as { lines: unknown[] };
      if (report.lines.length === 0) throw new Error('the report has no line');
    }),
    ...pair(network, label, 'one-year impact page', 6, async (instance, n) => {
      const report = (await call(
        instance,
        n.bookings.cookie,
        'GET',
        `/api/impact?networkId=${n.bookings.networkId}&from=${year.from}&to=${year.to}`,
        200,
      )) as { occupancy?: { rooms: unknown[] } };
      if (!report.occupancy?.rooms.length) throw new Error('the impact page has no room');
    }),
  ];
}

export const scaleSuite: BenchSuite = {
  name: 'scale',
  async setup() {
    const started = Date.now();
    const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
    server = await startBenchServer();
    const smallUrl = server.urlOf('mutualis_scale_1m');
    const largeUrl = server.urlOf('mutualis_scale_10m');
    const kept = process.argv.includes('--scale-reuse') ? await keptNetworks(largeUrl) : null;
    if (kept) {
      networks = kept;
      // A reused instance gets the migrations written since it was generated (and their backfills).
      for (const url of [smallUrl, largeUrl]) await runMigrations(url);
      // What the previous run's measurements created goes, so that the same slots are free again.
      for (const url of [smallUrl, largeUrl]) {
        await withPool(url, (pool) => pool.query(`DELETE FROM booking_series WHERE title IN ('Scale', 'Tenue de livres')`));
      }
      console.log('  the instances of a previous run, without what its measurements created');
    } else {
      await server.freshDatabase('mutualis_scale_1m');
      networks = await withPool(smallUrl, async (pool) => {
        const largest = await generateNetwork(pool, 'largest', LARGEST);
        const ordinary = await generateNetwork(pool, 'ordinary', ORDINARY);
        await pool.query('CREATE TABLE bench_scale_networks (networks jsonb NOT NULL)');
        await pool.query('INSERT INTO bench_scale_networks VALUES ($1)', [JSON.stringify([largest, ordinary])]);
        await pool.query('VACUUM ANALYZE');
        return [largest, ordinary];
      });
      console.log(`  1 M instance: ${describe(await withPool(smallUrl, countsOf))}, in ${seconds()}`);
      await copyDatabase('mutualis_scale_1m', 'mutualis_scale_10m');
      const more = flag('scale-networks', 48);
      await withPool(largeUrl, async (pool) => {
        await withoutOccurrenceIndexes(pool, async () => {
          for (let n = 1; n <= more; n += 1) {
            await generateNetwork(pool, `network ${n}`, ORDINARY);
            if (n % 8 === 0) console.log(`  … ${n} of ${more} more networks, ${seconds()}`);
          }
        });
        await pool.query('VACUUM ANALYZE');
      });
    }
    totals = await withPool(largeUrl, countsOf);
    console.log(`  10 M instance: ${describe(totals)}, in ${seconds()}`);
    small = { label: '1 M', api: await startBenchApi(smallUrl), pool: new Pool({ connectionString: smallUrl, max: 4 }) };
    large = { label: '10 M', api: await startBenchApi(largeUrl), pool: new Pool({ connectionString: largeUrl, max: 4 }) };
  },
  async teardown() {
    for (const instance of [small, large]) {
      if (!instance) continue;
      await removeCreated(instance).catch(() => undefined);
      await instance.pool.end();
      await instance.api.close();
    }
    await server?.stop();
  },
  // `--scale-prepare` only generates the instances (for a later `--scale-reuse` on a quiet machine).
  cases: process.argv.includes('--scale-prepare') ? [] : [...casesOf(0, 'largest network'), ...casesOf(1, 'ordinary network')],
};

function describe(c: typeof totals): string {
  return (
    `${c.networks} networks, ${c.organisations.toLocaleString('en')} organisations, ` +
    `${c.resources.toLocaleString('en')} rooms and employees, ${c.occurrences.toLocaleString('en')} occurrences`
  );
}
