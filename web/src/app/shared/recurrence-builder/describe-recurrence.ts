import {
  parseRecurrenceRule,
  WEEKDAY_CODES,
  type ByDayEntry,
  type ParsedRule,
  type RuleUntil,
  type WeekdayCode,
} from '@mutualis/domain';
import { localeOf, type AppLang } from '../../core/i18n/app-language';

/**
 * A recurrence in plain language, as the person would say it:
 * - fr: « Toutes les 2 semaines le mardi et le jeudi, 10 fois », « Tous les mois le 2e mardi, jusqu'au 30 juin 2027 »;
 * - en: “Every 2 weeks on Tuesday and Thursday, 10 times”, “Every month on the 2nd Tuesday, until June 30, 2027”.
 * Null (or blank) is a one-off. Throws the domain's RecurrenceError for an invalid rule.
 */
export function describeRecurrence(rrule: string | null | undefined, lang: AppLang): string {
  if (!rrule?.trim()) return PHRASES[lang].oneOff;
  const rule = parseRecurrenceRule(rrule);
  const phrases = PHRASES[lang];
  const parts = [[phrases.every(rule.freq, rule.interval), phrases.on(rule)].filter(Boolean).join(' ')];
  if (hasUnsaidParts(rule)) parts[0] += ` ${phrases.custom}`;
  if (rule.count !== undefined) parts.push(phrases.count(rule.count));
  if (rule.until) parts.push(phrases.until(untilDate(rule.until)));
  return parts.join(', ');
}

type Frequency = ParsedRule['freq'];

interface Phrases {
  oneOff: string;
  custom: string;
  every(freq: Frequency, interval: number): string;
  /** « le mardi et le jeudi », « le 2e mardi », « le 15 », or '' when the start decides. */
  on(rule: ParsedRule): string;
  count(count: number): string;
  until(date: Date): string;
}

/**
 * « lundi » / "Monday": the platform's own names (no table of ours to keep in step with the
 * translations). 2024-01-01 was a Monday.
 */
function weekdayName(code: WeekdayCode, lang: AppLang): string {
  let format = WEEKDAY_FORMATS.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', timeZone: 'UTC' });
    WEEKDAY_FORMATS.set(lang, format);
  }
  return format.format(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(code)));
}

const WEEKDAY_FORMATS = new Map<AppLang, Intl.DateTimeFormat>();

const FR_UNITS: Record<Frequency, { plural: string; feminine: boolean }> = {
  DAILY: { plural: 'jours', feminine: false },
  WEEKLY: { plural: 'semaines', feminine: true },
  MONTHLY: { plural: 'mois', feminine: false },
  YEARLY: { plural: 'ans', feminine: false },
};

const EN_UNITS: Record<Frequency, { one: string; many: string }> = {
  DAILY: { one: 'day', many: 'days' },
  WEEKLY: { one: 'week', many: 'weeks' },
  MONTHLY: { one: 'month', many: 'months' },
  YEARLY: { one: 'year', many: 'years' },
};

const FRENCH: Phrases = {
  oneOff: 'Ne se répète pas',
  custom: '(règle personnalisée)',
  every(freq, interval) {
    const unit = FR_UNITS[freq];
    const all = unit.feminine ? 'Toutes les' : 'Tous les';
    return interval === 1 ? `${all} ${unit.plural}` : `${all} ${interval} ${unit.plural}`;
  },
  on(rule) {
    if (rule.byDay.length > 0) return `le ${list(rule.byDay.map(frenchDay), 'et', 'le ')}`;
    if (rule.byMonthDay.length > 0) return `le ${list(rule.byMonthDay.map(frenchMonthDay), 'et', 'le ')}`;
    return '';
  },
  count: (count) => `${count} fois`,
  until: (date) => `jusqu'au ${frenchDate(date)}`,
};

const ENGLISH: Phrases = {
  oneOff: 'Does not repeat',
  custom: '(custom rule)',
  every(freq, interval) {
    const unit = EN_UNITS[freq];
    return interval === 1 ? `Every ${unit.one}` : `Every ${interval} ${unit.many}`;
  },
  on(rule) {
    if (rule.byDay.length > 0) {
      const days = rule.byDay.map(englishDay);
      return rule.byDay.some((entry) => entry.ordinal !== undefined)
        ? `on the ${list(days, 'and', 'the ')}`
        : `on ${list(days, 'and')}`;
    }
    if (rule.byMonthDay.length > 0) return `on the ${list(rule.byMonthDay.map(englishMonthDay), 'and', 'the ')}`;
    return '';
  },
  count: (count) => (count === 1 ? 'once' : `${count} times`),
  until: (date) => `until ${new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(date)}`,
};

const PHRASES: Record<AppLang, Phrases> = { fr: FRENCH, en: ENGLISH };

/** « a, b et c » / “a, b and c”, with `article` before every item but the first (« le mardi et le jeudi »). */
function list(items: string[], and: string, article = ''): string {
  if (items.length === 1) return items[0];
  const withArticle = items.map((item, index) => (index === 0 ? item : `${article}${item}`));
  return `${withArticle.slice(0, -1).join(', ')} ${and} ${withArticle.at(-1)}`;
}

function frenchDay(entry: ByDayEntry): string {
  const name = weekdayName(entry.weekday, 'fr');
  if (entry.ordinal === undefined) return name;
  if (entry.ordinal === -1) return `dernier ${name}`;
  if (entry.ordinal === -2) return `avant-dernier ${name}`;
  if (entry.ordinal < 0) return `${-entry.ordinal}e ${name} avant la fin`;
  return `${entry.ordinal === 1 ? '1er' : `${entry.ordinal}e`} ${name}`;
}

function englishDay(entry: ByDayEntry): string {
  const name = weekdayName(entry.weekday, 'en');
  if (entry.ordinal === undefined) return name;
  if (entry.ordinal === -1) return `last ${name}`;
  if (entry.ordinal === -2) return `second-to-last ${name}`;
  if (entry.ordinal < 0) return `${englishOrdinal(-entry.ordinal)} ${name} from the end`;
  return `${englishOrdinal(entry.ordinal)} ${name}`;
}

function frenchMonthDay(day: number): string {
  if (day === -1) return 'dernier jour';
  if (day < 0) return `${-day}e jour avant la fin`;
  return day === 1 ? '1er' : String(day);
}

function englishMonthDay(day: number): string {
  if (day === -1) return 'last day';
  if (day < 0) return `${englishOrdinal(-day)} day from the end`;
  return englishOrdinal(day);
}

function englishOrdinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
  return `${value}${suffix}`;
}

/** « 30 juin 2027 », with « 1er » for the first of the month as French writes it. */
function frenchDate(date: Date): string {
  const text = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** The last day of the rule as a UTC midnight, so formatting in UTC shows that very date. */
function untilDate(until: RuleUntil): Date {
  if (until.kind === 'instant') return new Date(until.instantMs);
  const { year, month, day } = until.kind === 'date' ? until.date : until.wallClock;
  return new Date(Date.UTC(year, month - 1, day));
}

/** Parts the sentence does not say; the summary then flags the rule as custom. */
function hasUnsaidParts(rule: ParsedRule): boolean {
  return rule.byMonth.length + rule.byYearDay.length + rule.byWeekNo.length + rule.bySetPos.length > 0;
}
