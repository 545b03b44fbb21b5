import { localDateOf, weekdayOfDate } from '../staff-time';

export interface FreeSlot {
  readonly start: string;
  readonly end: string;
}

/** The free slots of one day, in the employee's zone. */
export interface FreeSlotDay {
  readonly date: string;
  readonly weekday: number;
  readonly slots: readonly FreeSlot[];
}

const HALF_HOUR_MS = 30 * 60_000;

/** The free slots grouped by the day they start on in the employee's zone, in time order; days without a slot are left out. */
export function freeSlotDaysOf(slots: readonly FreeSlot[], timeZone: string): FreeSlotDay[] {
  const byDate = new Map<string, FreeSlot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const date = localDateOf(slot.start, timeZone);
    byDate.set(date, [...(byDate.get(date) ?? []), slot]);
  }
  return [...byDate.entries()].map(([date, daySlots]) => ({ date, weekday: weekdayOfDate(date), slots: daySlots }));
}

/**
 * The search window: from the next half hour (the API steps slots from the window's start, so
 * they fall on :00 and :30) for `days` days.
 */
export function freeSlotWindow(nowMs: number, days: number): { from: string; to: string } {
  const from = Math.ceil(nowMs / HALF_HOUR_MS) * HALF_HOUR_MS;
  return { from: new Date(from).toISOString(), to: new Date(from + days * 86_400_000).toISOString() };
}
