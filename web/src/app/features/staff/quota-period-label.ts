import type { QuotaPeriodUnit } from '@mutualis/contracts';

export interface QuotaPeriodLike {
  readonly unit: QuotaPeriodUnit;
  /** 'YYYY-MM-DD', the first day. */
  readonly start: string;
  readonly end: string;
}

/** A translation key and its parameters: `{{ label.key | transloco: label.params }}`. */
export interface TranslatedLabel {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * How a quota period reads: « semaine du 2 mars 2026 », « mars 2026 », « 2026 ».
 * `formatDay` shows a 'YYYY-MM-DD' date in the active locale.
 */
export function quotaPeriodLabel(period: QuotaPeriodLike, formatDay: (date: string) => string): TranslatedLabel {
  const [year, month] = period.start.split('-');
  switch (period.unit) {
    case 'week':
      return { key: 'staff.period.week', params: { date: formatDay(period.start) } };
    case 'month':
      return { key: `staff.period.month.${Number(month)}`, params: { year } };
    case 'year':
      return { key: 'staff.period.year', params: { year } };
  }
}
