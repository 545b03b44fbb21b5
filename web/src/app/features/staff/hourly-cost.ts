import type { AppLang } from '../../core/i18n/app-language';

/** Dollars as people type them: « 45 », « 45,50 », « 1 234,5 », "$45.50" (at most 2 decimals). */
const DOLLARS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/**
 * The integer cents of an hourly cost typed in dollars (comma or dot as decimal separator,
 * spaces and a dollar sign ignored), or null when it is not an amount. Works on the digits,
 * never through floating point: « 19,99 » is 1999 cents exactly.
 */
export function dollarsToCents(text: string): number | null {
  const match = DOLLARS.exec(text.replace(/[\s\u00a0\u202f$]/g, ''));
  if (!match) return null;
  const [, dollars, decimals = ''] = match;
  return Number(dollars) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Cents as the cost field shows them: « 45,50 » in French, "45.50" in English; empty for none. */
export function centsToDollars(cents: number | null | undefined, lang: AppLang): string {
  if (cents === null || cents === undefined) return '';
  const rest = String(cents % 100).padStart(2, '0');
  return `${Math.floor(cents / 100)}${lang === 'fr' ? ',' : '.'}${rest}`;
}
