import { FixedClock, SystemClock } from './clock';

describe('Clock', () => {
  it('a fixed clock stands still until it is moved', () => {
    const clock = new FixedClock(Date.UTC(2027, 0, 4, 14));
    expect(clock.now().toISOString()).toBe('2027-01-04T14:00:00.000Z');
    clock.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2027-01-04T15:30:00.000Z');
    clock.set(new Date('2027-02-01T00:00:00Z'));
    expect(clock.nowMs()).toBe(Date.UTC(2027, 1, 1));
  });

  it('the system clock follows the machine', () => {
    const before = Date.now();
    const read = new SystemClock().nowMs();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});
