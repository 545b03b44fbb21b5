import { centsToDollars, dollarsToCents } from './hourly-rate';

describe('dollarsToCents', () => {
  it.each([
    ['25', 2500],
    ['25,50', 2550],
    ['25.5', 2550],
    ['19,99', 1999],
    ['0,07', 7],
    ['1 234,56', 123456],
    ['1\u00a0234,56 $', 123456],
    ['$40', 4000],
    ['0', 0],
  ])('reads « %s » as %i cents', (text, cents) => {
    expect(dollarsToCents(text)).toBe(cents);
  });

  it.each(['', 'vingt', '-5', '12,345', '12,', '1.2.3'])('refuses « %s »', (text) => {
    expect(dollarsToCents(text)).toBeNull();
  });
});

describe('centsToDollars', () => {
  it('shows cents as dollars with the language’s decimal separator', () => {
    expect(centsToDollars(2550, 'fr')).toBe('25,50');
    expect(centsToDollars(2550, 'en')).toBe('25.50');
    expect(centsToDollars(7, 'fr')).toBe('0,07');
  });

  it('shows no rate as an empty field, and round-trips every amount', () => {
    expect(centsToDollars(null, 'fr')).toBe('');
    for (const cents of [0, 1, 99, 100, 2550, 123456]) {
      expect(dollarsToCents(centsToDollars(cents, 'fr'))).toBe(cents);
      expect(dollarsToCents(centsToDollars(cents, 'en'))).toBe(cents);
    }
  });
});
