import type { HomeHourBank } from '@mutualis/contracts';
import type { AppLocale } from '../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE, formatDateTime, formatTime } from '../../core/locale/date-time-format';

/** « lun. 16 nov. 2026, 10 h 00 – 11 h 00 »: the weekday first, as people plan their week. */
export function bookingWhen(start: string, end: string, locale: AppLocale, timeZone = DEFAULT_TIME_ZONE): string {
  // The app's date-time format already leads with the weekday (« mar. 17 nov. 2026, 13 h »).
  return `${formatDateTime(start, locale, timeZone)} – ${formatTime(end, locale, timeZone)}`;
}

/** « lundi 16 novembre 2026 » / "Monday, November 16, 2026", in Montréal's zone. */
export function longDate(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: DEFAULT_TIME_ZONE }).format(new Date(iso));
}

/** « novembre 2026 » / "November 2026" for a local date 'YYYY-MM-DD'. */
export function monthLabel(day: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** How a bank's period reads: the month, the year, or (for weeks) its Monday, which the caller words. */
export function bankPeriod(period: HomeHourBank['period'], locale: AppLocale): { week: boolean; text: string } {
  const date = new Date(`${period.start}T00:00:00Z`);
  if (period.unit === 'month') return { week: false, text: monthLabel(period.start, locale) };
  if (period.unit === 'year') return { week: false, text: String(date.getUTCFullYear()) };
  return { week: true, text: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date) };
}

/** A bank's bar: booked against what is available (allotted plus carried over), capped at full. */
export function bankProgress(bank: HomeHourBank): { availableMinutes: number; percent: number; over: boolean } {
  const availableMinutes = bank.allottedMinutes + bank.carriedOverMinutes;
  const percent =
    availableMinutes === 0 ? (bank.bookedMinutes > 0 ? 100 : 0) : Math.min(100, (bank.bookedMinutes / availableMinutes) * 100);
  return { availableMinutes, percent, over: bank.remainingMinutes < 0 };
}
