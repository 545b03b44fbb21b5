import { minutesBetween } from './minutes-between';

describe('minutesBetween', () => {
  it('counts the minutes of an occurrence', () => {
    expect(minutesBetween('2026-06-17T10:00:00-04:00', '2026-06-17T11:30:00-04:00')).toBe(90);
  });
});
