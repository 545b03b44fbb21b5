import { availabilityWindow, localDateOf } from './availability-window';

describe('availabilityWindow', () => {
  it('runs from midnight on the first day to midnight after the last, in the site’s zone', () => {
    expect(availabilityWindow('2027-02-09', '2027-02-10', 'America/Toronto')).toEqual({
      from: '2027-02-09T00:00:00-05:00',
      to: '2027-02-11T00:00:00-05:00',
    });
  });

  it('is one day when the end is left empty, 25 hours on the day the clocks go back', () => {
    expect(availabilityWindow('2027-11-07', '', 'America/Toronto')).toEqual({
      from: '2027-11-07T00:00:00-04:00',
      to: '2027-11-08T00:00:00-05:00',
    });
  });

  it('is null for a missing date or an end before the start', () => {
    expect(availabilityWindow('', '', 'America/Toronto')).toBeNull();
    expect(availabilityWindow('2027-02-10', '2027-02-09', 'America/Toronto')).toBeNull();
  });

  it('reads today as the site’s date, not the browser’s', () => {
    // 02:30 UTC on February 10 is still February 9 in Montréal.
    expect(localDateOf(Date.parse('2027-02-10T02:30:00Z'), 'America/Toronto')).toBe('2027-02-09');
  });
});
