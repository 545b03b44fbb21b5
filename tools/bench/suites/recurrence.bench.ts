import { expandSeries } from '@mutualis/domain';
import type { BenchSuite } from '../bench-suite';

const window = (years: number) => ({ from: '2026-01-01T00:00:00-05:00', to: `${2026 + years}-01-01T00:00:00-05:00` });

/** Issue 4's targets: a weekly rule over 2 years well under 5 ms, a daily rule over 5 years well under 20 ms. */
export const recurrenceSuite: BenchSuite = {
  name: 'recurrence',
  cases: [
    {
      name: 'expandSeries weekly × 2 years (104)',
      iterations: 300,
      targetP50Ms: 5,
      run: () =>
        expandSeries({
          start: '2026-01-06T09:00',
          timeZone: 'America/Toronto',
          durationMinutes: 90,
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          window: window(2),
        }),
    },
    {
      name: 'expandSeries daily × 5 years (1,826)',
      iterations: 100,
      targetP50Ms: 20,
      run: () =>
        expandSeries({
          start: '2026-01-01T08:30',
          timeZone: 'America/Toronto',
          durationMinutes: 60,
          rrule: 'FREQ=DAILY',
          window: window(5),
          maxOccurrences: 2000,
        }),
    },
    {
      name: 'expandSeries weekly × 2 years, Quebec holidays skipped',
      iterations: 300,
      targetP50Ms: 5,
      run: () =>
        expandSeries({
          start: '2026-01-05T09:00',
          timeZone: 'America/Toronto',
          durationMinutes: 60,
          rrule: 'FREQ=WEEKLY;BYDAY=MO,FR',
          skipHolidays: 'QC',
          window: window(2),
        }),
    },
  ],
};
