import { spawn, type ChildProcess } from 'node:child_process';
import type { BenchCase, BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { freeSlot, generateBookingsDataset, type Dataset } from '../bookings-dataset';

const BUSY_PROCESSES = 2;
const CLIENTS = 40;
/** The busy loops stop by themselves even if the bench dies before its teardown. */
const BUSY_LIMIT_MS = 10 * 60_000;

let env: BenchEnvironment;
let data: Dataset;
let busy: ChildProcess[] = [];
let round = 0;
const outcomes = new Map<string, number>();

/**
 * The race for one slot while two other processes keep both cores busy: requests wait longer for a
 * pooled connection and for each other's locks. Exactly one may win; every other answer is a 409,
 * or a 503 OVERLOADED with Retry-After when the API sheds load; never a 500.
 */
const raceUnderLoad: BenchCase = {
  name: `${CLIENTS} concurrent clients on one slot, CPU saturated (exactly one wins, no 500)`,
  iterations: 20,
  run: async () => {
    const { room, day } = freeSlot(data, round++);
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const res = await fetch(`${env.baseUrl}/api/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: data.cookie },
          body: JSON.stringify({ resourceId: room, title: 'Race', start: `${day}T15:00`, durationMinutes: 60 }),
        });
        const body = (await res.json()) as { code?: string };
        return { status: res.status, code: body.code, retryAfter: res.headers.get('retry-after') };
      }),
    );
    for (const r of results) outcomes.set(`${r.status}`, (outcomes.get(`${r.status}`) ?? 0) + 1);
    const won = results.filter((r) => r.status === 201).length;
    const refused = results.filter(
      (r) => r.status === 409 || (r.status === 503 && r.code === 'OVERLOADED' && r.retryAfter !== null),
    ).length;
    if (won !== 1 || refused !== CLIENTS - 1) {
      const others = results.filter((r) => r.status !== 201 && r.status !== 409).map((r) => `${r.status} ${r.code}`);
      throw new Error(`expected 1 winner and ${CLIENTS - 1} refusals, got ${won} and ${refused}; others: ${others.join(', ')}`);
    }
  },
};

export const bookingsUnderLoadSuite: BenchSuite = {
  name: 'bookings under load',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench_load');
    data = await generateBookingsDataset(env.pool, {
      organisations: 5,
      spaces: 20,
      weeks: 10,
      seriesPerSpace: 2,
      freeSpaces: 20,
    });
    busy = Array.from({ length: BUSY_PROCESSES }, () =>
      spawn(process.execPath, ['-e', `const end = Date.now() + ${BUSY_LIMIT_MS}; while (Date.now() < end);`], {
        stdio: 'ignore',
      }),
    );
  },
  async teardown() {
    for (const child of busy) child.kill('SIGKILL');
    busy = [];
    const [{ deadlocks }] = (
      await env.pool.query<{ deadlocks: string }>('SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()')
    ).rows;
    const answers = [...outcomes].map(([status, n]) => `${n} × ${status}`).join(', ');
    console.log(`  answers: ${answers}; deadlocks detected by PostgreSQL: ${deadlocks}`);
    await env?.close();
  },
  cases: [raceUnderLoad],
};
