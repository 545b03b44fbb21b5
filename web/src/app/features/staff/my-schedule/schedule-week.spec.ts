import { aLeave, aStaffOccurrence } from '../staff-testing';
import { scheduleWeekOf } from './schedule-week';

describe('scheduleWeekOf', () => {
  const base = { monday: '2026-03-02', timeZone: 'America/Toronto' };

  it('lays out seven days from Monday with working time and requests on the day they start, in time order', () => {
    const days = scheduleWeekOf({
      ...base,
      occurrences: [
        aStaffOccurrence({ id: 'late', start: '2026-03-05T14:00:00-05:00', end: '2026-03-05T15:00:00-05:00' }),
        aStaffOccurrence({ id: 'early', start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T10:00:00-05:00' }),
      ],
      workingTime: [
        { start: '2026-03-03T13:00:00-05:00', end: '2026-03-03T17:00:00-05:00' },
        { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T12:00:00-05:00' },
      ],
      leave: [],
    });

    expect(days.map((day) => [day.date, day.weekday])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-03', 2],
      ['2026-03-04', 3],
      ['2026-03-05', 4],
      ['2026-03-06', 5],
      ['2026-03-07', 6],
      ['2026-03-08', 7],
    ]);
    expect(days[1].working.map((range) => range.start)).toEqual(['2026-03-03T09:00:00-05:00', '2026-03-03T13:00:00-05:00']);
    expect(days[3].occurrences.map((occurrence) => occurrence.id)).toEqual(['early', 'late']);
    expect(days[0].occurrences).toEqual([]);
  });

  it('places a late-evening request on its local day, not the UTC one', () => {
    const days = scheduleWeekOf({
      ...base,
      occurrences: [aStaffOccurrence({ start: '2026-03-04T20:00:00-05:00', end: '2026-03-04T21:00:00-05:00' })],
      workingTime: [],
      leave: [],
    });

    expect(days[2].occurrences).toHaveLength(1);
    expect(days[3].occurrences).toHaveLength(0);
  });

  it('shows leave on every day it touches and flags the requests it overlaps', () => {
    const days = scheduleWeekOf({
      ...base,
      occurrences: [
        aStaffOccurrence({ id: 'during', start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T10:00:00-05:00' }),
        aStaffOccurrence({ id: 'before', start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T10:00:00-05:00' }),
      ],
      workingTime: [],
      leave: [aLeave({ start: '2026-03-04T12:00:00-05:00', end: '2026-03-06T00:00:00-05:00' })],
    });

    expect(days.map((day) => day.leave.length)).toEqual([0, 0, 1, 1, 0, 0, 0]);
    expect(days[3].occurrences[0].duringLeave).toBe(true);
    expect(days[1].occurrences[0].duringLeave).toBe(false);
  });

  it('leaves out cancelled, declined and expired requests', () => {
    const days = scheduleWeekOf({
      ...base,
      occurrences: [
        aStaffOccurrence({ id: 'a', status: 'confirmed' }),
        aStaffOccurrence({ id: 'b', status: 'declined' }),
        aStaffOccurrence({ id: 'c', status: 'cancelled' }),
        aStaffOccurrence({ id: 'd', status: 'expired' }),
      ],
      workingTime: [],
      leave: [],
    });

    expect(days[3].occurrences.map((occurrence) => occurrence.id)).toEqual(['a']);
  });
});
