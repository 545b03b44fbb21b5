import { formatDate, formatKey, formatMoney, formatPeriod, formatSharePercent, lastDayInclusive } from './export-labels';

describe('export labels', () => {
  it('shows the last day of a period whose end is exclusive, across months and leap years', () => {
    expect(lastDayInclusive('2025-04-01')).toBe('2025-03-31');
    expect(lastDayInclusive('2024-03-01')).toBe('2024-02-29');
    expect(lastDayInclusive('2026-01-01')).toBe('2025-12-31');
  });

  it('writes periods as people read them in each language', () => {
    expect(formatPeriod('2025-01-01', '2025-04-01', 'fr')).toBe('du 1er janvier 2025 au 31 mars 2025');
    expect(formatPeriod('2025-01-01', '2025-04-01', 'en')).toBe('January 1, 2025 to March 31, 2025');
    expect(formatPeriod('2025-03-14', '2025-03-15', 'fr')).toBe('14 mars 2025');
  });

  it('writes « 1er » only for the first of the month', () => {
    expect(formatDate('2025-02-01', 'fr')).toBe('1er février 2025');
    expect(formatDate('2025-02-11', 'fr')).toBe('11 février 2025');
  });

  it('writes Canadian dollars and shares the way each language does', () => {
    expect(formatMoney(123_456, 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe('1 234,56 $');
    expect(formatMoney(123_456, 'en')).toBe('$1,234.56');
    expect(formatSharePercent(33.33, 'fr')).toBe('33,33\u00a0%');
    expect(formatSharePercent(33.33, 'en')).toBe('33.33%');
  });

  it('names the fallback rule applied when a key had nothing to weigh', () => {
    expect(formatKey({ key: 'usage_share', fallbackApplied: 'equal_split' }, 'fr')).toBe(
      'Part d’utilisation (repli : parts égales)',
    );
    expect(formatKey({ key: 'hourly_rate' }, 'en')).toBe('Hourly rate');
  });
});
