import { formatDate, formatDateTime, formatTime, formatWallClock } from './date-time-format';

// 14:00 UTC on 3 March 2026 is 09:00 in Montréal (EST, UTC-5).
const WINTER_MORNING = '2026-03-03T14:00:00Z';
// 13:00 UTC on 10 March 2026 is 09:00 in Montréal too, after the switch to EDT (UTC-4).
const SUMMER_TIME_MORNING = '2026-03-10T13:00:00Z';
/** Spaces as a person reads them (the formatter uses no-break spaces). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('date and time formats', () => {
  it('shows a date in Quebec French and Canadian English, with « 1er » for the first of the month', () => {
    expect(plain(formatDate(WINTER_MORNING, 'fr-CA'))).toBe('3 mars 2026');
    expect(plain(formatDate('2026-12-01T15:00:00Z', 'fr-CA'))).toBe('1er déc. 2026');
    expect(formatDate(WINTER_MORNING, 'en-CA')).toBe('Mar 3, 2026');
  });

  it('writes hours the OQLF way in French (« 9 h », « 9 h 30 », « 14 h 05 »), with a.m./p.m. in English', () => {
    expect(plain(formatTime(WINTER_MORNING, 'fr-CA'))).toBe('9 h');
    expect(plain(formatTime('2026-03-03T14:30:00Z', 'fr-CA'))).toBe('9 h 30');
    expect(plain(formatTime('2026-03-03T19:05:00Z', 'fr-CA'))).toBe('14 h 05');
    expect(plain(formatTime('2026-03-03T05:00:00Z', 'fr-CA'))).toBe('0 h');
    expect(plain(formatTime(WINTER_MORNING, 'en-CA'))).toBe('9:00 a.m.');
    expect(plain(formatTime('2026-03-03T18:00:00Z', 'en-CA'))).toBe('1:00 p.m.');
    expect(plain(formatTime('2026-03-03T17:00:00Z', 'en-CA'))).toBe('12:00 p.m.');
    expect(plain(formatWallClock(0, 15, 'en-CA'))).toBe('12:15 a.m.');
  });

  it('never lets a time wrap in the middle', () => {
    expect(formatTime('2026-03-03T14:30:00Z', 'fr-CA')).not.toMatch(/ /);
    expect(formatTime(WINTER_MORNING, 'en-CA')).not.toMatch(/ /);
  });

  it('shows a date and time with the weekday people plan by', () => {
    expect(plain(formatDateTime(WINTER_MORNING, 'fr-CA'))).toBe('mar. 3 mars 2026, 9 h');
    expect(plain(formatDateTime(WINTER_MORNING, 'en-CA'))).toBe('Tue, Mar 3, 2026, 9:00 a.m.');
  });

  it('keeps 09:00 at 09:00 across the daylight-saving change', () => {
    expect(plain(formatTime(SUMMER_TIME_MORNING, 'fr-CA'))).toBe('9 h');
  });

  it('shows the time in the zone it is given', () => {
    expect(plain(formatTime(WINTER_MORNING, 'fr-CA', 'America/Vancouver'))).toBe('6 h');
    expect(formatDate('2026-03-03T02:00:00Z', 'en-CA', 'America/Toronto')).toBe('Mar 2, 2026');
  });

  it('accepts an instant written with an offset', () => {
    expect(plain(formatTime('2026-03-03T09:00:00-05:00', 'fr-CA'))).toBe('9 h');
  });

  it('refuses a date-time without a zone, which would be read in the browser’s zone', () => {
    expect(() => formatTime('2026-03-03T09:00:00', 'fr-CA')).toThrow(RangeError);
    expect(() => formatDate('not a date', 'en-CA')).toThrow(RangeError);
  });
});
