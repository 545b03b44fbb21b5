import type { AppLang } from '../i18n/app-language';

/** « 7,5 », "7.5", « 7 h 30 », « 7h30 », « 7:30 », « 7 » (hours, at most 2 decimals). */
const DECIMAL_HOURS = /^(\d{1,5})(?:[.,](\d{1,2}))?$/;
const HOURS_AND_MINUTES = /^(\d{1,5})\s*(?:h|:)\s*(\d{1,2})?(?:\s*min)?$/i;

/**
 * The whole minutes of a duration typed in hours, or null when it is not one. Decimal hours
 * work on the digits, never through floating point: « 7,25 » is 435 minutes exactly; a
 * decimal that is not a whole number of minutes (« 0,01 ») is refused.
 */
export function hoursToMinutes(text: string): number | null {
  const cleaned = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  const decimal = DECIMAL_HOURS.exec(cleaned);
  if (decimal) {
    const [, hours, decimals = ''] = decimal;
    const hundredths = Number(hours) * 100 + Number(decimals.padEnd(2, '0'));
    return (hundredths * 60) % 100 === 0 ? (hundredths * 60) / 100 : null;
  }
  const clock = HOURS_AND_MINUTES.exec(cleaned);
  if (clock) {
    const minutes = Number(clock[2] ?? '0');
    return minutes < 60 ? Number(clock[1]) * 60 + minutes : null;
  }
  return null;
}

/**
 * Minutes as an hours field shows them, in a form `hoursToMinutes` reads back exactly:
 * « 7 », « 7,5 » / "7.5", or « 6 h 40 » when decimals would round; empty for none.
 */
export function minutesToHoursField(minutes: number | null | undefined, lang: AppLang): string {
  if (minutes === null || minutes === undefined) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return String(hours);
  const hundredths = (rest * 100) / 60;
  if (Number.isInteger(hundredths)) {
    const decimals = String(hundredths).padStart(2, '0').replace(/0$/, '');
    return `${hours}${lang === 'fr' ? ',' : '.'}${decimals}`;
  }
  return `${hours} h ${String(rest).padStart(2, '0')}`;
}
