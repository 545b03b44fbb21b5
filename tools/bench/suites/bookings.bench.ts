import { byConcurrentClients, type BenchCase, type BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { freeSlot, generateBookingsDataset, type Dataset } from '../bookings-dataset';

const DAY_MS = 86_400_000;
const flag = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};

let env: BenchEnvironment;
let data: Dataset;

/** A fresh free slot each call: rooms reserved for creates, one day further each time round. */
function slotAllocator(hour: number) {
  let n = 0;
  return () => {
    const { room, day } = freeSlot(data, n++);
    return {
      room,
      start: `${day}T${String(hour).padStart(2, '0')}:00`,
      startInstant: `${day}T${String(hour).padStart(2, '0')}:00:00-05:00`,
    };
  };
}

async function post(path: string, body: object, baseUrl = env.baseUrl): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: data.cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** 160 one-hour creates in distinct free slots by 16 clients, spread over the given API instances. */
async function createConcurrently(baseUrls: string[]): Promise<void> {
  const slots = Array.from({ length: 160 }, () => throughputSlot());
  await byConcurrentClients(slots, 16, (s, client) =>
    expectStatus(
      post(
        '/api/bookings',
        { resourceId: s.room, title: 'Load', start: s.start, durationMinutes: 60 },
        baseUrls[client % baseUrls.length],
      ),
      201,
    ),
  );
}

async function expectStatus(promise: Promise<{ status: number; body: unknown }>, status: number): Promise<void> {
  const res = await promise;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

/** 160 one-hour inserts of the raw-SQL floor in distinct free slots by 16 clients: what the database alone sustains. */
async function insertConcurrently(): Promise<void> {
  const slots = Array.from({ length: 160 }, () => throughputFloorSlot());
  await byConcurrentClients(slots, 16, (s) => rawInsert(s.room, s.startInstant, 1));
}

/** The same rows the API writes for a booking, written with pg directly in one transaction. */
async function rawInsert(resourceId: string, startInstant: string, weeks: number): Promise<void> {
  const client = await env.pool.connect();
  try {
    await client.query('BEGIN');
    const [{ id }] = (
      await client.query(
        `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes, rrule)
         VALUES ($1, $2, 'Floor', $3::timestamptz AT TIME ZONE 'America/Toronto', 'America/Toronto', 60, $4) RETURNING id`,
        [resourceId, data.organisationId, startInstant, weeks > 1 ? `FREQ=WEEKLY;COUNT=${weeks}` : null],
      )
    ).rows;
    const starts = Array.from({ length: weeks }, (_, w) => new Date(Date.parse(startInstant) + w * 7 * DAY_MS));
    await client.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT $1, $2, $3, s, s + interval '1 hour', tstzrange(s, s + interval '1 hour'), 'confirmed' FROM unnest($4::timestamptz[]) s`,
      [id, resourceId, data.organisationId, starts],
    );
    await client.query(`INSERT INTO audit_event (entity, entity_id, action) VALUES ('booking_series', $1, 'create')`, [id]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const singleSlot = slotAllocator(10);
const singleFloorSlot = slotAllocator(11);
const weeklySlot = slotAllocator(12);
const weeklyFloorSlot = slotAllocator(13);
const throughputSlot = slotAllocator(14);
const raceSlot = slotAllocator(15);
const throughputFloorSlot = slotAllocator(16);
const monthFrom = () => new Date(Date.now() - 15 * DAY_MS).toISOString();
const monthTo = () => new Date(Date.now() + 15 * DAY_MS).toISOString();

const cases: BenchCase[] = [
  {
    // What every API case pays before its own work: the benchmark's HTTP client, the HTTP server, the
    // framework's pipeline and the authenticated user's read. With a case's raw-SQL floor, a lower bound
    // for it (docs/benchmarks.md, issue 18).
    name: 'signed-in request that reads only its user (HTTP floor)',
    iterations: 300,
    run: async () => {
      const res = await fetch(`${env.baseUrl}/api/auth/me`, { headers: { cookie: data.cookie } });
      if (res.status !== 200) throw new Error(`/api/auth/me answered ${res.status}`);
      await res.json();
    },
  },
  {
    name: 'single booking create (HTTP)',
    iterations: 300,
    targetP50Ms: 5,
    floor: 'single booking (raw SQL floor)',
    maxRatioToFloor: 2,
    run: () => {
      const s = singleSlot();
      return expectStatus(
        post('/api/bookings', { resourceId: s.room, title: 'Bench', start: s.start, durationMinutes: 60 }),
        201,
      );
    },
  },
  {
    name: 'single booking (raw SQL floor)',
    iterations: 300,
    run: () => rawInsert(singleFloorSlot().room, singleFloorSlot().startInstant, 1),
  },
  {
    name: 'weekly × 52 create (HTTP)',
    iterations: 100,
    targetP50Ms: 30,
    floor: 'weekly × 52 (raw SQL floor)',
    maxRatioToFloor: 2,
    run: () => {
      const s = weeklySlot();
      return expectStatus(
        post('/api/bookings', {
          resourceId: s.room,
          title: 'Bench',
          start: s.start,
          durationMinutes: 60,
          rrule: 'FREQ=WEEKLY;COUNT=52',
        }),
        201,
      );
    },
  },
  {
    name: 'weekly × 52 (raw SQL floor)',
    iterations: 100,
    run: () => rawInsert(weeklyFloorSlot().room, weeklyFloorSlot().startInstant, 52),
  },
  {
    name: 'refused overlapping weekly × 52 (HTTP)',
    iterations: 200,
    targetP50Ms: 15,
    floor: 'overlap check × 52 (raw SQL floor)',
    maxRatioToFloor: 2,
    run: (i) => {
      const room = data.busySpaceIds[Math.abs(i) % data.busySpaceIds.length];
      const monday = mondayNextWeek();
      return expectStatus(
        post('/api/bookings', {
          resourceId: room,
          title: 'Clash',
          start: `${monday}T08:30`,
          durationMinutes: 60,
          rrule: 'FREQ=WEEKLY;COUNT=52',
        }),
        409,
      );
    },
  },
  {
    name: 'overlap check × 52 (raw SQL floor)',
    iterations: 200,
    run: async (i) => {
      const room = data.busySpaceIds[Math.abs(i) % data.busySpaceIds.length];
      const first = Date.parse(`${mondayNextWeek()}T08:30:00-05:00`);
      const starts = Array.from({ length: 52 }, (_, w) => new Date(first + w * 7 * DAY_MS));
      await env.pool.query(
        `SELECT p.s, o.starts_at FROM unnest($2::timestamptz[]) p(s)
           JOIN booking_occurrence o ON o.resource_id = $1 AND o.status IN ('pending', 'confirmed') AND NOT o.pooled
                                    AND o.period && tstzrange(p.s, p.s + interval '1 hour')`,
        [room, starts],
      );
    },
  },
  {
    name: "one room's month listing (HTTP)",
    iterations: 300,
    targetP50Ms: 3,
    floor: "one room's month (raw SQL floor)",
    maxRatioToFloor: 2,
    run: async (i) => {
      const room = data.busySpaceIds[Math.abs(i) % data.busySpaceIds.length];
      const res = await fetch(
        `${env.baseUrl}/api/bookings?resourceId=${room}&from=${encodeURIComponent(monthFrom())}&to=${encodeURIComponent(monthTo())}`,
        {
          headers: { cookie: data.cookie },
        },
      );
      if (res.status !== 200) throw new Error(`listing answered ${res.status}`);
      await res.json();
    },
  },
  {
    name: "one room's month (raw SQL floor)",
    iterations: 300,
    run: (i) =>
      env.pool.query(
        `SELECT o.id, o.series_id, o.starts_at, o.ends_at, o.status, o.organisation_id, org.name, COALESCE(o.title, s.title), s.private
           FROM booking_occurrence o JOIN booking_series s ON s.id = o.series_id JOIN organisation org ON org.id = o.organisation_id
          WHERE o.resource_id = $1 AND o.status IN ('pending', 'confirmed') AND o.starts_at < $3 AND o.ends_at > $2 ORDER BY o.starts_at`,
        [data.busySpaceIds[Math.abs(i) % data.busySpaceIds.length], monthFrom(), monthTo()],
      ),
  },
  {
    name: '16 concurrent clients, distinct slots (batch of 160)',
    iterations: 10,
    opsPerRun: 160,
    targetOpsPerSecond: 1000,
    floor: '16 concurrent clients, raw SQL floor (batch of 160)',
    run: () => createConcurrently([env.baseUrl]),
  },
  {
    name: '16 concurrent clients, raw SQL floor (batch of 160)',
    iterations: 10,
    opsPerRun: 160,
    run: () => insertConcurrently(),
  },
  {
    name: '40 concurrent clients on one slot (exactly one wins)',
    iterations: 20,
    run: async () => {
      const s = raceSlot();
      const results = await Promise.all(
        Array.from({ length: 40 }, () =>
          post('/api/bookings', { resourceId: s.room, title: 'Race', start: s.start, durationMinutes: 60 }),
        ),
      );
      const won = results.filter((r) => r.status === 201).length;
      const lost = results.filter((r) => r.status === 409).length;
      if (won !== 1 || lost !== 39) {
        const others = results
          .filter((r) => r.status !== 201 && r.status !== 409)
          .map((r) => `${r.status} ${JSON.stringify(r.body)}`);
        throw new Error(
          `expected 1 winner and 39 conflicts, got ${won} and ${lost}; others: ${[...new Set(others)].join(' | ')}`,
        );
      }
    },
  },
];

function mondayNextWeek(): string {
  const now = new Date();
  const daysToMonday = ((8 - now.getUTCDay()) % 7) + 7;
  return new Date(now.getTime() + daysToMonday * DAY_MS).toISOString().slice(0, 10);
}

export const bookingsSuite: BenchSuite = {
  name: 'bookings',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench');
    const started = Date.now();
    data = await generateBookingsDataset(env.pool, {
      organisations: flag('organisations', 20),
      spaces: flag('spaces', 200),
      weeks: flag('weeks', 104),
      seriesPerSpace: flag('series-per-space', 5),
      freeSpaces: flag('free-spaces', 100),
    });
    console.log(
      `  dataset: ${data.busySpaceIds.length} rooms, ${data.occurrences.toLocaleString('en')} occurrences in ${Date.now() - started} ms`,
    );
  },
  teardown: () => env?.close(),
  cases,
};
