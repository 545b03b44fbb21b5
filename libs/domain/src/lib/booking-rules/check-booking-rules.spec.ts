import { checkBookingLimits, occurrencesOutsideHours, type BookingLimits } from './check-booking-rules';

const limits: BookingLimits = {
  minDurationMinutes: 30,
  maxDurationMinutes: 240,
  granularityMinutes: 15,
  minLeadMinutes: 60,
  maxAdvanceDays: 365,
};
const now = Date.parse('2026-03-02T12:00:00Z');
const booking = {
  durationMinutes: 60,
  startMinuteOfDay: 9 * 60,
  firstStartMs: now + 2 * 86_400_000,
  lastStartMs: now + 30 * 86_400_000,
  nowMs: now,
};

describe('checkBookingLimits', () => {
  it('accepts a booking within every limit', () => {
    expect(checkBookingLimits(limits, booking)).toEqual([]);
  });

  it('names each broken rule with its limit', () => {
    expect(checkBookingLimits(limits, { ...booking, durationMinutes: 15 })).toEqual([
      { rule: 'minDuration', limit: 30, actual: 15 },
    ]);
    expect(checkBookingLimits(limits, { ...booking, durationMinutes: 300 })).toEqual([
      { rule: 'maxDuration', limit: 240, actual: 300 },
    ]);
    expect(checkBookingLimits(limits, { ...booking, startMinuteOfDay: 9 * 60 + 10 })).toEqual([
      { rule: 'granularity', limit: 15, actual: 550 },
    ]);
    expect(checkBookingLimits(limits, { ...booking, firstStartMs: now + 30 * 60_000 })).toEqual([
      { rule: 'leadTime', limit: 60, actual: 30 },
    ]);
    expect(checkBookingLimits(limits, { ...booking, lastStartMs: now + 400 * 86_400_000 })).toEqual([
      { rule: 'maxAdvance', limit: 365, actual: 400 },
    ]);
  });

  it('refuses a start in the past as a lead-time violation', () => {
    expect(checkBookingLimits({ ...limits, minLeadMinutes: 0 }, { ...booking, firstStartMs: now - 60_000 })[0].rule).toBe(
      'leadTime',
    );
  });
});

describe('occurrencesOutsideHours', () => {
  // Monday to Friday 07:00–22:00, Saturday 09:00–17:00, Toronto time.
  const hours = [1, 2, 3, 4, 5]
    .map((weekday) => ({ weekday, start: '07:00', end: '22:00' }))
    .concat([{ weekday: 6, start: '09:00', end: '17:00' }]);
  const at = (iso: string, minutes: number) => ({ start: Date.parse(iso), end: Date.parse(iso) + minutes * 60_000 });

  it('accepts occurrences inside the opening hours, on both sides of a DST change', () => {
    expect(
      occurrencesOutsideHours(
        [at('2026-03-06T07:00:00-05:00', 60), at('2026-03-09T21:00:00-04:00', 60)],
        hours,
        'America/Toronto',
      ),
    ).toEqual([]);
  });

  it('returns those that start before opening, end after closing or fall on a closed day', () => {
    const early = at('2026-03-03T06:30:00-05:00', 60);
    const late = at('2026-03-07T16:30:00-05:00', 60);
    const sunday = at('2026-03-08T10:00:00-04:00', 60);
    expect(occurrencesOutsideHours([early, late, sunday], hours, 'America/Toronto')).toEqual([early, late, sunday]);
  });

  it('treats a site without opening hours as always open', () => {
    expect(occurrencesOutsideHours([at('2026-03-08T03:00:00-04:00', 60)], [], 'America/Toronto')).toEqual([]);
  });
});
