import { reportingPeriodKind } from '@mutualis/domain';
import type { AppLocale } from '../../core/i18n/app-language';

export type ImpactPeriodKind = 'month' | 'quarter' | 'year' | 'fiscal';

/** A window [from, to) of local dates, and how people name it. */
export interface ImpactPeriod {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

const iso = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);

/**
 * The periods to choose from, the current one first: the last twelve months, eight quarters, three
 * calendar years, or three fiscal years (April to March, as Quebec's community organisations report).
 */
export function impactPeriods(today: string, kind: ImpactPeriodKind, locale: AppLocale): ImpactPeriod[] {
  const [year, month] = today.split('-').map(Number);
  const monthIndex = month - 1;
  const count = { month: 12, quarter: 8, year: 3, fiscal: 3 }[kind];
  return Array.from({ length: count }, (_, back) => {
    const window =
      kind === 'month'
        ? { from: iso(year, monthIndex - back), to: iso(year, monthIndex - back + 1) }
        : kind === 'quarter'
          ? {
              from: iso(year, Math.floor(monthIndex / 3) * 3 - back * 3),
              to: iso(year, Math.floor(monthIndex / 3) * 3 - back * 3 + 3),
            }
          : kind === 'year'
            ? { from: iso(year - back, 0), to: iso(year - back + 1, 0) }
            : {
                from: iso((monthIndex >= 3 ? year : year - 1) - back, 3),
                to: iso((monthIndex >= 3 ? year : year - 1) - back + 1, 3),
              };
    return { ...window, label: periodLabel(window, locale) };
  });
}

/**
 * How people name a reporting period: « novembre 2026 », « T4 2026 » (Q4 2026), « 2026 », and
 * « 2026-2027 » for a fiscal year; any other window by its dates.
 */
export function periodLabel(window: { from: string; to: string }, locale: AppLocale): string {
  const year = Number(window.from.slice(0, 4));
  const month = Number(window.from.slice(5, 7));
  switch (reportingPeriodKind(window)) {
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${window.from}T00:00:00Z`),
      );
    case 'quarter':
      return `${locale === 'fr-CA' ? 'T' : 'Q'}${(month + 2) / 3} ${year}`;
    case 'year':
      return String(year);
    case 'fiscal_year':
      return `${year}-${year + 1}`;
    case null: {
      const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      const last = new Date(Date.parse(`${window.to}T00:00:00Z`) - 86_400_000);
      return `${day.format(new Date(`${window.from}T00:00:00Z`))} – ${day.format(last)}`;
    }
  }
}
