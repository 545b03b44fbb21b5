import { formatDate } from '../../core/locale/date-time-format';
import type { AppLocale } from '../../core/i18n/app-language';

const percentFormatters = new Map<AppLocale, Intl.NumberFormat>();

/** A percent from 0 to 100 with two decimals: « 25,00 % », "25.00%". */
export function formatPercent(percent: number, locale: AppLocale): string {
  let formatter = percentFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    percentFormatters.set(locale, formatter);
  }
  return formatter.format(percent / 100);
}

/** A calendar day 'YYYY-MM-DD' as people read it: « 1er nov. 2026 », "Nov 1, 2026" (no time zone shift). */
export function formatDay(day: string, locale: AppLocale): string {
  return formatDate(`${day}T12:00:00Z`, locale, 'UTC');
}

/** « novembre 2026 », "November 2026". */
export function formatMonth(year: number, month: number, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}
