import { byConcurrentClients, type BenchCase, type BenchSuite } from '../bench-suite';
import { forkBenchApi, startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { freeSlot, generateBookingsDataset, type Dataset } from '../bookings-dataset';

const CLIENTS = 16;
const BATCH = 160;

let env: BenchEnvironment;
let data: Dataset;
/** Two API instances in processes of their own, on the benchmark's database (the in-process one stays idle). */
let instances: Array<{ baseUrl: string; stop(): void }> = [];
let created = 0;

/** One-hour creates in distinct free slots by 16 clients, spread over the given instances in turn. */
async function createConcurrently(baseUrls: string[]): Promise<void> {
  const slots = Array.from({ length: BATCH }, () => freeSlot(data, created++));
  await byConcurrentClients(slots, CLIENTS, async ({ room, day }, client) => {
    const res = await fetch(`${baseUrls[client % baseUrls.length]}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: data.cookie },
      body: JSON.stringify({ resourceId: room, title: 'Load', start: `${day}T14:00`, durationMinutes: 60 }),
    });
    const body = await res.text();
    if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${body}`);
  });
}

const cases: BenchCase[] = [
  {
    name: `${CLIENTS} concurrent clients, one API process (batch of ${BATCH})`,
    iterations: 10,
    opsPerRun: BATCH,
    run: () => createConcurrently([instances[0].baseUrl]),
  },
  {
    name: `${CLIENTS} concurrent clients, two API processes on one database (batch of ${BATCH})`,
    iterations: 10,
    opsPerRun: BATCH,
    run: () => createConcurrently(instances.map((i) => i.baseUrl)),
  },
];

/**
 * What one more API instance adds (issue 18): the API out of the benchmark's process, so that the
 * client does not share its event loop, alone and then with a second instance on the same database.
 */
export const bookingsThroughputSuite: BenchSuite = {
  name: 'bookings throughput',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench_throughput');
    data = await generateBookingsDataset(env.pool, {
      organisations: 5,
      spaces: 20,
      weeks: 10,
      seriesPerSpace: 2,
      freeSpaces: 100,
    });
    instances = await Promise.all([forkBenchApi(env.databaseUrl), forkBenchApi(env.databaseUrl)]);
  },
  async teardown() {
    for (const instance of instances) instance.stop();
    instances = [];
    await env?.close();
  },
  cases,
};
