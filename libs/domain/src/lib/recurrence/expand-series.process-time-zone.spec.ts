import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expandSeries } from './expand-series';
import type { ExpandSeriesInput } from './series-definition';

/**
 * Changing process.env.TZ inside a running process is not reliable, so the same expansions run
 * in child processes started with different TZ values, and must print identical results.
 */
const PROCESS_ZONES = ['UTC', 'America/Toronto', 'Asia/Tokyo'];

const CASES: ExpandSeriesInput[] = [
  {
    start: '2026-03-01T09:00',
    timeZone: 'America/Toronto',
    durationMinutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=SU,WE',
    window: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
    skipHolidays: 'QC',
  },
  {
    start: '2026-03-06T02:30',
    timeZone: 'America/Toronto',
    durationMinutes: 90,
    rrule: 'FREQ=DAILY;COUNT=400',
    exdates: ['2026-11-01'],
    window: { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' },
  },
  {
    start: '2026-01-31T23:30',
    timeZone: 'Australia/Sydney',
    durationMinutes: 45,
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1,1;BYSETPOS=1',
    rdates: ['2026-04-05T02:30'],
    window: { from: '2026-01-01T00:00:00Z', to: '2027-06-01T00:00:00+10:00' },
  },
  {
    start: '2026-12-31T23:45',
    timeZone: 'Pacific/Kiritimati',
    durationMinutes: 30,
    rrule: 'FREQ=YEARLY;BYWEEKNO=1,53;BYDAY=TH',
    window: { from: '2026-01-01T00:00:00Z', to: '2032-01-01T00:00:00Z' },
  },
];

async function expandInProcessWithTz(tz: string): Promise<string> {
  const modulePath = join(__dirname, 'expand-series.ts');
  const script = `
    const { expandSeries } = require(${JSON.stringify(modulePath)});
    const cases = ${JSON.stringify(CASES)};
    const processOffset = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    process.stdout.write(JSON.stringify({ processOffset, results: cases.map((input) => expandSeries(input)) }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz, TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' },
  });
  return stdout;
}

describe('expandSeries and the process time zone', () => {
  it('gives identical results in processes running under UTC, America/Toronto and Asia/Tokyo', async () => {
    const outputs = (await Promise.all(PROCESS_ZONES.map(expandInProcessWithTz))).map((output) => JSON.parse(output));
    // The children really ran in different zones (minutes behind UTC on January 1).
    expect(outputs.map((output) => output.processOffset)).toEqual([0, 300, -540]);
    const inThisProcess = JSON.parse(JSON.stringify(CASES.map((input) => expandSeries(input))));
    expect(inThisProcess.map((result: { occurrences: unknown[] }) => result.occurrences.length)).toEqual([
      expect.any(Number),
      400 - 1,
      expect.any(Number),
      expect.any(Number),
    ]);
    for (const output of outputs) expect(output.results).toEqual(inThisProcess);
  }, 60_000);
});
