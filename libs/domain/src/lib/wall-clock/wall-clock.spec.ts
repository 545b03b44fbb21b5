import {
  addDaysToDate,
  formatWallClock,
  isoWeekday,
  mondayOf,
  parseLocalDate,
  parseWallClock,
  resolveTimeZone,
} from './wall-clock';

describe('parseWallClock', () => {
  it('reads a local date and time to the minute', () => {
    expect(parseWallClock('2026-03-10T09:05')).toEqual({ year: 2026, month: 3, day: 10, hour: 9, minute: 5 });
  });

  it('tolerates zero seconds', () => {
    expect(parseWallClock('2026-03-10T09:05:00')).toEqual(parseWallClock('2026-03-10T09:05'));
  });

  it.each([
    '2026-02-30T09:00',
    '2026-13-01T09:00',
    '2026-03-10T24:00',
    '2026-03-10 09:00',
    '2026-03-10T09:00Z',
    '2026-03-10',
    '',
  ])('rejects %p', (text) => {
    expect(parseWallClock(text)).toBeUndefined();
  });
});

describe('parseLocalDate', () => {
  it('reads a date and rejects impossible ones', () => {
    expect(parseLocalDate('2028-02-29')).toMatchObject({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2027-02-29')).toBeUndefined();
  });
});

describe('isoWeekday and formatWallClock', () => {
  it('counts Monday as 1 and Sunday as 7 whatever the process zone', () => {
    expect(isoWeekday(parseWallClock('2026-03-09T00:00')!)).toBe(1);
    expect(isoWeekday(parseWallClock('2026-03-08T23:59')!)).toBe(7);
    expect(formatWallClock(parseWallClock('0999-01-02T03:04')!)).toBe('0999-01-02T03:04');
  });
});

describe('resolveTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(resolveTimeZone('America/Toronto')?.name).toBe('America/Toronto');
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(resolveTimeZone('+05:00')).toBeUndefined();
  });
});

describe('mondayOf', () => {
  it('gives the Monday of the week, across months and years', () => {
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('addDaysToDate', () => {
  it('counts days across months, leap days and years, both ways', () => {
    expect(addDaysToDate('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToDate('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDaysToDate('2026-03-08', 7)).toBe('2026-03-15');
  });

  it('refuses what is not a date', () => {
    expect(() => addDaysToDate('2026-13-01', 1)).toThrow(RangeError);
  });
});
