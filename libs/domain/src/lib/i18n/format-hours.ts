import type { Locale } from './locale';

/**
 * Minutes as people say hours, on every screen and in every e-mail: « 12 h », « 7 h 30 », « 45 min »
 * in French; "12 h", "7 h 30 min", "45 min" in English. Negative amounts (an overrun) keep their
 * sign: « -2 h 30 ».
 */
export function formatHours(minutes: number, locale: Locale): string {
  const rounded = Math.round(minutes);
  const sign = rounded < 0 ? '-' : '';
  const total = Math.abs(rounded);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0 && rest > 0) return `${sign}${rest} min`;
  if (rest === 0) return `${sign}${hours} h`;
  return locale === 'fr' ? `${sign}${hours} h ${String(rest).padStart(2, '0')}` : `${sign}${hours} h ${rest} min`;
}
