import { DateTime, type IANAZone } from 'luxon';
import {
  formatLocalDate,
  formatWallClock,
  parseLocalDate,
  parseWallClock,
  resolveTimeZone,
  type WallClock,
} from '../wall-clock/wall-clock';
import { parseRecurrenceRule } from './parse-recurrence-rule';
import { RecurrenceError } from './recurrence-error';
import type { ParsedRule } from './recurrence-rule';

/** What a caller passes to expandSeries. */
export interface ExpandSeriesInput {
  /** Wall-clock start in the series zone, 'YYYY-MM-DDTHH:mm'. */
  start: string;
  /** IANA zone, e.g. 'America/Toronto'. */
  timeZone: string;
  /** Elapsed minutes: on a DST night an occurrence still lasts this long. */
  durationMinutes: number;
  /** RFC 5545 RRULE, with or without a leading 'RRULE:'. Absent or blank: a single occurrence. */
  rrule?: string;
  /** Removed occurrences: 'YYYY-MM-DDTHH:mm', or 'YYYY-MM-DD' for that day's occurrence. */
  exdates?: string[];
  /** Added occurrences, 'YYYY-MM-DDTHH:mm'. */
  rdates?: string[];
  /** Occurrences overlapping [from, to) are returned. Strings are ISO instants with an offset. */
  window: { from: Date | string; to: Date | string };
  /** Return at most this many occurrences (1–1000; larger values count as 1000), setting `truncated`. */
  limit?: number;
  /** Safety cap (default 2000): more occurrences in the window, not cut by `limit`, throws TOO_MANY_OCCURRENCES. */
  maxOccurrences?: number;
  /** Drop occurrences on Quebec statutory holidays (reported in `skipped`). */
  skipHolidays?: 'QC';
}

export const MAX_LIMIT = 1000;
export const DEFAULT_MAX_OCCURRENCES = 2000;

/** Validated input of expandSeries. */
export interface SeriesDefinition {
  zone: IANAZone;
  start: WallClock;
  durationMs: number;
  rule?: ParsedRule;
  exdates: ExdateSet;
  rdates: WallClock[];
  window: { fromMs: number; toMs: number };
  limit?: number;
  maxOccurrences: number;
  skipHolidays?: 'QC';
}

/** EXDATEs as wall-clock strings ('YYYY-MM-DDTHH:mm') and whole local days ('YYYY-MM-DD'). */
export interface ExdateSet {
  times: ReadonlySet<string>;
  days: ReadonlySet<string>;
}

const ISO_INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function readSeriesDefinition(input: ExpandSeriesInput): SeriesDefinition {
  const zone = resolveTimeZone(input.timeZone);
  if (!zone) {
    throw new RecurrenceError('INVALID_TIME_ZONE', `Unknown time zone '${input.timeZone}'`, { timeZone: input.timeZone });
  }
  const start = parseWallClock(input.start);
  if (!start) {
    throw new RecurrenceError('INVALID_START', `Start '${input.start}' is not a 'YYYY-MM-DDTHH:mm' date and time`, {
      start: input.start,
    });
  }
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RecurrenceError(
      'INVALID_DURATION',
      `Duration must be a positive whole number of minutes, got ${input.durationMinutes}`,
      { durationMinutes: input.durationMinutes },
    );
  }
  const rruleText = input.rrule?.trim();
  return {
    zone,
    start,
    durationMs: input.durationMinutes * 60_000,
    rule: rruleText ? parseRecurrenceRule(rruleText) : undefined,
    exdates: readExdates(input.exdates ?? []),
    rdates: (input.rdates ?? []).map(readRdate),
    window: readWindow(input.window),
    limit: readLimit(input.limit),
    maxOccurrences: readMaxOccurrences(input.maxOccurrences),
    skipHolidays: input.skipHolidays,
  };
}

function readExdates(exdates: string[]): ExdateSet {
  const times = new Set<string>();
  const days = new Set<string>();
  for (const exdate of exdates) {
    const wallClock = parseWallClock(exdate);
    const day = wallClock ? undefined : parseLocalDate(exdate);
    if (wallClock) times.add(formatWallClock(wallClock));
    else if (day) days.add(formatLocalDate(day));
    else {
      throw RecurrenceError.invalidPart({ part: 'EXDATE', value: exdate, reason: "must be 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DD'" });
    }
  }
  return { times, days };
}

function readRdate(rdate: string): WallClock {
  const wallClock = parseWallClock(rdate);
  if (!wallClock) {
    throw RecurrenceError.invalidPart({ part: 'RDATE', value: rdate, reason: "must be 'YYYY-MM-DDTHH:mm'" });
  }
  return wallClock;
}

function readWindow(window: ExpandSeriesInput['window']): SeriesDefinition['window'] {
  const fromMs = readInstant(window?.from);
  const toMs = readInstant(window?.to);
  if (fromMs === undefined || toMs === undefined || fromMs > toMs) {
    throw new RecurrenceError('INVALID_WINDOW', 'The window must be two instants (Date or ISO-8601 with an offset), from ≤ to', {
      from: String(window?.from),
      to: String(window?.to),
    });
  }
  return { fromMs, toMs };
}

/** Strings need an explicit offset: a bare local time would be read in the process zone. */
function readInstant(value: Date | string | undefined): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || !ISO_INSTANT_WITH_OFFSET.test(value)) return undefined;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

function readLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return Math.min(limit, MAX_LIMIT);
}

function readMaxOccurrences(maxOccurrences: number | undefined): number {
  if (maxOccurrences === undefined) return DEFAULT_MAX_OCCURRENCES;
  if (!Number.isInteger(maxOccurrences) || maxOccurrences < 1) {
    throw new RangeError(`maxOccurrences must be a positive integer, got ${maxOccurrences}`);
  }
  return maxOccurrences;
}
