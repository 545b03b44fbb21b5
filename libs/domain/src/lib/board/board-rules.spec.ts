import fc from 'fast-check';
import { boardDateAfter, boardMatchSides, defaultBoardExpiry, isAcceptableBoardExpiry } from './board-rules';

describe('board rules', () => {
  it('expires 60 days after posting by default, across months and years', () => {
    expect(defaultBoardExpiry('2026-11-16')).toBe('2027-01-15');
    expect(defaultBoardExpiry('2028-01-01')).toBe('2028-03-01');
  });

  it('accepts an expiry from today to a year and a day ahead', () => {
    expect(isAcceptableBoardExpiry('2026-11-16', '2026-11-16')).toBe(true);
    expect(isAcceptableBoardExpiry('2026-11-16', '2026-11-15')).toBe(false);
    expect(isAcceptableBoardExpiry('2026-11-16', '2027-11-17')).toBe(true);
    expect(isAcceptableBoardExpiry('2026-11-16', '2027-11-18')).toBe(false);
  });

  it('the default expiry is always acceptable and after today', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        const today = d.toISOString().slice(0, 10);
        const expiry = defaultBoardExpiry(today);
        return expiry > today && isAcceptableBoardExpiry(today, expiry) && boardDateAfter(today, 0) === today;
      }),
    );
  });

  it('an offer gives from its author, a need receives for it', () => {
    expect(boardMatchSides('offer', 'a', 'b')).toEqual({ giving: 'a', receiving: 'b' });
    expect(boardMatchSides('need', 'a', 'b')).toEqual({ giving: 'b', receiving: 'a' });
    fc.assert(
      fc.property(fc.constantFrom('offer' as const, 'need' as const), fc.uuid(), fc.uuid(), (kind, a, b) => {
        const sides = boardMatchSides(kind, a, b);
        return new Set([sides.giving, sides.receiving]).size === new Set([a, b]).size;
      }),
    );
  });
});
