import type { AppLocale } from '../i18n/app-language';

/** Montréal's zone; every resource has its own IANA zone, this is only the default. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

export type DateTimeStyle = 'date' | 'time' | 'dateTime';

// An instant must say where it is: a bare `2026-03-03T09:00` would be read in the browser's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

const PART_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
};

interface WallClockParts {
  readonly weekday: string;
  readonly day: number;
  readonly month: string;
  readonly year: string;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(cacheKey, cached);
  }
  return cached;
}

function partsOf(instant: Date, locale: AppLocale, timeZone: string): WallClockParts {
  const parts = cachedFormatter(locale, timeZone, PART_OPTIONS).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  return {
    weekday: part('weekday'),
    day: Number(part('day')),
    month: part('month'),
    year: part('year'),
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
  };
}

/**
 * A wall-clock time as the app writes it everywhere (the one time formatter):
 * Quebec French « 9 h », « 9 h 30 », « 14 h 05 » (24-hour clock, no leading zero, OQLF);
 * Canadian English « 9:00 a.m. », « 2:05 p.m. ».
 */
export function formatWallClock(hour: number, minute: number, locale: AppLocale): string {
  // No-break spaces: a time never wraps in the middle (« 9 h | 30 ») on a narrow screen.
  if (locale === 'fr-CA') return minute === 0 ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${String(minute).padStart(2, '0')}`;
  const suffix = hour < 12 ? 'a.m.' : 'p.m.';
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')}\u00a0${suffix}`;
}

/** « 1er déc. 2026 », « 3 mars 2026 » / « Dec 1, 2026 ». */
function dateText(parts: WallClockParts, locale: AppLocale): string {
  if (locale === 'fr-CA') return `${parts.day === 1 ? '1er' : parts.day}\u00a0${parts.month} ${parts.year}`;
  return `${parts.month} ${parts.day}, ${parts.year}`;
}

/**
 * Formats an ISO 8601 instant (with `Z` or an offset) as wall-clock time in `timeZone`.
 * 2026-03-03T14:00:00Z in America/Toronto gives:
 * - date: `3 mars 2026` / `Mar 3, 2026`
 * - time: `9 h` / `9:00 a.m.`
 * - dateTime, with the weekday people plan by: `mar. 3 mars 2026, 9 h` / `Tue, Mar 3, 2026, 9:00 a.m.`
 */
export function formatInstant(iso: string, style: DateTimeStyle, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  const instant = new Date(iso);
  if (!ISO_INSTANT.test(iso) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Expected an ISO 8601 instant with a zone offset, got "${iso}"`);
  }
  const parts = partsOf(instant, locale, timeZone);
  const time = formatWallClock(parts.hour, parts.minute, locale);
  switch (style) {
    case 'date':
      return dateText(parts, locale);
    case 'time':
      return time;
    case 'dateTime':
      return `${parts.weekday}${locale === 'fr-CA' ? '' : ','} ${dateText(parts, locale)}, ${time}`;
  }
}

export function formatDate(iso: string, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return formatInstant(iso, 'date', locale, timeZone);
}

export function formatTime(iso: string, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return formatInstant(iso, 'time', locale, timeZone);
}

export function formatDateTime(iso: string, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return formatInstant(iso, 'dateTime', locale, timeZone);
}
