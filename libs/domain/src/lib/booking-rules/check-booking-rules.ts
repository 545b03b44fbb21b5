import type { Interval } from '../intervals/interval';
import { WeeklyHours, type WorkingHours } from '../intervals/weekly-availability';

/** The limits a resource puts on one booking. */
export interface BookingLimits {
  minDurationMinutes: number;
  maxDurationMinutes: number;
  /** Starts and durations are multiples of this many minutes (starts counted from local midnight). */
  granularityMinutes: number;
  /** How long before its start a booking may still be made. */
  minLeadMinutes: number;
  /** How far ahead a booking may start. */
  maxAdvanceDays: number;
}

export interface BookingRuleViolation {
  rule: 'minDuration' | 'maxDuration' | 'granularity' | 'leadTime' | 'maxAdvance';
  /** The resource's limit, in the rule's unit (minutes, or days for maxAdvance). */
  limit: number;
  actual: number;
}

export interface ProposedBooking {
  durationMinutes: number;
  /** Minutes since local midnight of the (first) start, e.g. 09:30 → 570. */
  startMinuteOfDay: number;
  firstStartMs: number;
  lastStartMs: number;
  nowMs: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Every rule the proposed booking breaks; an empty list means it may be booked. */
export function checkBookingLimits(limits: BookingLimits, booking: ProposedBooking): BookingRuleViolation[] {
  const violations: BookingRuleViolation[] = [];
  const { durationMinutes } = booking;
  if (durationMinutes < limits.minDurationMinutes) {
    violations.push({ rule: 'minDuration', limit: limits.minDurationMinutes, actual: durationMinutes });
  }
  if (durationMinutes > limits.maxDurationMinutes) {
    violations.push({ rule: 'maxDuration', limit: limits.maxDurationMinutes, actual: durationMinutes });
  }
  const misalignedStart = booking.startMinuteOfDay % limits.granularityMinutes;
  const misalignedDuration = durationMinutes % limits.granularityMinutes;
  if (misalignedStart !== 0 || misalignedDuration !== 0) {
    violations.push({
      rule: 'granularity',
      limit: limits.granularityMinutes,
      actual: misalignedStart !== 0 ? booking.startMinuteOfDay : durationMinutes,
    });
  }
  const leadMinutes = Math.floor((booking.firstStartMs - booking.nowMs) / MINUTE_MS);
  if (leadMinutes < limits.minLeadMinutes) {
    violations.push({ rule: 'leadTime', limit: limits.minLeadMinutes, actual: leadMinutes });
  }
  const advanceDays = (booking.lastStartMs - booking.nowMs) / DAY_MS;
  if (advanceDays > limits.maxAdvanceDays) {
    violations.push({ rule: 'maxAdvance', limit: limits.maxAdvanceDays, actual: Math.ceil(advanceDays) });
  }
  return violations;
}

/**
 * The occurrences that do not fit entirely inside the weekly opening hours, read on the
 * site's clock (so 07:00–22:00 stays 07:00–22:00 across DST). No hours at all means always open.
 */
export function occurrencesOutsideHours<T extends Interval>(
  occurrences: readonly T[],
  hours: readonly WorkingHours[],
  timeZone: string,
): T[] {
  if (hours.length === 0 || occurrences.length === 0) return [];
  const open = new WeeklyHours(timeZone, hours);
  return occurrences.filter((occurrence) => !open.covers(occurrence));
}
