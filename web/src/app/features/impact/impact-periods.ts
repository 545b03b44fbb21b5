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
    if (kind === 'month') {
      const from = iso(year, monthIndex - back);
      return {
        from,
        to: iso(year, monthIndex - back + 1),
        label: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${from}T00:00:00Z`),
        ),
      };
    }
    if (kind === 'quarter') {
      const first = Math.floor(monthIndex / 3) * 3 - back * 3;
      const from = iso(year, first);
      const quarter = (((first % 12) + 12) % 12) / 3 + 1;
      const quarterYear = Number(from.slice(0, 4));
      return {
        from,
        to: iso(year, first + 3),
        label: locale === 'fr-CA' ? `T${quarter} ${quarterYear}` : `Q${quarter} ${quarterYear}`,
      };
    }
    if (kind === 'year') return { from: iso(year - back, 0), to: iso(year - back + 1, 0), label: String(year - back) };
    const start = (monthIndex >= 3 ? year : year - 1) - back;
    return { from: iso(start, 3), to: iso(start + 1, 3), label: `${start}-${start + 1}` };
  });
}
