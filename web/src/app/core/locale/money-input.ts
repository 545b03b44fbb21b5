import type { AppLang } from '../i18n/app-language';

/** At most 999 999 999,99 $: well inside the integers a number holds exactly. */
const DOLLARS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;
/** English thousands separators: "1,234" or "12,345,678.90". */
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

/**
 * The integer cents of an amount typed in dollars, or null when it is not one. Spaces (French
 * thousands separators), a dollar sign, a comma or a dot as the decimal separator are accepted;
 * in English, commas may group thousands ("1,234.56"). Reads the digits, never through floating
 * point: « 19,99 » is 1999 cents exactly. Without a language, commas are decimal separators only.
 */
export function dollarsToCents(text: string, lang: AppLang = 'fr'): number | null {
  let compact = text.replace(/[\s\u00a0\u202f$]/g, '');
  if (lang === 'en' && ENGLISH_GROUPED.test(compact)) compact = compact.replace(/,/g, '');
  const match = DOLLARS.exec(compact);
  if (!match) return null;
  const [, dollars, decimals = ''] = match;
  return Number(dollars) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Cents as an amount field shows them: « 1234,50 » in French, "1234.50" in English; empty for none. */
export function centsToDollars(cents: number | null | undefined, lang: AppLang): string {
  if (cents === null || cents === undefined) return '';
  const rest = String(cents % 100).padStart(2, '0');
  return `${Math.floor(cents / 100)}${lang === 'fr' ? ',' : '.'}${rest}`;
}
