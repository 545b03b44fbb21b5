import { findFreeSlots } from './find-free-slots';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Hours after an arbitrary midnight, to keep the examples readable. */
const at = (hours: number) => hours * HOUR;
const span = (startHour: number, endHour: number) => ({ start: at(startHour), end: at(endHour) });

describe('findFreeSlots', () => {
  it('offers every step-aligned slot of working hours that is not busy', () => {
    const slots = findFreeSlots({
      availability: [span(9, 12)],
      busy: [span(10, 11)],
      durationMinutes: 60,
      window: span(0, 24),
      stepMinutes: 30,
    });
    expect(slots).toEqual([span(9, 10), span(11, 12)]);
  });

  it('keeps the new booking’s set-up and clean-up time clear of existing bookings', () => {
    const slots = findFreeSlots({
      availability: [span(9, 13)],
      busy: [span(11, 12)],
      durationMinutes: 60,
      window: span(0, 24),
      stepMinutes: 15,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 30,
    });
    // 09:00–10:00 + 30 min clean-up ends 10:30 ≤ 11:00; 10:15 would end its clean-up at 11:45.
    expect(slots.map((slot) => slot.start)).toEqual([at(9), at(9) + 15 * MINUTE, at(9) + 30 * MINUTE]);
  });

  it('starts slots on step boundaries counted from the window start', () => {
    const slots = findFreeSlots({
      availability: [{ start: at(9) + 10 * MINUTE, end: at(11) }],
      busy: [],
      durationMinutes: 30,
      window: span(8, 18),
      stepMinutes: 30,
    });
    expect(slots).toEqual([
      { start: at(9) + 30 * MINUTE, end: at(10) },
      { start: at(10), end: at(10) + 30 * MINUTE },
      { start: at(10) + 30 * MINUTE, end: at(11) },
    ]);
  });

  it('stays inside the window even when availability is wider', () => {
    const slots = findFreeSlots({
      availability: [span(0, 24)],
      busy: [],
      durationMinutes: 60,
      window: span(9, 11),
      stepMinutes: 60,
    });
    expect(slots).toEqual([span(9, 10), span(10, 11)]);
  });

  it('offers nothing when no gap is long enough', () => {
    const slots = findFreeSlots({
      availability: [span(9, 10)],
      busy: [],
      durationMinutes: 90,
      window: span(0, 24),
      stepMinutes: 15,
    });
    expect(slots).toEqual([]);
  });

  it('joins touching availability (a morning and an afternoon block) into one', () => {
    const slots = findFreeSlots({
      availability: [span(9, 12), span(12, 15)],
      busy: [],
      durationMinutes: 120,
      window: span(0, 24),
      stepMinutes: 60,
    });
    expect(slots.map((slot) => slot.start)).toContain(at(11));
  });

  it('stops after `limit` slots', () => {
    const slots = findFreeSlots({
      availability: [span(0, 24)],
      busy: [],
      durationMinutes: 30,
      window: span(0, 24),
      stepMinutes: 30,
      limit: 3,
    });
    expect(slots).toHaveLength(3);
  });

  it('refuses a zero duration or step', () => {
    const input = { availability: [], busy: [], window: span(0, 1) };
    expect(() => findFreeSlots({ ...input, durationMinutes: 0, stepMinutes: 15 })).toThrow(RangeError);
    expect(() => findFreeSlots({ ...input, durationMinutes: 30, stepMinutes: 0 })).toThrow(RangeError);
  });
});
