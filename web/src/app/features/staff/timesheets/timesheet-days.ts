import type { AppLocale } from '../../../core/i18n/app-language';
import { dateAsInstant } from '../staff-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: AppLocale, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }
        : { weekday: 'short', day: 'numeric', timeZone: 'UTC' };
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * A local date of a timesheet as a column or a field names it: « mardi 3 mars » / "Tuesday,
 * March 3" (long), « mar. 3 » / "Tue 3" (short). Dates are the employee's, so read at noon UTC.
 */
export function timesheetDayLabel(date: string, locale: AppLocale, style: 'long' | 'short' = 'long'): string {
  return formatter(locale, style).format(new Date(dateAsInstant(date)));
}
