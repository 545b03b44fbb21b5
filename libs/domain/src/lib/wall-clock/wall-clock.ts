import { DateTime, IANAZone } from 'luxon';

/**
 * A local date and time as read on a clock in some time zone, to the minute.
 * It is not an instant: the same wall clock happens at different instants in different zones,
 * and once or never on DST days.
 */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const WALL_CLOCK_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?$/;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads 'YYYY-MM-DDTHH:mm' (a trailing ':00' is tolerated); undefined when malformed or not a real date. */
export function parseWallClock(text: string): WallClock | undefined {
  const match = WALL_CLOCK_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wallClock = { year, month, day, hour, minute };
  return isRealWallClock(wallClock) ? wallClock : undefined;
}

/** Reads 'YYYY-MM-DD'; undefined when malformed or not a real date. */
export function parseLocalDate(text: string): WallClock | undefined {
  const match = LOCAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const wallClock = { year, month, day, hour: 0, minute: 0 };
  return isRealWallClock(wallClock) ? wallClock : undefined;
}

function isRealWallClock(wallClock: WallClock): boolean {
  if (wallClock.hour > 23 || wallClock.minute > 59) return false;
  const roundTrip = fromFieldsAsUtc(toFieldsAsUtc(wallClock));
  return roundTrip.year === wallClock.year && roundTrip.month === wallClock.month && roundTrip.day === wallClock.day;
}

/** 'YYYY-MM-DDTHH:mm' */
export function formatWallClock(wallClock: WallClock): string {
  return `${formatLocalDate(wallClock)}T${pad2(wallClock.hour)}:${pad2(wallClock.minute)}`;
}

/** 'YYYY-MM-DD' */
export function formatLocalDate(wallClock: WallClock): string {
  return `${String(wallClock.year).padStart(4, '0')}-${pad2(wallClock.month)}-${pad2(wallClock.day)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The wall clock's fields packed into a UTC timestamp, i.e. milliseconds as if the zone were UTC.
 * It makes calendar arithmetic (add days, compare, weekday) independent of the process time zone.
 */
export function toFieldsAsUtc(wallClock: WallClock): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(wallClock.year, wallClock.month - 1, wallClock.day);
  date.setUTCHours(wallClock.hour, wallClock.minute, 0, 0);
  return date.getTime();
}

export function fromFieldsAsUtc(fieldsAsUtc: number): WallClock {
  const date = new Date(fieldsAsUtc);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

export function addDays(wallClock: WallClock, days: number): WallClock {
  return fromFieldsAsUtc(toFieldsAsUtc(wallClock) + days * DAY_MS);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(wallClock: WallClock): number {
  return ((new Date(toFieldsAsUtc(wallClock)).getUTCDay() + 6) % 7) + 1;
}

/** The zone, or undefined when the name is not an IANA zone known to this runtime. */
export function resolveTimeZone(name: string): IANAZone | undefined {
  if (typeof name !== 'string' || !IANAZone.isValidZone(name)) return undefined;
  return IANAZone.create(name);
}

/** The wall clock shown in `zone` at an instant. */
export function instantToWallClock(instantMs: number, zone: IANAZone): WallClock {
  return fromFieldsAsUtc(instantMs + zone.offset(instantMs) * MINUTE_MS);
}

/**
 * The instant at which `zone` shows this wall clock, resolved as RFC 5545 §3.3.5 says:
 * - a time that happens twice (fall back) means its FIRST occurrence (the earlier instant);
 * - a time that never happens (spring forward gap) is read with the offset in force before
 *   the gap, so 02:30 on a spring-forward day becomes 03:30 after the change.
 * Luxon alone picks the ambiguous instant from the offset in force *today*, so the result
 * would depend on when the code runs; hence this explicit resolution.
 */
export function wallClockToInstant(wallClock: WallClock, zone: IANAZone): number {
  const fieldsAsUtc = toFieldsAsUtc(wallClock);
  // Offsets stay within ±14 h, so the offsets a day either side bracket any transition
  // that could concern this wall clock (zones change offset at most once in two days).
  const offsetBefore = zone.offset(fieldsAsUtc - DAY_MS);
  const offsetAfter = zone.offset(fieldsAsUtc + DAY_MS);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => fieldsAsUtc - offset * MINUTE_MS)
    .filter((instant) => fieldsAsUtc === instant + zone.offset(instant) * MINUTE_MS)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0];
  return fieldsAsUtc - offsetBefore * MINUTE_MS;
}

/**
 * ISO-8601 with the zone's offset and no milliseconds, e.g. '2026-03-10T09:00:00-04:00'.
 */
export function formatInstant(instantMs: number, zone: IANAZone): string {
  const iso = DateTime.fromMillis(instantMs, { zone }).toISO({ suppressMilliseconds: true });
  if (iso === null) throw new RangeError(`Cannot format instant ${instantMs} in ${zone.name}`);
  return iso;
}
