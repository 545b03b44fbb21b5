import type { AllocationBasis, BaseAllocationKeyKind } from './allocation-key';
import type {
  AllocationExplanation,
  ChargeAdjustment,
  EqualSplitExplanation,
  FixedShareExplanation,
  FloorAreaExplanation,
  HourlyRateExplanation,
  IgnoredChargeLimit,
  MeasuredUseExplanation,
  RuleExplanation,
  UsageShareExplanation,
} from './allocation-explanation';
import { divideRoundingHalfUp } from './cents-arithmetic';
import type { Locale } from '../i18n/locale';

/*
 * Money is formatted by Intl and keeps its no-break spaces (normalised to U+00A0, since some ICU
 * versions use the narrow U+202F), so that « 5 200,00 $ » never wraps. Every other space is U+0020.
 */
const MONEY = {
  fr: new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' }),
  en: new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' }),
};
const AREA = {
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 2 }),
};

const withNoBreakSpaces = (text: string) => text.replace(/\u202f/g, '\u00a0');
const money = (cents: number, locale: Locale) => withNoBreakSpaces(MONEY[locale].format(cents / 100));
const area = (centiM2: number, locale: Locale) => withNoBreakSpaces(AREA[locale].format(centiM2 / 100));
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** « 25,00 % » (no-break space, as fr-CA sets it) / "25.00%", from hundredths of a percent, without floating point. */
function percent(basisPoints: number, locale: Locale): string {
  const whole = Math.floor(basisPoints / 100);
  const hundredths = twoDigits(basisPoints % 100);
  return locale === 'fr' ? `${whole},${hundredths}\u00a0%` : `${whole}.${hundredths}%`;
}

/** « 14 h 30 » / "14 h 30 min": hours and minutes, never decimal hours, which readers misread. */
function duration(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return `${hours} h`;
  return locale === 'fr' ? `${hours} h ${twoDigits(rest)}` : `${hours} h ${rest} min`;
}

/** « organisme » is the Quebec word for a community organisation (OQLF), « organisation » the English one. */
const organisations = (count: number, locale: Locale) =>
  locale === 'fr' ? (count > 1 ? 'organismes' : 'organisme') : count > 1 ? 'organisations' : 'organisation';

const TEXT = {
  fr: {
    basis: { planned: 'réservées', actual: 'travaillées' },
    nothingToWeigh: {
      usage_share: 'Aucun usage dans la période',
      fixed_share: 'Aucune part fixe dans les ententes',
      floor_area: 'Aucune superficie dédiée',
      equal_split: 'Aucun organisme dans le partage égal',
      unit_days: 'Aucun emprunt dans la période',
      kilometres: 'Aucun kilomètre parcouru dans la période',
      storage_area: 'Aucun entreposage dans la période',
    },
    rule: {
      equal_split: 'partage égal',
      fixed_share: 'part fixe',
      floor_area: 'superficie',
      usage_share: 'usage',
      unit_days: 'unités · jours',
      kilometres: 'kilomètres',
      storage_area: 'm² · jours d’entreposage',
    },
  },
  en: {
    basis: { planned: 'booked', actual: 'worked' },
    nothingToWeigh: {
      usage_share: 'No usage in the period',
      fixed_share: 'No fixed share in the agreements',
      floor_area: 'No dedicated floor area',
      equal_split: 'No organisation in the equal split',
      unit_days: 'No loan in the period',
      kilometres: 'No kilometre driven in the period',
      storage_area: 'No storage in the period',
    },
    rule: {
      equal_split: 'equal split',
      fixed_share: 'fixed share',
      floor_area: 'floor area',
      usage_share: 'usage',
      unit_days: 'unit · days',
      kilometres: 'kilometres',
      storage_area: 'storage m² · days',
    },
  },
} as const;

function explainUsage(e: UsageShareExplanation, locale: Locale, basis: AllocationBasis): string {
  const of = locale === 'fr' ? 'sur' : 'of';
  const from = locale === 'fr' ? 'de' : 'of';
  return `${duration(e.minutes, locale)} ${of} ${duration(e.totalMinutes, locale)} ${TEXT[locale].basis[basis]} = ${percent(e.shareBasisPoints, locale)} ${from} ${money(e.poolCents, locale)}`;
}

function explainFixedShare(e: FixedShareExplanation, locale: Locale): string {
  const fr = locale === 'fr';
  if (e.basisPoints === null) return fr ? "Aucune part fixe dans l'entente" : 'No fixed share in the agreement';
  const pool = money(e.poolCents, locale);
  const share = percent(e.basisPoints, locale);
  if (e.totalBasisPoints === 10_000) return fr ? `Part fixe de ${share} de ${pool}` : `Fixed share of ${share} of ${pool}`;
  // Shares that do not add up to 100 % are scaled so that the pool is still fully split: say so.
  const scaled = percent(Number(divideRoundingHalfUp(BigInt(e.basisPoints) * 10_000n, BigInt(e.totalBasisPoints))), locale);
  const committed = percent(e.totalBasisPoints, locale);
  return fr
    ? `Part fixe de ${share} sur ${committed} engagés = ${scaled} de ${pool}`
    : `Fixed share of ${share} out of ${committed} committed = ${scaled} of ${pool}`;
}

function explainEqualSplit(e: EqualSplitExplanation, locale: Locale): string {
  const fr = locale === 'fr';
  if (e.count === 0)
    return fr
      ? 'Aucun organisme dans le partage égal : montant non réparti'
      : 'No organisation in the equal split: amount not allocated';
  if (!e.included) {
    return fr
      ? `Hors du partage égal entre ${e.count} ${organisations(e.count, locale)}`
      : `Not part of the equal split among ${e.count} ${organisations(e.count, locale)}`;
  }
  const pool = money(e.poolCents, locale);
  return fr
    ? `Partage égal entre ${e.count} ${organisations(e.count, locale)} : 1/${e.count} de ${pool}`
    : `Equal split among ${e.count} ${organisations(e.count, locale)}: 1/${e.count} of ${pool}`;
}

function explainFloorArea(e: FloorAreaExplanation, locale: Locale): string {
  const share = percent(e.shareBasisPoints, locale);
  const pool = money(e.poolCents, locale);
  return locale === 'fr'
    ? `${area(e.areaCentiM2, locale)} m² sur ${area(e.totalAreaCentiM2, locale)} m² dédiés = ${share} de ${pool}`
    : `${area(e.areaCentiM2, locale)} m² of ${area(e.totalAreaCentiM2, locale)} m² dedicated = ${share} of ${pool}`;
}

/** « 12 unités · jours sur 40 = 30 % de 100,00 $ », « 132 km sur 400 km parcourus = 33 % de … ». */
function explainMeasuredUse(e: MeasuredUseExplanation, locale: Locale): string {
  const share = percent(e.shareBasisPoints, locale);
  const pool = money(e.poolCents, locale);
  const count = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA');
  if (e.kind === 'storage_area') {
    return locale === 'fr'
      ? `${area(e.quantity, locale)} m² · jours sur ${area(e.totalQuantity, locale)} m² · jours d’entreposage = ${share} de ${pool}`
      : `${area(e.quantity, locale)} m² · days of ${area(e.totalQuantity, locale)} m² · days of storage = ${share} of ${pool}`;
  }
  if (e.kind === 'kilometres') {
    return locale === 'fr'
      ? `${count(e.quantity)} km sur ${count(e.totalQuantity)} km parcourus = ${share} de ${pool}`
      : `${count(e.quantity)} km of ${count(e.totalQuantity)} km driven = ${share} of ${pool}`;
  }
  return locale === 'fr'
    ? `${count(e.quantity)} unités · jours sur ${count(e.totalQuantity)} = ${share} de ${pool}`
    : `${count(e.quantity)} unit · days of ${count(e.totalQuantity)} = ${share} of ${pool}`;
}

function explainHourlyRate(e: HourlyRateExplanation, locale: Locale): string {
  return `${duration(e.minutes, locale)} × ${money(e.rateCents, locale)}/h`;
}

function fallbackPrefix(from: BaseAllocationKeyKind, applied: BaseAllocationKeyKind, locale: Locale): string {
  const text = TEXT[locale];
  return `${text.nothingToWeigh[from]}, ${text.rule[applied]}${locale === 'fr' ? ' : ' : ': '}`;
}

function explainRule(e: RuleExplanation, locale: Locale, basis: AllocationBasis): string {
  const prefix = e.fallbackFrom ? fallbackPrefix(e.fallbackFrom, e.kind, locale) : '';
  switch (e.kind) {
    case 'usage_share':
      return prefix + explainUsage(e, locale, basis);
    case 'fixed_share':
      return prefix + explainFixedShare(e, locale);
    case 'equal_split':
      return prefix + explainEqualSplit(e, locale);
    case 'floor_area':
      return prefix + explainFloorArea(e, locale);
    case 'unit_days':
    case 'kilometres':
    case 'storage_area':
      return prefix + explainMeasuredUse(e, locale);
  }
}

function explainAdjustment(adjusted: ChargeAdjustment, locale: Locale): string {
  const fr = locale === 'fr';
  switch (adjusted.rule) {
    case 'min_charge':
      return fr
        ? ` (minimum de ${money(adjusted.limitCents, locale)} appliqué)`
        : ` (minimum of ${money(adjusted.limitCents, locale)} applied)`;
    case 'cap':
      return fr
        ? ` (plafond de ${money(adjusted.limitCents, locale)} appliqué)`
        : ` (cap of ${money(adjusted.limitCents, locale)} applied)`;
    case 'rebalanced':
      return fr
        ? ` (${money(adjusted.beforeCents, locale)} avant l'application des minimums et plafonds)`
        : ` (${money(adjusted.beforeCents, locale)} before minimum charges and caps)`;
  }
}

function explainIgnoredLimit(limit: IgnoredChargeLimit, locale: Locale): string {
  const amount = money(limit.limitCents, locale);
  if (locale === 'fr') {
    return limit.rule === 'min_charge'
      ? ` (minimum de ${amount} non appliqué : le montant ne permet pas de l'exiger de chaque organisation)`
      : ` (plafond de ${amount} non appliqué : le montant dépasse ce que les plafonds permettent de répartir)`;
  }
  return limit.rule === 'min_charge'
    ? ` (minimum of ${amount} not applied: the pool cannot cover it for every organisation)`
    : ` (cap of ${amount} not applied: the pool exceeds what the caps can hold)`;
}

/**
 * The sentence a report shows next to an amount, in French (fr-CA) or English, e.g.
 * « 14 h 30 sur 58 h réservées = 25,00 % de 5 200,00 $ » or "14 h 30 min of 58 h worked = 25.00% of $5,200.00".
 */
export function explainAllocationLine(explanation: AllocationExplanation, locale: Locale, basis: AllocationBasis): string {
  let text: string;
  if (explanation.kind === 'hybrid') {
    text = explanation.parts
      .map((part) => `${part.percent}${locale === 'fr' ? '\u00a0%\u00a0: ' : '%: '}${explainRule(part.detail, locale, basis)}`)
      .join(locale === 'fr' ? ' ; ' : '; ');
  } else if (explanation.kind === 'hourly_rate') {
    text = explainHourlyRate(explanation, locale);
  } else {
    text = explainRule(explanation, locale, basis);
  }
  const adjusted = explanation.adjusted ? explainAdjustment(explanation.adjusted, locale) : '';
  const ignored = (explanation.limitsIgnored ?? []).map((limit) => explainIgnoredLimit(limit, locale)).join('');
  return text + adjusted + ignored;
}
