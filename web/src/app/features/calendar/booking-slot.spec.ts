import { bookingSlotOf, nextHourIn } from './booking-slot';

describe('bookingSlotOf', () => {
  it('turns a selected time range into the booking’s local start and duration', () => {
    expect(bookingSlotOf('2026-06-17T10:00:00-04:00', '2026-06-17T11:30:00-04:00', false)).toEqual({
      start: '2026-06-17T10:00',
      durationMinutes: 90,
    });
  });

  it('books a day picked in the month view from 09:00 for an hour', () => {
    expect(bookingSlotOf('2026-06-17', '2026-06-18', true)).toEqual({ start: '2026-06-17T09:00', durationMinutes: 60 });
  });
});

describe('nextHourIn', () => {
  it('starts a new booking at the next full hour of the site’s clock', () => {
    expect(nextHourIn('America/Toronto', Date.parse('2026-06-17T14:20:00Z'))).toBe('2026-06-17T11:00');
    expect(nextHourIn('America/Toronto', Date.parse('2027-01-01T04:40:00Z'))).toBe('2027-01-01T00:00');
  });
});
