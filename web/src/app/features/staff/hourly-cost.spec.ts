import { centsToDollars, dollarsToCents } from './hourly-cost';

describe('hourly cost in dollars and cents', () => {
  it('reads dollars as people type them into integer cents, without floating-point drift', () => {
    expect(dollarsToCents('45')).toBe(4500);
    expect(dollarsToCents('45,50')).toBe(4550);
    expect(dollarsToCents('45.5')).toBe(4550);
    expect(dollarsToCents('19,99')).toBe(1999);
    expect(dollarsToCents('1 234,56 $')).toBe(123456);
    expect(dollarsToCents('$12.34')).toBe(1234);
  });

  it('refuses what is not an amount', () => {
    expect(dollarsToCents('')).toBeNull();
    expect(dollarsToCents('-5')).toBeNull();
    expect(dollarsToCents('4,555')).toBeNull();
    expect(dollarsToCents('quarante')).toBeNull();
  });

  it('shows cents with the language’s decimal separator, and reads them back', () => {
    expect(centsToDollars(4550, 'fr')).toBe('45,50');
    expect(centsToDollars(4550, 'en')).toBe('45.50');
    expect(centsToDollars(5, 'fr')).toBe('0,05');
    expect(centsToDollars(null, 'fr')).toBe('');
    expect(dollarsToCents(centsToDollars(123456, 'fr'))).toBe(123456);
  });
});
