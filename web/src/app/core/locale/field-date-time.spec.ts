import { fieldPattern, formatFieldValue, parseFieldValue } from './field-date-time';

describe('date and time fields in the app’s language', () => {
  it('shows a date year first in both languages, a time the French or the English way', () => {
    expect(formatFieldValue('2026-12-07', 'date', 'fr-CA')).toBe('2026-12-07');
    expect(formatFieldValue('2026-12-07', 'date', 'en-CA')).toBe('2026-12-07');
    expect(formatFieldValue('13:30', 'time', 'fr-CA')).toBe('13 h 30');
    expect(formatFieldValue('09:00', 'time', 'fr-CA')).toBe('9 h');
    expect(formatFieldValue('13:30', 'time', 'en-CA')).toBe('1:30 p.m.');
    expect(formatFieldValue('00:05', 'time', 'en-CA')).toBe('12:05 a.m.');
    expect(formatFieldValue('2026-12-07T10:00', 'datetime-local', 'en-CA')).toBe('2026-12-07 10:00 a.m.');
    expect(formatFieldValue('', 'time', 'fr-CA')).toBe('');
  });

  it('reads the times people type: 24-hour in both languages, a.m./p.m. in English only', () => {
    for (const typed of ['13:30', '13 h 30', '13h30', '1330', '13 H 30'])
      expect(parseFieldValue(typed, 'time', 'fr-CA')).toBe('13:30');
    expect(parseFieldValue('13 h', 'time', 'fr-CA')).toBe('13:00');
    expect(parseFieldValue('9:05', 'time', 'fr-CA')).toBe('09:05');
    for (const typed of ['1:30 p.m.', '1:30 pm', '1:30PM', '13:30'])
      expect(parseFieldValue(typed, 'time', 'en-CA')).toBe('13:30');
    expect(parseFieldValue('12 a.m.', 'time', 'en-CA')).toBe('00:00');
    expect(parseFieldValue('12:15 p.m.', 'time', 'en-CA')).toBe('12:15');
    expect(parseFieldValue('1:30 pm', 'time', 'fr-CA')).toBeNull();
    for (const typed of ['9', '25:00', '13:75', '13 p.m.', 'midi']) expect(parseFieldValue(typed, 'time', 'en-CA')).toBeNull();
  });

  it('reads a date year first and refuses one in another order or that does not exist', () => {
    for (const typed of ['2026-12-07', '2026/12/07', '20261207', '2026-12-7', ' 2026.12.07 ']) {
      expect(parseFieldValue(typed, 'date', 'fr-CA')).toBe('2026-12-07');
    }
    for (const typed of ['12/07/2026', '07-12-2026', '2026-02-30', '2026-13-01', '61211-02-02', 'demain']) {
      expect(parseFieldValue(typed, 'date', 'en-CA')).toBeNull();
    }
  });

  it('reads a date and a time together', () => {
    expect(parseFieldValue('2026-12-07 13 h 30', 'datetime-local', 'fr-CA')).toBe('2026-12-07T13:30');
    expect(parseFieldValue('2026-12-07 1:30 p.m.', 'datetime-local', 'en-CA')).toBe('2026-12-07T13:30');
    expect(parseFieldValue('2026-12-07T13:30', 'datetime-local', 'en-CA')).toBe('2026-12-07T13:30');
    expect(parseFieldValue('2026-12-07', 'datetime-local', 'en-CA')).toBeNull();
  });

  it('shows the expected shape while empty', () => {
    expect(fieldPattern('date', 'fr-CA')).toBe('aaaa-mm-jj');
    expect(fieldPattern('time', 'en-CA')).toBe('hh:mm a.m.');
  });
});
