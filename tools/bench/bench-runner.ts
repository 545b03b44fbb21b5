import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchCase, BenchResult, BenchSuite } from './bench-suite';
import { SUITES } from './suites';
import { scaleSuite } from './suites/scale.bench';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const root = join(__dirname, '../..');

async function main(): Promise<void> {
  const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const results: BenchResult[] = [];
  // The province-wide instance takes minutes to generate: only on request (`--scale`), and then alone.
  const suites = args.has('--scale') ? [scaleSuite] : SUITES.filter((s) => !only || s.name.includes(only));
  for (const suite of suites) {
    results.push(...(await runSuite(suite)));
  }
  console.log(`\n${renderTable(results)}\n`);
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    quick,
    results,
  };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(report, null, 2));
  console.log(`Results written to bench-results/results.json`);
  if (args.has('--write-docs')) {
    writeFileSync(join(root, 'docs/benchmarks.md'), renderDoc(report.date, results));
    console.log('Table written to docs/benchmarks.md');
  }
}

async function runSuite(suite: BenchSuite): Promise<BenchResult[]> {
  console.log(`• ${suite.name}`);
  await suite.setup?.();
  try {
    const measured = new Map<string, BenchResult>();
    const interleaved = new Set(suite.cases.filter((c) => c.interleaveWithFloor && c.floor).map((c) => c.floor));
    for (const benchCase of suite.cases) {
      if (interleaved.has(benchCase.name)) continue; // measured with the case that compares itself to it
      const floorCase = benchCase.interleaveWithFloor ? suite.cases.find((c) => c.name === benchCase.floor) : undefined;
      if (floorCase) {
        const [floorResult, caseResult] = await measureInTurns(suite.name, floorCase, benchCase);
        measured.set(floorCase.name, floorResult);
        measured.set(benchCase.name, caseResult);
      } else {
        measured.set(benchCase.name, await measure(suite.name, benchCase));
      }
    }
    for (const result of measured.values()) {
      const floor = result.floor ? measured.get(result.floor) : undefined;
      if (floor) {
        result.ratioToFloor = result.p50Ms / floor.p50Ms;
        if (result.maxRatioToFloor && result.ratioToFloor > result.maxRatioToFloor) result.met = false;
        result.msOverFloor = result.p50Ms - floor.p50Ms;
        if (result.maxMsOverFloor !== undefined && result.msOverFloor > result.maxMsOverFloor) result.met = false;
      }
    }
    return [...measured.values()];
  } finally {
    await suite.teardown?.();
  }
}

async function measure(suite: string, benchCase: BenchCase): Promise<BenchResult> {
  const iterations = iterationsOf(benchCase);
  for (let i = 0; i < warmupOf(iterations); i++) await timed(benchCase, -1 - i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) samples.push(await timed(benchCase, i));
  return resultOf(suite, benchCase, samples);
}

/** Two cases measured in turns (see `interleaveWithFloor`). */
async function measureInTurns(suite: string, first: BenchCase, second: BenchCase): Promise<[BenchResult, BenchResult]> {
  const iterations = Math.min(iterationsOf(first), iterationsOf(second));
  const samples: [number[], number[]] = [[], []];
  for (let i = -warmupOf(iterations); i < iterations; i++) {
    const order: Array<0 | 1> = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const ms = await timed(which === 0 ? first : second, i);
      if (i >= 0) samples[which].push(ms);
    }
  }
  return [resultOf(suite, first, samples[0]), resultOf(suite, second, samples[1])];
}

function iterationsOf(benchCase: BenchCase): number {
  return quick ? Math.max(3, Math.ceil(benchCase.iterations / 10)) : benchCase.iterations;
}

function warmupOf(iterations: number): number {
  return Math.max(1, Math.ceil(iterations / 10));
}

/** One run (its `before` untimed); warm-up runs have negative iteration numbers. */
async function timed(benchCase: BenchCase, iteration: number): Promise<number> {
  await benchCase.before?.(iteration);
  const start = performance.now();
  await benchCase.run(iteration);
  return performance.now() - start;
}

function resultOf(suite: string, benchCase: BenchCase, samples: number[]): BenchResult {
  const iterations = samples.length;
  samples.sort((a, b) => a - b);
  const p50Ms = percentile(samples, 0.5);
  const p95Ms = percentile(samples, 0.95);
  const opsPerSecond = benchCase.opsPerRun ? (benchCase.opsPerRun * 1000) / p50Ms : undefined;
  const met =
    (benchCase.targetP50Ms === undefined || p50Ms <= benchCase.targetP50Ms) &&
    (benchCase.targetP95Ms === undefined || p95Ms <= benchCase.targetP95Ms) &&
    (benchCase.targetOpsPerSecond === undefined || (opsPerSecond ?? 0) >= benchCase.targetOpsPerSecond);
  return {
    suite,
    name: benchCase.name,
    iterations,
    p50Ms,
    p95Ms,
    meanMs: samples.reduce((a, b) => a + b, 0) / samples.length,
    targetP50Ms: benchCase.targetP50Ms,
    targetP95Ms: benchCase.targetP95Ms,
    floor: benchCase.floor,
    maxRatioToFloor: benchCase.maxRatioToFloor,
    maxMsOverFloor: benchCase.maxMsOverFloor,
    opsPerSecond,
    targetOpsPerSecond: benchCase.targetOpsPerSecond,
    met,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function renderTable(results: BenchResult[]): string {
  const header = ['suite', 'case', 'n', 'p50 ms', 'p95 ms', 'ops/s', 'target', 'vs floor', 'met'];
  const rows = results.map((r) => [
    r.suite,
    r.name,
    String(r.iterations),
    r.p50Ms.toFixed(3),
    r.p95Ms.toFixed(3),
    r.opsPerSecond === undefined ? '' : r.opsPerSecond.toFixed(0),
    targetOf(r),
    r.ratioToFloor === undefined
      ? ''
      : r.maxMsOverFloor !== undefined
        ? `+${(r.msOverFloor ?? 0).toFixed(2)} ms`
        : `${r.ratioToFloor.toFixed(2)}×${r.maxRatioToFloor ? ` (≤ ${r.maxRatioToFloor}×)` : ''}`,
    r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function targetOf(r: BenchResult): string {
  return [
    r.targetP50Ms !== undefined ? `p50 ≤ ${r.targetP50Ms}` : '',
    r.targetP95Ms !== undefined ? `p95 ≤ ${r.targetP95Ms}` : '',
    r.maxMsOverFloor !== undefined ? `p50 ≤ floor + ${r.maxMsOverFloor}` : '',
    r.targetOpsPerSecond !== undefined ? `≥ ${r.targetOpsPerSecond}/s` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function renderDoc(date: string, results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.suite} | ${r.name} | ${r.iterations} | ${r.p50Ms.toFixed(3)} | ${r.p95Ms.toFixed(3)} | ${r.opsPerSecond?.toFixed(0) ?? ''} | ${targetOf(r)} | ${
        r.ratioToFloor === undefined
          ? ''
          : r.maxMsOverFloor !== undefined
            ? `+${(r.msOverFloor ?? 0).toFixed(2)} ms`
            : `${r.ratioToFloor.toFixed(2)}×`
      } | ${r.met ? 'yes' : 'no'} |`,
  );
  return `# Benchmarks

Measured with \`npm run bench -- --write-docs\` on ${date} (2 cores, Node ${process.version}). Times in milliseconds.
A case with a floor is compared, in the same run, with the same work done in raw SQL.

| suite | case | n | p50 | p95 | ops/s | target | vs floor | met |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
