import { centsToDollars, dollarsToCents } from './money-input';

describe('amounts typed in dollars', () => {
  it('reads French amounts into integer cents, without floating-point drift', () => {
    expect(dollarsToCents('5200', 'fr')).toBe(520000);
    expect(dollarsToCents('5 200,50', 'fr')).toBe(520050);
    expect(dollarsToCents('1 234,56 $', 'fr')).toBe(123456);
    expect(dollarsToCents('0,1', 'fr')).toBe(10);
    expect(dollarsToCents('19,99', 'fr')).toBe(1999);
    expect(dollarsToCents('1005,07', 'fr')).toBe(100507);
  });

  it('reads English amounts, thousands separated by commas', () => {
    expect(dollarsToCents('$1,234.56', 'en')).toBe(123456);
    expect(dollarsToCents('12,345,678', 'en')).toBe(1234567800);
    expect(dollarsToCents('45.5', 'en')).toBe(4550);
    expect(dollarsToCents('0.29', 'en')).toBe(29);
  });

  it('refuses what is not an amount of dollars and cents', () => {
    expect(dollarsToCents('', 'fr')).toBeNull();
    expect(dollarsToCents('-5', 'fr')).toBeNull();
    expect(dollarsToCents('4,555', 'fr')).toBeNull();
    expect(dollarsToCents('1,234', 'fr')).toBeNull();
    expect(dollarsToCents('1e3', 'en')).toBeNull();
    expect(dollarsToCents('cinquante', 'fr')).toBeNull();
    expect(dollarsToCents('1234567890', 'fr')).toBeNull();
  });

  it('shows cents with the language’s decimal separator, and reads them back unchanged', () => {
    expect(centsToDollars(520050, 'fr')).toBe('5200,50');
    expect(centsToDollars(520050, 'en')).toBe('5200.50');
    expect(centsToDollars(7, 'fr')).toBe('0,07');
    expect(centsToDollars(null, 'fr')).toBe('');
    for (const cents of [0, 1, 99, 100, 123456, 99999999999]) {
      expect(dollarsToCents(centsToDollars(cents, 'fr'), 'fr')).toBe(cents);
      expect(dollarsToCents(centsToDollars(cents, 'en'), 'en')).toBe(cents);
    }
  });
});
