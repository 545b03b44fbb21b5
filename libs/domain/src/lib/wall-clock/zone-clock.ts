import { DateTime, type IANAZone } from 'luxon';
import { formatWallClock, fromFieldsAsUtc, toFieldsAsUtc, type WallClock } from './wall-clock';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MAX_REMEMBERED_SPANS = 8;

/**
 * Conversions between wall clocks and instants in one zone.
 *
 * Each offset lookup is an Intl call costing several microseconds, and an expansion needs
 * thousands, so a clock remembers spans of constant offset it has seen: two lookups at most a
 * span apart that give the same offset prove that the span has no change, since no zone
 * changes its offset twice within two days. Use one clock per computation (it only grows).
 */
export class ZoneClock {
  private readonly constantSpans: Array<{ from: number; to: number; offset: number }> = [];
  /** The year of offsets last looked up: series and calendars stay in one year for many lookups. */
  private year: YearOffsets | undefined;

  constructor(readonly zone: IANAZone) {}

  /** The zone's UTC offset in minutes at an instant. */
  offsetAt(instantMs: number): number {
    for (let index = this.constantSpans.length - 1; index >= 0; index -= 1) {
      const span = this.constantSpans[index];
      if (span.from <= instantMs && instantMs <= span.to) return span.offset;
    }
    const year =
      this.year && this.year.from <= instantMs && instantMs < this.year.to ? this.year : yearOffsetsAt(this.zone, instantMs);
    if (!year) return zoneOffset(this.zone, instantMs);
    this.year = year;
    return offsetIn(year, instantMs);
  }

  /**
   * The instant at which the zone shows this wall clock, resolved as RFC 5545 §3.3.5 says:
   * - a time that happens twice (fall back) means its FIRST occurrence (the earlier instant);
   * - a time that never happens (spring forward gap) is read with the offset in force before
   *   the gap, so 02:30 on a spring-forward day becomes 03:30 after the change.
   * Luxon alone picks the ambiguous instant from the offset in force *today*, so the result
   * would depend on when the code runs; hence this explicit resolution.
   */
  toInstant(wallClock: WallClock): number {
    const fieldsAsUtc = toFieldsAsUtc(wallClock);
    // Offsets stay within ±14 h, so the offsets a day either side bracket any change that
    // could concern this wall clock.
    const offsetBefore = this.offsetAt(fieldsAsUtc - DAY_MS);
    const offsetAfter = this.offsetAt(fieldsAsUtc + DAY_MS);
    if (offsetBefore === offsetAfter) {
      this.rememberConstantSpan(fieldsAsUtc - DAY_MS, fieldsAsUtc + DAY_MS, offsetBefore);
      return fieldsAsUtc - offsetBefore * MINUTE_MS;
    }
    const candidates = [offsetBefore, offsetAfter]
      .map((offset) => fieldsAsUtc - offset * MINUTE_MS)
      .filter((instant) => fieldsAsUtc === instant + this.offsetAt(instant) * MINUTE_MS)
      .sort((a, b) => a - b);
    return candidates.length > 0 ? candidates[0] : fieldsAsUtc - offsetBefore * MINUTE_MS;
  }

  /** The wall clock shown in the zone at an instant. */
  toWallClock(instantMs: number): WallClock {
    return fromFieldsAsUtc(instantMs + this.offsetAt(instantMs) * MINUTE_MS);
  }

  /** ISO-8601 with the zone's offset and no milliseconds, e.g. '2026-03-10T09:00:00-04:00'. */
  format(instantMs: number): string {
    const offset = this.offsetAt(instantMs);
    const local = instantMs + offset * MINUTE_MS;
    if (!Number.isInteger(offset) || local % MINUTE_MS !== 0) {
      // Sub-minute offsets (local mean time, before ~1900) and seconds: leave them to luxon.
      return formatWithLuxon(instantMs, this.zone);
    }
    return `${formatWallClock(fromFieldsAsUtc(local))}:00${formatOffset(offset)}`;
  }

  private rememberConstantSpan(from: number, to: number, offset: number): void {
    const last = this.constantSpans[this.constantSpans.length - 1];
    if (last && last.offset === offset && from <= last.to && to >= last.from) {
      last.from = Math.min(last.from, from);
      last.to = Math.max(last.to, to);
    } else {
      // Lookups move forward through time: the last few spans are the useful ones.
      this.constantSpans.push({ from, to, offset });
      if (this.constantSpans.length > MAX_REMEMBERED_SPANS) this.constantSpans.shift();
    }
  }
}

/** A zone's offsets over one UTC year [from, to): the offset at its start, then each change (in force from `at`). */
interface YearOffsets {
  from: number;
  to: number;
  changes: Array<{ at: number; offset: number }>;
}

const yearOffsets = new Map<string, YearOffsets>();
/** Years whose offsets are worth remembering; others (historic local mean times) are looked up each time. */
const FIRST_CACHED_YEAR = 1970;
const LAST_CACHED_YEAR = 2100;
const SAMPLE_MS = 12 * 3_600_000;

/**
 * The zone's offsets over the UTC year holding an instant, computed once per zone and year (a lookup
 * every twelve hours, then each change found to the millisecond by bisection) and shared by every
 * clock: listing a month of occurrences costs no Intl call at all. Undefined outside 1970–2100.
 */
function yearOffsetsAt(zone: IANAZone, instantMs: number): YearOffsets | undefined {
  const year = new Date(instantMs).getUTCFullYear();
  if (year < FIRST_CACHED_YEAR || year > LAST_CACHED_YEAR) return undefined;
  const key = `${zone.name}|${year}`;
  let table = yearOffsets.get(key);
  if (!table) {
    table = offsetsOfYear(zone, year);
    yearOffsets.set(key, table);
  }
  return table;
}

function offsetIn({ changes }: YearOffsets, instantMs: number): number {
  let index = changes.length - 1;
  while (index > 0 && changes[index].at > instantMs) index -= 1;
  return changes[index].offset;
}

function offsetsOfYear(zone: IANAZone, year: number): YearOffsets {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const changes = [{ at: start, offset: zoneOffset(zone, start) }];
  let before = start;
  let offsetBefore = changes[0].offset;
  while (before < end) {
    const after = Math.min(before + SAMPLE_MS, end);
    const offsetAfter = zoneOffset(zone, after);
    if (offsetAfter !== offsetBefore) {
      // The change lies in (before, after]: bisect to the first millisecond of the new offset.
      let low = before;
      let high = after;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (zoneOffset(zone, middle) === offsetBefore) low = middle;
        else high = middle;
      }
      changes.push({ at: high, offset: zoneOffset(zone, high) });
    }
    before = after;
    offsetBefore = offsetAfter;
  }
  return { from: start, to: end, changes };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The zone's offset in minutes, as luxon's zone.offset() gives it but about 4× faster: one
 * Intl format of the offset alone ('GMT-04:00') instead of seven date parts. Formatters are
 * cached by zone because creating one costs far more than using it.
 */
function zoneOffset(zone: IANAZone, instantMs: number): number {
  let format = offsetFormats.get(zone.name);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone.name, timeZoneName: 'longOffset' });
    offsetFormats.set(zone.name, format);
  }
  const match = LONG_OFFSET.exec(format.format(instantMs));
  if (!match) return zone.offset(instantMs);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const absolute = Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
  return sign === '-' ? -absolute : absolute;
}

/** Luxon's ISO form of an offset: '+05:30', '-04:00', '+00:00'. */
function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

function formatWithLuxon(instantMs: number, zone: IANAZone): string {
  const iso = DateTime.fromMillis(instantMs, { zone }).toISO({ suppressMilliseconds: true });
  if (iso === null) throw new RangeError(`Cannot format instant ${instantMs} in ${zone.name}`);
  return iso;
}

/** The instant at which `zone` shows this wall clock (see ZoneClock.toInstant). */
export function wallClockToInstant(wallClock: WallClock, zone: IANAZone): number {
  return new ZoneClock(zone).toInstant(wallClock);
}

/** The wall clock shown in `zone` at an instant. */
export function instantToWallClock(instantMs: number, zone: IANAZone): WallClock {
  return new ZoneClock(zone).toWallClock(instantMs);
}

/** ISO-8601 with the zone's offset and no milliseconds, e.g. '2026-03-10T09:00:00-04:00'. */
export function formatInstant(instantMs: number, zone: IANAZone): string {
  return new ZoneClock(zone).format(instantMs);
}
