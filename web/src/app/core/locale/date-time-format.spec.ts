import { formatDate, formatDateTime, formatTime } from './date-time-format';

// 14:00 UTC on 3 March 2026 is 09:00 in Montréal (EST, UTC-5).
const WINTER_MORNING = '2026-03-03T14:00:00Z';
// 13:00 UTC on 10 March 2026 is 09:00 in Montréal too, after the switch to EDT (UTC-4).
const SUMMER_TIME_MORNING = '2026-03-10T13:00:00Z';

describe('date and time formats', () => {
  it('shows a date in Quebec French and Canadian English', () => {
    expect(formatDate(WINTER_MORNING, 'fr-CA')).toBe('3 mars 2026');
    expect(formatDate(WINTER_MORNING, 'en-CA')).toBe('Mar 3, 2026');
  });

  it('shows the wall-clock time in Montréal by default', () => {
    expect(formatTime(WINTER_MORNING, 'fr-CA')).toBe('09 h 00');
    expect(formatTime(WINTER_MORNING, 'en-CA')).toBe('9:00 a.m.');
  });

  it('shows a date and time together', () => {
    expect(formatDateTime(WINTER_MORNING, 'fr-CA')).toBe('3 mars 2026, 09 h 00');
    expect(formatDateTime(WINTER_MORNING, 'en-CA')).toBe('Mar 3, 2026, 9:00 a.m.');
  });

  it('keeps 09:00 at 09:00 across the daylight-saving change', () => {
    expect(formatTime(SUMMER_TIME_MORNING, 'fr-CA')).toBe('09 h 00');
  });

  it('shows the time in the zone it is given', () => {
    expect(formatTime(WINTER_MORNING, 'fr-CA', 'America/Vancouver')).toBe('06 h 00');
    expect(formatDate('2026-03-03T02:00:00Z', 'en-CA', 'America/Toronto')).toBe('Mar 2, 2026');
  });

  it('accepts an instant written with an offset', () => {
    expect(formatTime('2026-03-03T09:00:00-05:00', 'fr-CA')).toBe('09 h 00');
  });

  it('refuses a date-time without a zone, which would be read in the browser’s zone', () => {
    expect(() => formatTime('2026-03-03T09:00:00', 'fr-CA')).toThrow(RangeError);
    expect(() => formatDate('not a date', 'en-CA')).toThrow(RangeError);
  });
});
