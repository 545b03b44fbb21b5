import { instantOf } from './blackout-period';

describe('instantOf', () => {
  it('reads a date and time on the site’s clock, winter or summer', () => {
    expect(instantOf('2026-12-24', '17:00', 'America/Toronto')).toBe('2026-12-24T17:00:00-05:00');
    expect(instantOf('2026-07-01', '00:00', 'America/Toronto')).toBe('2026-07-01T00:00:00-04:00');
    expect(instantOf('2026-07-01', '09:00', 'America/Vancouver')).toBe('2026-07-01T09:00:00-07:00');
  });

  it('gives nothing for an incomplete date or time', () => {
    expect(instantOf('', '17:00', 'America/Toronto')).toBeNull();
    expect(instantOf('2026-12-24', '', 'America/Toronto')).toBeNull();
  });
});
