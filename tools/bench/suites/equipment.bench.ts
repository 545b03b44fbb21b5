import type { BenchCase, BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { generateBookingsDataset, type Dataset } from '../bookings-dataset';

const DAY_MS = 86_400_000;
const ITEMS = 20;
const COMPETITORS = 16;

let env: BenchEnvironment;
let data: Dataset;
let items: string[] = [];
let overAllocated = 0;
const outcomes = new Map<string, number>();

async function post(path: string, body: object): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${env.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: data.cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function expectStatus(promise: Promise<{ status: number; body: unknown }>, status: number): Promise<void> {
  const res = await promise;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

/** A fresh slot each call on one of `ids`, one day further each time round. */
function slots(ids: () => string[], hour: number) {
  let n = 0;
  return () => {
    const i = n++;
    const list = ids();
    const day = new Date(Date.now() + (7 + Math.floor(i / list.length)) * DAY_MS).toISOString().slice(0, 10);
    return { id: list[i % list.length], start: `${day}T${String(hour).padStart(2, '0')}:00` };
  };
}

const roomSlot = slots(() => data.freeSpaceIds, 10);
const itemSlot = slots(() => items, 10);
let raceRound = 0;

const cases: BenchCase[] = [
  {
    name: 'room booking create (HTTP, same run)',
    iterations: 300,
    run: () => {
      const s = roomSlot();
      return expectStatus(post('/api/bookings', { resourceId: s.id, title: 'Bench', start: s.start, durationMinutes: 60 }), 201);
    },
  },
  {
    name: 'quantity booking create: 5 of 40 tables (HTTP)',
    iterations: 300,
    floor: 'room booking create (HTTP, same run)',
    maxRatioToFloor: 1.5,
    run: () => {
      const s = itemSlot();
      return expectStatus(
        post('/api/bookings', { resourceId: s.id, title: 'Bench', start: s.start, durationMinutes: 60, quantity: 5 }),
        201,
      );
    },
  },
  {
    name: `${COMPETITORS} clients competing for one item of quantity 40 (3 units each: 13 win, 0 over-allocation)`,
    iterations: 20,
    opsPerRun: COMPETITORS,
    run: async () => {
      const id = items[raceRound % items.length];
      const day = new Date(Date.now() + (100 + raceRound) * DAY_MS).toISOString().slice(0, 10);
      raceRound++;
      const results = await Promise.all(
        Array.from({ length: COMPETITORS }, () =>
          post('/api/bookings', { resourceId: id, title: 'Race', start: `${day}T15:00`, durationMinutes: 60, quantity: 3 }),
        ),
      );
      for (const r of results) outcomes.set(`${r.status}`, (outcomes.get(`${r.status}`) ?? 0) + 1);
      const won = results.filter((r) => r.status === 201).length;
      const [{ units }] = (
        await env.pool.query<{ units: string }>(
          `SELECT COALESCE(sum(quantity), 0) AS units FROM booking_occurrence
            WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND starts_at::date = $2::date`,
          [id, day],
        )
      ).rows;
      if (Number(units) > 40) overAllocated++;
      if (won !== 13 || results.some((r) => r.status !== 201 && r.status !== 409) || Number(units) > 40) {
        throw new Error(`expected 13 winners and 3 × 409 within 40 units, got ${won} winners, ${units} units`);
      }
    },
  },
];

/** Issue #16: a booking by the unit costs about what a room booking does, and never over-allocates. */
export const equipmentSuite: BenchSuite = {
  name: 'equipment',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench_equipment');
    data = await generateBookingsDataset(env.pool, {
      organisations: 5,
      spaces: 20,
      weeks: 10,
      seriesPerSpace: 2,
      freeSpaces: 20,
    });
    const { rows } = await env.pool.query<{ id: string }>(
      `INSERT INTO resource (network_id, type, name, site_id, quantity, min_lead_minutes, max_duration_minutes)
       SELECT $1, 'equipment', 'Tables ' || i, (SELECT site_id FROM space WHERE resource_id = $2), 40, 0, 1440
         FROM generate_series(1, $3) i RETURNING id`,
      [data.networkId, data.freeSpaceIds[0], ITEMS],
    );
    items = rows.map((r) => r.id);
  },
  async teardown() {
    const answers = [...outcomes].map(([status, n]) => `${n} × ${status}`).join(', ');
    console.log(`  competing clients' answers: ${answers}; rounds over-allocated: ${overAllocated}`);
    await env?.close();
  },
  cases,
};
