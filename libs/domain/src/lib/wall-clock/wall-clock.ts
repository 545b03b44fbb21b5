import { IANAZone } from 'luxon';

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

/** The 'YYYY-MM-DD' day `days` after (or before, when negative) a 'YYYY-MM-DD' day. */
export function addDaysToDate(day: string, days: number): string {
  const date = parseLocalDate(day);
  if (!date) throw new RangeError(`Not a date: '${day}'`);
  return formatLocalDate(addDays(date, days));
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(wallClock: WallClock): number {
  return ((new Date(toFieldsAsUtc(wallClock)).getUTCDay() + 6) % 7) + 1;
}

/** The zone, or undefined when the name is not an IANA zone known to this runtime. */
export function resolveTimeZone(name: string): IANAZone | undefined {
  if (typeof name !== 'string') return undefined;
  // luxon's isValidZone builds an Intl formatter on every call (~0.1 ms): a calendar of a few
  // hundred occurrences spent most of its time here. Zone validity does not change at run time.
  if (!resolvedZones.has(name)) resolvedZones.set(name, IANAZone.isValidZone(name) ? IANAZone.create(name) : undefined);
  return resolvedZones.get(name);
}

const resolvedZones = new Map<string, IANAZone | undefined>();

/** The Monday of the week of a 'YYYY-MM-DD' day (weeks start on Monday, as in Quebec's calendars). */
export function mondayOf(day: string): string {
  const date = parseLocalDate(day);
  if (!date) throw new RangeError(`Not a date: '${day}'`);
  return formatLocalDate(addDays(date, 1 - isoWeekday(date)));
}
