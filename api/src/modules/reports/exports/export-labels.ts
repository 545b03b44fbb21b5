import type { AllocationBasis, AllocationKeyKind, AllocationPool, FallbackKeyKind, Locale } from '@mutualis/contracts';

/** Language of an exported file. Money is always CAD, shown the Canadian way for that language. */
/** Every word the allocation exports print, per language. */
export interface ExportLabels {
  linesSheet: string;
  totalsSheet: string;
  organisation: string;
  pool: string;
  carrier: string;
  key: string;
  minutes: string;
  hours: string;
  sharePercent: string;
  amount: string;
  explanation: string;
  totalsByOrganisation: string;
  totalsByPool: string;
  grandTotal: string;
  closedPeriod: string;
  statementTitle: string;
  networkReportTitle: string;
  noCarrier: string;
  basisNames: Record<AllocationBasis, string>;
  keyNames: Record<AllocationKeyKind, string>;
  fallbackNames: Record<FallbackKeyKind, string>;
  periodLine: (period: string) => string;
  basisLine: (basis: AllocationBasis) => string;
  fallbackNote: (key: string, fallback: string) => string;
  carrierHeading: (carrier: string) => string;
  amountDueTo: (carrier: string, amount: string) => string;
  ownCarriedShare: (amount: string) => string;
  totalDue: (amount: string) => string;
  totalShare: (amount: string) => string;
  organisationTotal: (organisation: string, amount: string) => string;
  grandTotalLine: (amount: string) => string;
}

const FRENCH: ExportLabels = {
  linesSheet: 'Répartition',
  totalsSheet: 'Totaux',
  organisation: 'Organisme',
  pool: 'Enveloppe de coûts',
  carrier: 'Organisme porteur',
  key: 'Clé de répartition',
  minutes: 'Minutes',
  hours: 'Heures',
  sharePercent: 'Part (%)',
  amount: 'Montant (CAD)',
  explanation: 'Explication',
  totalsByOrganisation: 'Total par organisme',
  totalsByPool: 'Total par enveloppe de coûts',
  grandTotal: 'Total général',
  closedPeriod: 'Période fermée',
  statementTitle: 'Relevé de répartition des coûts',
  networkReportTitle: 'Répartition des coûts du réseau',
  noCarrier: 'Sans organisme porteur',
  basisNames: { planned: 'prévu', actual: 'réel' },
  keyNames: {
    hourly_rate: 'Taux horaire',
    usage_share: 'Part d’utilisation',
    fixed_share: 'Part fixe',
    equal_split: 'Parts égales',
    floor_area: 'Superficie',
    unit_days: 'Unités · jours',
    kilometres: 'Kilomètres',
    storage_area: 'Entreposage (m² · jours)',
    hybrid: 'Hybride',
  },
  fallbackNames: { equal_split: 'parts égales', fixed_share: 'part fixe', floor_area: 'superficie' },
  periodLine: (period) => `Période : ${period}`,
  basisLine: (basis) => `Base : ${FRENCH.basisNames[basis]}`,
  fallbackNote: (key, fallback) => `${key} (repli : ${fallback})`,
  carrierHeading: (carrier) => `Porteur : ${carrier}`,
  amountDueTo: (carrier, amount) => `Montant dû à ${carrier} : ${amount}`,
  ownCarriedShare: (amount) => `Votre part des coûts que vous portez : ${amount}`,
  totalDue: (amount) => `Total dû : ${amount}`,
  totalShare: (amount) => `Total de votre part : ${amount}`,
  organisationTotal: (organisation, amount) => `Total pour ${organisation} : ${amount}`,
  grandTotalLine: (amount) => `Total général : ${amount}`,
};

const ENGLISH: ExportLabels = {
  linesSheet: 'Allocation',
  totalsSheet: 'Totals',
  organisation: 'Organisation',
  pool: 'Cost pool',
  carrier: 'Carrier organisation',
  key: 'Allocation key',
  minutes: 'Minutes',
  hours: 'Hours',
  sharePercent: 'Share (%)',
  amount: 'Amount (CAD)',
  explanation: 'Explanation',
  totalsByOrganisation: 'Total per organisation',
  totalsByPool: 'Total per cost pool',
  grandTotal: 'Grand total',
  closedPeriod: 'Closed period',
  statementTitle: 'Cost allocation statement',
  networkReportTitle: 'Network cost allocation',
  noCarrier: 'No carrier organisation',
  basisNames: { planned: 'planned', actual: 'actual' },
  keyNames: {
    hourly_rate: 'Hourly rate',
    usage_share: 'Usage share',
    fixed_share: 'Fixed share',
    equal_split: 'Equal split',
    floor_area: 'Floor area',
    unit_days: 'Unit · days',
    kilometres: 'Kilometres',
    storage_area: 'Storage (m² · days)',
    hybrid: 'Hybrid',
  },
  fallbackNames: { equal_split: 'equal split', fixed_share: 'fixed share', floor_area: 'floor area' },
  periodLine: (period) => `Period: ${period}`,
  basisLine: (basis) => `Basis: ${ENGLISH.basisNames[basis]}`,
  fallbackNote: (key, fallback) => `${key} (fallback: ${fallback})`,
  carrierHeading: (carrier) => `Carrier: ${carrier}`,
  amountDueTo: (carrier, amount) => `Amount due to ${carrier}: ${amount}`,
  ownCarriedShare: (amount) => `Your share of the costs you carry: ${amount}`,
  totalDue: (amount) => `Total due: ${amount}`,
  totalShare: (amount) => `Total of your share: ${amount}`,
  organisationTotal: (organisation, amount) => `Total for ${organisation}: ${amount}`,
  grandTotalLine: (amount) => `Grand total: ${amount}`,
};

export function exportLabels(locale: Locale): ExportLabels {
  return locale === 'fr' ? FRENCH : ENGLISH;
}

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' };

const moneyFormats: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(INTL_LOCALE.fr, { style: 'currency', currency: 'CAD' }),
  en: new Intl.NumberFormat(INTL_LOCALE.en, { style: 'currency', currency: 'CAD' }),
};

const decimalFormats: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(INTL_LOCALE.fr, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(INTL_LOCALE.en, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(INTL_LOCALE.fr, { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(INTL_LOCALE.en, { dateStyle: 'long', timeZone: 'UTC' }),
};

/** « 1 234,56 $ » / "$1,234.56" (Intl may use U+00A0 or U+202F as spaces, depending on ICU). */
export function formatMoney(cents: number, locale: Locale): string {
  return moneyFormats[locale].format(cents / 100);
}

/** Two decimals with the language's separators: « 14,50 » / "14.50". */
export function formatDecimal(value: number, locale: Locale): string {
  return decimalFormats[locale].format(value);
}

/** « 25,00 % » / "25.00%"; the report gives shares as 0–100. */
export function formatSharePercent(sharePercent: number, locale: Locale): string {
  const value = formatDecimal(sharePercent, locale);
  return locale === 'fr' ? `${value}\u00a0%` : `${value}%`;
}

export function minutesToHours(minutes: number): number {
  return minutes / 60;
}

/** Dollars as a spreadsheet number; cents stay the source of truth everywhere else. */
export function centsToDollars(cents: number): number {
  return cents / 100;
}

/** The report's `to` is exclusive; people read periods by their last day. */
export function lastDayInclusive(toExclusive: string): string {
  const day = new Date(`${toExclusive}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** « 1er janvier 2025 » / "January 1, 2025", from 'YYYY-MM-DD'. */
export function formatDate(isoDate: string, locale: Locale): string {
  const parts = dateFormats[locale].formatToParts(new Date(`${isoDate}T00:00:00Z`));
  return parts.map((part) => (locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** « du 1er janvier 2025 au 31 mars 2025 » / "January 1, 2025 to March 31, 2025", last day inclusive. */
export function formatPeriod(from: string, toExclusive: string, locale: Locale): string {
  const last = lastDayInclusive(toExclusive);
  const first = formatDate(from, locale);
  if (last <= from) return first;
  return locale === 'fr' ? `du ${first} au ${formatDate(last, locale)}` : `${first} to ${formatDate(last, locale)}`;
}

/** The key's name, with the rule actually applied when the key had nothing to weigh. */
export function formatKey(pool: Pick<AllocationPool, 'key' | 'fallbackApplied'>, locale: Locale): string {
  const labels = exportLabels(locale);
  const key = labels.keyNames[pool.key];
  return pool.fallbackApplied ? labels.fallbackNote(key, labels.fallbackNames[pool.fallbackApplied]) : key;
}
