/**
 * Occupancy: booked ÷ open, between 0 and 1. Bookings are checked against opening hours when made,
 * so booked time lies within open time except when a closure is added afterwards; the rate is then
 * capped at full rather than claiming more than 100 %. No open time means no occupancy (0).
 */
export function occupancyRate(bookedMinutes: number, openMinutes: number): number {
  if (!(openMinutes > 0) || !(bookedMinutes > 0)) return 0;
  return Math.min(1, bookedMinutes / openMinutes);
}

/**
 * Utilisation of a pooled employee: worked ÷ contracted. Above 1 is overtime and is shown as such;
 * with no contracted time there is no rate (null), never a division by zero.
 */
export function utilisationRate(workedMinutes: number, contractedMinutes: number): number | null {
  if (!(contractedMinutes > 0)) return null;
  return Math.max(0, workedMinutes) / contractedMinutes;
}

/** The change from a previous figure, as a ratio (0.25 = +25 %); null when there was nothing to compare with. */
export function relativeChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}
