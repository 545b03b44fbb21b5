import type { AppLocale } from '../../core/i18n/app-language';
import type { TranslationParams } from '../../core/i18n/translation-params';
import { formatDay, formatMonth } from './report-format';
import { lastDayOf, periodParts, type ReportPeriod } from './report-period';

/** A period's name as a translation: « Novembre 2026 », « T4 2026 », « Année 2026 », « Exercice 2026-2027 ». */
export function periodLabelOf(period: ReportPeriod, locale: AppLocale): { key: string; params: TranslationParams } {
  const { year, month, quarter, endYear } = periodParts(period);
  if (period.kind === 'month') {
    const name = formatMonth(year, month, locale);
    return { key: 'reports.period.label.month', params: { month: name.charAt(0).toUpperCase() + name.slice(1) } };
  }
  return { key: `reports.period.label.${period.kind}`, params: { year, quarter, endYear } };
}

/** « du 1 oct. 2026 au 31 déc. 2026 »: the first and last days, both included. */
export function periodRangeOf(period: ReportPeriod, locale: AppLocale): { key: string; params: TranslationParams } {
  return {
    key: 'reports.period.range',
    params: { from: formatDay(period.from, locale), to: formatDay(lastDayOf(period), locale) },
  };
}
