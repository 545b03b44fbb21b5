/** A measured operation. `floor` names the case in the same suite that does the same work with raw SQL. */
export interface BenchCase {
  name: string;
  iterations: number;
  /** Targets from the issues, in milliseconds. */
  targetP50Ms?: number;
  targetP95Ms?: number;
  floor?: string;
  /** Allowed ratio to the floor's p50. */
  maxRatioToFloor?: number;
  /** Allowed milliseconds over the floor's p50 (the same work with and without one step). */
  maxMsOverFloor?: number;
  /**
   * Measure this case and its floor alternately, iteration by iteration (in turns, each first every other
   * time), so that both see the same machine: for a comparison in milliseconds, where the warm-up of the
   * case measured second or a burst of load during one of them would decide the result.
   */
  interleaveWithFloor?: boolean;
  /** Operations one run performs (a batch of concurrent requests): the table then shows operations per second. */
  opsPerRun?: number;
  targetOpsPerSecond?: number;
  /** Untimed work before each run, e.g. removing what the previous run wrote so that every run sees the same data. */
  before?(iteration: number): unknown;
  run(iteration: number): unknown;
}

/** `clients` concurrent clients taking `items` one at a time until none is left (each knows its number). */
export async function byConcurrentClients<T>(
  items: T[],
  clients: number,
  each: (item: T, client: number) => Promise<unknown>,
): Promise<void> {
  const queue = [...items].reverse();
  const client = async (n: number) => {
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) await each(item, n);
  };
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
}

export interface BenchSuite {
  name: string;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
  cases: BenchCase[];
}

export interface BenchResult {
  suite: string;
  name: string;
  iterations: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  targetP50Ms?: number;
  targetP95Ms?: number;
  floor?: string;
  ratioToFloor?: number;
  maxRatioToFloor?: number;
  maxMsOverFloor?: number;
  msOverFloor?: number;
  opsPerSecond?: number;
  targetOpsPerSecond?: number;
  met: boolean;
}
