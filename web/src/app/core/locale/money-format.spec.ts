import { formatMoney } from './money-format';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('formats cents as Quebec French dollars, with no-break spaces between thousands and before the dollar sign', () => {
    expect(formatMoney(123456, 'fr-CA')).toBe(`1${NBSP}234,56${NBSP}$`);
  });

  it('formats cents as Canadian English dollars', () => {
    expect(formatMoney(123456, 'en-CA')).toBe('$1,234.56');
  });

  it('always shows two decimals', () => {
    expect(formatMoney(500, 'fr-CA')).toBe(`5,00${NBSP}$`);
    expect(formatMoney(5, 'en-CA')).toBe('$0.05');
  });

  it('puts the minus sign first for negative amounts in both languages', () => {
    expect(formatMoney(-123456, 'fr-CA')).toBe(`-1${NBSP}234,56${NBSP}$`);
    expect(formatMoney(-123456, 'en-CA')).toBe('-$1,234.56');
  });

  it('never shows a negative zero', () => {
    expect(formatMoney(-0, 'fr-CA')).toBe(`0,00${NBSP}$`);
  });

  it('keeps every cent of large amounts', () => {
    expect(formatMoney(123456789012, 'en-CA')).toBe('$1,234,567,890.12');
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => formatMoney(12.5, 'fr-CA')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'en-CA')).toThrow(RangeError);
  });
});
