import { localWallClockOf, minutesBetween } from './local-wall-clock';

describe('localWallClockOf', () => {
  it('reads an instant as the wall clock of the room’s zone', () => {
    expect(localWallClockOf('2026-06-17T14:00:00Z', 'America/Toronto')).toBe('2026-06-17T10:00');
    expect(localWallClockOf('2026-12-17T15:00:00Z', 'America/Toronto')).toBe('2026-12-17T10:00');
    expect(localWallClockOf('2026-06-17T14:00:00Z', 'America/Vancouver')).toBe('2026-06-17T07:00');
  });

  it('counts the minutes of an occurrence', () => {
    expect(minutesBetween('2026-06-17T10:00:00-04:00', '2026-06-17T11:30:00-04:00')).toBe(90);
  });
});
