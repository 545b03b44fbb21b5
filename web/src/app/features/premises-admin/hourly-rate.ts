import type { AppLang } from '../../core/i18n/app-language';

/** Dollars as people type them: « 25 », « 25,50 », « 1 234,5 », "$25.50" (at most 2 decimals). */
const DOLLARS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/**
 * The integer cents of an hourly rate typed in dollars, comma or dot as decimal separator,
 * spaces and a dollar sign ignored; null when it is not an amount (negative, 3 decimals, text).
 * Works on the digits, never through floating point: « 19,99 » is 1999 cents exactly.
 */
export function dollarsToCents(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f$]/g, '');
  const match = DOLLARS.exec(cleaned);
  if (!match) return null;
  const [, dollars, decimals = ''] = match;
  return Number(dollars) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Cents as the rate field shows them: « 25,50 » in French, "25.50" in English; empty for no rate. */
export function centsToDollars(cents: number | null | undefined, lang: AppLang): string {
  if (cents === null || cents === undefined) return '';
  const dollars = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${dollars}${lang === 'fr' ? ',' : '.'}${rest}`;
}
