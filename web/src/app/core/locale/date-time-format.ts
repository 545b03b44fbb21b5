import type { AppLocale } from '../i18n/app-language';

/** Montréal's zone; every resource has its own IANA zone, this is only the default. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

export type DateTimeStyle = 'date' | 'time' | 'dateTime';

const STYLE_OPTIONS: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
};

// An instant must say where it is: a bare `2026-03-03T09:00` would be read in the browser's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: AppLocale, style: DateTimeStyle, timeZone: string): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${style}|${timeZone}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...STYLE_OPTIONS[style], timeZone });
    formatters.set(cacheKey, cached);
  }
  return cached;
}

/**
 * Formats an ISO 8601 instant (with `Z` or an offset) as wall-clock time in `timeZone`.
 * With Node 20 / ICU 78, 2026-03-03T14:00:00Z in America/Toronto gives:
 * - date: `3 mars 2026` / `Mar 3, 2026`
 * - time: `09 h 00` / `9:00 a.m.`
 * - dateTime: `3 mars 2026, 09 h 00` / `Mar 3, 2026, 9:00 a.m.`
 */
export function formatInstant(iso: string, style: DateTimeStyle, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  const instant = new Date(iso);
  if (!ISO_INSTANT.test(iso) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Expected an ISO 8601 instant with a zone offset, got "${iso}"`);
  }
  return formatter(locale, style, timeZone).format(instant);
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
