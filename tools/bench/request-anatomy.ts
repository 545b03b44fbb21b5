// Where one request's time goes: the client's round trip, the server's share of it (from the request's
// arrival to its last byte handed to the socket) and each SQL statement as the pg client saw it.
// The bookings suite's dataset, the real API in this process, requests one at a time.
//
//   TS_NODE_PROJECT=tools/bench/tsconfig.json node -r ts-node/register/transpile-only \
//     -r tsconfig-paths/register tools/bench/request-anatomy.ts [create|weekly|refused|month|me] [requests]
//
// Add PROFILE=<file.cpuprofile> for a V8 profile of the measured requests alone (read it with
// profile-summary.mjs). See docs/benchmarks.md, issue 18.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Client } from 'pg';
import { startBenchEnvironment, type BenchEnvironment } from './bench-environment';
import { freeSlot, generateBookingsDataset, type Dataset } from './bookings-dataset';

const DAY_MS = 86_400_000;
type Kind = 'create' | 'weekly' | 'refused' | 'month' | 'me';

/** The statements of the request in flight, each with the time from its call to its answer. */
let statements: Array<{ text: string; ms: number }> = [];

/** Times every `Client.query` of this process, promise or callback style (pg's pool uses callbacks). */
function timeStatements(): void {
  const query = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: Client,
    ...args: unknown[]
  ) {
    const started = performance.now();
    const config = args[0] as string | { text?: string };
    const text = (typeof config === 'string' ? config : (config.text ?? '?')).replace(/\s+/g, ' ').trim().slice(0, 72);
    const done = () => statements.push({ text, ms: performance.now() - started });
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        done();
        return (last as (...r: unknown[]) => unknown)(...results);
      };
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) result.then(done, () => undefined);
    return result;
  };
}

function request(env: BenchEnvironment, data: Dataset, kind: Kind, i: number): Promise<Response> {
  const headers = { cookie: data.cookie };
  if (kind === 'me') return fetch(`${env.baseUrl}/api/auth/me`, { headers });
  if (kind === 'month') {
    const room = data.busySpaceIds[i % data.busySpaceIds.length];
    const from = new Date(Date.now() - 15 * DAY_MS).toISOString();
    const to = new Date(Date.now() + 15 * DAY_MS).toISOString();
    return fetch(`${env.baseUrl}/api/bookings?resourceId=${room}&from=${from}&to=${to}`, { headers });
  }
  // A weekly × 52 series at 08:30 on a busy room's Monday overlaps its dataset series every week: refused.
  const { room, day } =
    kind === 'refused'
      ? {
          room: data.busySpaceIds[i % data.busySpaceIds.length],
          day: new Date(Date.now() + (((8 - new Date().getUTCDay()) % 7) + 7) * DAY_MS).toISOString().slice(0, 10),
        }
      : freeSlot(data, i);
  const hour = { create: '10:00', weekly: '12:00', refused: '08:30' }[kind];
  const rrule = kind === 'create' ? {} : { rrule: 'FREQ=WEEKLY;COUNT=52' };
  return fetch(`${env.baseUrl}/api/bookings`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ resourceId: room, title: 'Anatomy', start: `${day}T${hour}`, durationMinutes: 60, ...rrule }),
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const kind = (process.argv[2] ?? 'create') as Kind;
  const count = Number(process.argv[3] ?? 400);
  if (!['create', 'weekly', 'refused', 'month', 'me'].includes(kind) || !(count > 0))
    throw new Error('usage: [create|weekly|refused|month|me] [requests]');
  timeStatements();
  const env = await startBenchEnvironment('mutualis_anatomy');
  try {
    const data = await generateBookingsDataset(env.pool, {
      organisations: 20,
      spaces: 200,
      weeks: 104,
      seriesPerSpace: 5,
      freeSpaces: 100,
    });
    let serverMs = 0;
    env.app.getHttpServer().prependListener('request', (_req: unknown, res: NodeJS.EventEmitter) => {
      const arrived = performance.now();
      res.once('finish', () => (serverMs = performance.now() - arrived));
    });
    const expected = { create: 201, weekly: 201, refused: 409, month: 200, me: 200 }[kind];
    const once = async (i: number) => {
      const res = await request(env, data, kind, i);
      if (res.status !== expected) throw new Error(`${kind} answered ${res.status}: ${await res.text()}`);
      await res.json();
    };
    for (let i = 0; i < 50; i++) await once(count + i);
    const session = process.env['PROFILE'] ? new Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const client: number[] = [];
    const server: number[] = [];
    const sql: number[] = [];
    const byStatement = new Map<string, number[]>();
    for (let i = 0; i < count; i++) {
      statements = [];
      const started = performance.now();
      await once(i);
      client.push(performance.now() - started);
      server.push(serverMs);
      sql.push(statements.reduce((sum, s) => sum + s.ms, 0));
      statements.forEach((s, n) => {
        const key = `${String(n + 1).padStart(2)}. ${s.text}`;
        byStatement.set(key, [...(byStatement.get(key) ?? []), s.ms]);
      });
    }
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(process.env['PROFILE'] as string, JSON.stringify(profile));
    }
    console.log(
      `${kind}, ${count} requests, p50 in ms: client ${median(client).toFixed(2)}, server ${median(server).toFixed(2)}, ` +
        `SQL statements ${median(sql).toFixed(2)}`,
    );
    for (const [text, times] of byStatement) if (times.length >= count / 2) console.log(`  ${median(times).toFixed(3)}  ${text}`);
  } finally {
    await env.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
