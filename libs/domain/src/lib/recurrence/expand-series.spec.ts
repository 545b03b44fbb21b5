import { expandSeries } from './expand-series';
import { RecurrenceError } from './recurrence-error';
import type { ExpandSeriesInput } from './series-definition';

const YEAR_2026 = { from: '2026-01-01T00:00:00-05:00', to: '2027-01-01T00:00:00-05:00' };

function expand(overrides: Partial<ExpandSeriesInput>) {
  return expandSeries({
    start: '2026-03-10T09:00',
    timeZone: 'America/Toronto',
    durationMinutes: 90,
    window: YEAR_2026,
    ...overrides,
  });
}

function localStarts(overrides: Partial<ExpandSeriesInput>): string[] {
  return expand(overrides).occurrences.map((occurrence) => occurrence.localStart);
}

function errorOf(overrides: Partial<ExpandSeriesInput>): RecurrenceError {
  try {
    expand(overrides);
  } catch (error) {
    if (error instanceof RecurrenceError) return error;
    throw error;
  }
  throw new Error('Expected expandSeries to throw');
}

describe('expandSeries', () => {
  describe('a one-off booking (no rule)', () => {
    it('is a single occurrence with ISO start and end in the zone offset', () => {
      expect(expand({})).toEqual({
        occurrences: [
          {
            start: '2026-03-10T09:00:00-04:00',
            end: '2026-03-10T10:30:00-04:00',
            startMs: Date.UTC(2026, 2, 10, 13, 0),
            endMs: Date.UTC(2026, 2, 10, 14, 30),
            localStart: '2026-03-10T09:00',
          },
        ],
        truncated: false,
        skipped: [],
      });
    });

    it('is absent when it lies outside the window', () => {
      expect(expand({ window: { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' } }).occurrences).toEqual([]);
    });

    it('treats a blank rule as no rule', () => {
      expect(localStarts({ rrule: '  ' })).toEqual(['2026-03-10T09:00']);
    });
  });

  describe('the window', () => {
    it('includes an occurrence that started before the window and is still running', () => {
      const starts = localStarts({
        rrule: 'FREQ=DAILY;COUNT=3',
        window: { from: '2026-03-11T14:00:00Z', to: '2026-03-12T00:00:00Z' },
      });
      expect(starts).toEqual(['2026-03-11T09:00']);
    });

    it('excludes an occurrence that ends exactly when the window starts, and one that starts when it ends', () => {
      const starts = localStarts({
        rrule: 'FREQ=DAILY;COUNT=3',
        window: { from: '2026-03-10T10:30:00-04:00', to: '2026-03-12T09:00:00-04:00' },
      });
      expect(starts).toEqual(['2026-03-11T09:00']);
    });

    it('accepts Date objects as well as ISO strings', () => {
      const starts = localStarts({
        rrule: 'FREQ=DAILY;COUNT=3',
        window: { from: new Date('2026-03-11T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') },
      });
      expect(starts).toEqual(['2026-03-11T09:00', '2026-03-12T09:00']);
    });

    it('counts COUNT from the series start even when the window starts later (the last 5 of 10)', () => {
      const starts = localStarts({
        rrule: 'FREQ=DAILY;COUNT=10',
        window: { from: '2026-03-15T00:00:00-04:00', to: '2027-01-01T00:00:00Z' },
      });
      expect(starts).toEqual([
        '2026-03-15T09:00',
        '2026-03-16T09:00',
        '2026-03-17T09:00',
        '2026-03-18T09:00',
        '2026-03-19T09:00',
      ]);
    });

    it('is empty when from equals to', () => {
      expect(expand({ rrule: 'FREQ=DAILY', window: { from: YEAR_2026.from, to: YEAR_2026.from } }).occurrences).toEqual([]);
    });
  });

  describe('limit and the occurrence cap', () => {
    it('returns the first occurrences of an endless daily rule over 100 years promptly, marked truncated', () => {
      const started = Date.now();
      const result = expand({
        rrule: 'FREQ=DAILY',
        limit: 5,
        window: { from: '2026-01-01T00:00:00Z', to: '2126-01-01T00:00:00Z' },
      });
      expect(result.occurrences.map((occurrence) => occurrence.localStart)).toEqual([
        '2026-03-10T09:00',
        '2026-03-11T09:00',
        '2026-03-12T09:00',
        '2026-03-13T09:00',
        '2026-03-14T09:00',
      ]);
      expect(result.truncated).toBe(true);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('is not truncated when the window holds exactly `limit` occurrences', () => {
      const result = expand({ rrule: 'FREQ=DAILY;COUNT=5', limit: 5 });
      expect(result.occurrences).toHaveLength(5);
      expect(result.truncated).toBe(false);
    });

    it('throws TOO_MANY_OCCURRENCES for more than 2000 occurrences without a limit', () => {
      const error = errorOf({ rrule: 'FREQ=DAILY', window: { from: '2026-01-01T00:00:00Z', to: '2126-01-01T00:00:00Z' } });
      expect(error.code).toBe('TOO_MANY_OCCURRENCES');
      expect(error.details).toEqual({ maxOccurrences: 2000 });
    });

    it('honours a custom maxOccurrences, both ways', () => {
      const fiveYears = { from: '2026-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' };
      expect(errorOf({ rrule: 'FREQ=DAILY', window: fiveYears, maxOccurrences: 100 }).code).toBe('TOO_MANY_OCCURRENCES');
      expect(expand({ rrule: 'FREQ=DAILY', window: fiveYears, maxOccurrences: 5000 }).occurrences).toHaveLength(1758);
    });

    it('caps limit at 1000', () => {
      const result = expand({
        rrule: 'FREQ=DAILY',
        limit: 5000,
        window: { from: '2026-01-01T00:00:00Z', to: '2036-01-01T00:00:00Z' },
      });
      expect(result.occurrences).toHaveLength(1000);
      expect(result.truncated).toBe(true);
    });

    it('throws rather than truncates when limit is above maxOccurrences', () => {
      const error = errorOf({ rrule: 'FREQ=DAILY', limit: 500, maxOccurrences: 100 });
      expect(error.code).toBe('TOO_MANY_OCCURRENCES');
    });

    it('refuses a limit that is not a positive integer', () => {
      expect(() => expand({ rrule: 'FREQ=DAILY', limit: 0 })).toThrow(RangeError);
    });

    it('stops promptly on a rule that matches only on February 29 on a Monday', () => {
      const started = Date.now();
      const starts = localStarts({
        start: '2026-01-01T09:00',
        rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO',
        window: { from: '2026-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' },
      });
      expect(starts).toEqual([]);
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('BYSETPOS', () => {
    it('selects nothing when a negative position reaches before the first candidate of a period', () => {
      // rrule 2.8.1 alone would return the 1st of every month here.
      expect(localStarts({ start: '2026-03-01T09:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-3' })).toEqual([]);
    });

    it('selects by position within each month, counting COUNT after selection', () => {
      const starts = localStarts({ start: '2026-03-01T09:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15,28;BYSETPOS=-2,1;COUNT=4' });
      expect(starts).toEqual(['2026-03-01T09:00', '2026-03-15T09:00', '2026-04-01T09:00', '2026-04-15T09:00']);
    });

    it('selects from the whole first month even when the series starts mid-month', () => {
      // The third Tuesday, Wednesday or Thursday of March 2026 is Thursday the 5th, before the start.
      const starts = localStarts({ start: '2026-03-10T09:00', rrule: 'FREQ=MONTHLY;BYDAY=TU,WE,TH;BYSETPOS=3;COUNT=2' });
      expect(starts).toEqual(['2026-04-07T09:00', '2026-05-07T09:00']);
    });

    it('selects within the first week from the start onwards, as rrule and python-dateutil do', () => {
      const starts = localStarts({ start: '2026-03-11T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1;COUNT=3' });
      expect(starts).toEqual(['2026-03-11T09:00', '2026-03-16T09:00', '2026-03-23T09:00']);
    });
  });

  describe('EXDATE and RDATE', () => {
    it('removes an excluded occurrence and reports it as skipped', () => {
      const result = expand({ rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-03-17T09:00'] });
      expect(result.occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-03-10T09:00', '2026-03-24T09:00']);
      expect(result.skipped).toEqual([{ start: '2026-03-17T09:00:00-04:00', localStart: '2026-03-17T09:00', reason: 'EXDATE' }]);
    });

    it('lets a date-only EXDATE remove that day’s occurrence', () => {
      expect(localStarts({ rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-03-24'] })).toEqual([
        '2026-03-10T09:00',
        '2026-03-17T09:00',
      ]);
    });

    it('ignores an EXDATE at another time of day', () => {
      expect(localStarts({ rrule: 'FREQ=WEEKLY;COUNT=2', exdates: ['2026-03-17T10:00'] })).toEqual([
        '2026-03-10T09:00',
        '2026-03-17T09:00',
      ]);
    });

    it('still counts excluded occurrences towards COUNT, as RFC 5545 does', () => {
      expect(localStarts({ rrule: 'FREQ=DAILY;COUNT=3', exdates: ['2026-03-11T09:00'] })).toEqual([
        '2026-03-10T09:00',
        '2026-03-12T09:00',
      ]);
    });

    it('adds RDATEs in order, once even when they repeat a rule occurrence', () => {
      const starts = localStarts({
        rrule: 'FREQ=WEEKLY;COUNT=2',
        rdates: ['2026-03-20T14:00', '2026-03-17T09:00', '2026-03-12T09:00'],
      });
      expect(starts).toEqual(['2026-03-10T09:00', '2026-03-12T09:00', '2026-03-17T09:00', '2026-03-20T14:00']);
    });

    it('matches an EXDATE against the time shown after a DST gap too', () => {
      const result = expand({ start: '2026-03-07T02:30', rrule: 'FREQ=DAILY;COUNT=3', exdates: ['2026-03-08T03:30'] });
      expect(result.occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-03-07T02:30', '2026-03-09T02:30']);
    });
  });

  describe('Quebec holidays', () => {
    it('skips a weekly Wednesday on the Fête nationale and Canada Day, and says why', () => {
      const result = expand({ start: '2026-06-17T09:00', rrule: 'FREQ=WEEKLY;COUNT=4', skipHolidays: 'QC' });
      expect(result.occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-06-17T09:00', '2026-07-08T09:00']);
      expect(result.skipped).toEqual([
        {
          start: '2026-06-24T09:00:00-04:00',
          localStart: '2026-06-24T09:00',
          reason: 'HOLIDAY',
          holiday: 'Fête nationale du Québec',
        },
        { start: '2026-07-01T09:00:00-04:00', localStart: '2026-07-01T09:00', reason: 'HOLIDAY', holiday: 'Fête du Canada' },
      ]);
    });

    it('keeps holidays when not asked to skip them', () => {
      expect(localStarts({ start: '2026-06-24T09:00' })).toEqual(['2026-06-24T09:00']);
    });

    it('skips every Monday holiday of a weekly Monday series over 2026', () => {
      const result = expand({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', skipHolidays: 'QC' });
      expect(result.skipped.map((skipped) => skipped.holiday)).toEqual([
        'Journée nationale des patriotes',
        'Fête du Travail',
        'Action de grâce',
      ]);
      expect(result.occurrences).toHaveLength(52 - 3);
    });

    it('still counts skipped holidays towards COUNT, like EXDATEs', () => {
      const result = expand({ start: '2026-06-17T09:00', rrule: 'FREQ=WEEKLY;COUNT=3', skipHolidays: 'QC' });
      expect(result.occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-06-17T09:00']);
    });

    it('reports an occurrence that is both excluded and a holiday as an EXDATE', () => {
      const result = expand({ start: '2026-12-25T09:00', exdates: ['2026-12-25'], skipHolidays: 'QC' });
      expect(result.skipped).toEqual([expect.objectContaining({ reason: 'EXDATE' })]);
    });

    it('reports skipped occurrences only up to where the limit cut the list', () => {
      const result = expand({ start: '2026-06-17T09:00', rrule: 'FREQ=WEEKLY', skipHolidays: 'QC', limit: 1 });
      expect(result.truncated).toBe(true);
      expect(result.skipped).toEqual([]);
    });
  });

  describe('input errors', () => {
    it.each([
      [{ rrule: 'FREQ=DAILY;COUNT=abc' }, 'RRULE_INVALID', { part: 'COUNT', value: 'abc', reason: 'must be a positive integer' }],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=XX' }, 'RRULE_INVALID', { part: 'BYDAY', value: 'XX' }],
      [{ rrule: 'FREQ=HOURLY' }, 'RRULE_UNSUPPORTED', { part: 'FREQ', value: 'HOURLY' }],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=1MO' }, 'RRULE_INVALID', { part: 'BYDAY', value: '1MO' }],
      [{ rrule: 'FREQ=DAILY;INTERVAL=0' }, 'RRULE_INVALID', { part: 'INTERVAL', value: '0' }],
      [{ rrule: 'FREQ=DAILY;FOO=1' }, 'RRULE_INVALID', { part: 'FOO', value: '1' }],
      [{ rrule: 'FREQ=DAILY;COUNT=3;UNTIL=20261231T000000Z' }, 'RRULE_INVALID', { part: 'UNTIL' }],
      [{ exdates: ['2026-03-17 09:00'] }, 'RRULE_INVALID', { part: 'EXDATE', value: '2026-03-17 09:00' }],
      [{ rdates: ['2026-02-30T09:00'] }, 'RRULE_INVALID', { part: 'RDATE', value: '2026-02-30T09:00' }],
      [{ timeZone: 'America/Montreal_Nope' }, 'INVALID_TIME_ZONE', { timeZone: 'America/Montreal_Nope' }],
      [{ start: '2026-03-10 09:00' }, 'INVALID_START', { start: '2026-03-10 09:00' }],
      [{ start: '2026-02-30T09:00' }, 'INVALID_START', { start: '2026-02-30T09:00' }],
      [{ durationMinutes: 0 }, 'INVALID_DURATION', { durationMinutes: 0 }],
      [{ durationMinutes: 1.5 }, 'INVALID_DURATION', { durationMinutes: 1.5 }],
      [{ window: { from: '2026-01-01T00:00', to: '2027-01-01T00:00:00Z' } }, 'INVALID_WINDOW', {}],
      [{ window: { from: '2027-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'INVALID_WINDOW', {}],
      [{ window: { from: new Date(Number.NaN), to: new Date() } }, 'INVALID_WINDOW', {}],
    ] as Array<[Partial<ExpandSeriesInput>, string, object]>)('%j is refused with %s', (overrides, code, details) => {
      const error = errorOf(overrides);
      expect(error.code).toBe(code);
      expect(error.details).toMatchObject(details);
    });
  });
});
