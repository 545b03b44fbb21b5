import { wallClockOf, zoneOf } from './zone-wall-clock';

describe('wallClockOf', () => {
  it('reads an instant as the wall clock of the resource’s zone', () => {
    expect(wallClockOf('2026-06-17T14:00:00Z', 'America/Toronto')).toBe('2026-06-17T10:00');
    expect(wallClockOf('2026-12-17T15:00:00Z', 'America/Toronto')).toBe('2026-12-17T10:00');
    expect(wallClockOf(Date.parse('2026-06-17T14:00:00Z'), 'America/Vancouver')).toBe('2026-06-17T07:00');
  });

  it('falls back to Montréal’s zone for a name it does not know', () => {
    expect(zoneOf('Nowhere/Atlantis').name).toBe('America/Toronto');
    expect(wallClockOf('2026-06-17T14:00:00Z', 'Nowhere/Atlantis')).toBe('2026-06-17T10:00');
  });
});
