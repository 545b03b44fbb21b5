import type { AppLocale } from '../i18n/app-language';

const moneyFormatters = new Map<AppLocale, Intl.NumberFormat>();

function moneyFormatter(locale: AppLocale): Intl.NumberFormat {
  let formatter = moneyFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD' });
    moneyFormatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * Formats an amount of integer cents as Canadian dollars, exactly as `Intl` does:
 * - `fr-CA`: `1 234,56 $`, where both spaces are U+00A0 (no-break space) with Node 20 / ICU 78;
 *   some ICU versions use U+202F (narrow no-break space) as the group separator — compare
 *   formatted money with a whitespace-tolerant matcher in browser tests.
 * - `en-CA`: `$1,234.56`; negatives are `-1 234,56 $` and `-$1,234.56`.
 */
export function formatMoney(cents: number, locale: AppLocale): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`Money is an integer number of cents, got ${cents}`);
  }
  // `+ 0` turns -0 into 0, so an empty amount never shows as « -0,00 $ ».
  return moneyFormatter(locale).format(cents / 100 + 0);
}
