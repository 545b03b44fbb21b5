import { formatLocalDate, fromFieldsAsUtc, type WallClock } from '../wall-clock/wall-clock';
import type { ByDayEntry, ParsedRule, RuleUntil } from './recurrence-rule';

/**
 * The one RRULE writer: RFC 5545 text (without 'RRULE:') that `parseRecurrenceRule` reads back as
 * the same rule. Defaults (INTERVAL=1, WKST=MO) are left out; COUNT or UNTIL comes last.
 */
export function formatRecurrenceRule(rule: ParsedRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map(formatByDay).join(',')}`);
  const lists: Array<[string, number[]]> = [
    ['BYMONTHDAY', rule.byMonthDay],
    ['BYMONTH', rule.byMonth],
    ['BYYEARDAY', rule.byYearDay],
    ['BYWEEKNO', rule.byWeekNo],
    ['BYSETPOS', rule.bySetPos],
  ];
  for (const [name, values] of lists) if (values.length > 0) parts.push(`${name}=${values.join(',')}`);
  if (rule.wkst !== 'MO') parts.push(`WKST=${rule.wkst}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${formatUntil(rule.until)}`);
  return parts.join(';');
}

/** A rule with no BYxxx part, repeating every `interval` periods: the base the writers fill in. */
export function simpleRule(freq: ParsedRule['freq'], interval = 1): ParsedRule {
  return { freq, interval, byDay: [], byMonthDay: [], byMonth: [], byYearDay: [], byWeekNo: [], bySetPos: [], wkst: 'MO' };
}

function formatByDay(entry: ByDayEntry): string {
  return `${entry.ordinal ?? ''}${entry.weekday}`;
}

function formatUntil(until: RuleUntil): string {
  switch (until.kind) {
    case 'date':
      return compactDate(until.date);
    case 'local':
      return `${compactDate(until.wallClock)}T${compactTime(until.wallClock)}00`;
    case 'instant': {
      const seconds = Math.floor((((until.instantMs % 60_000) + 60_000) % 60_000) / 1000);
      const wallClock = fromFieldsAsUtc(until.instantMs - seconds * 1000);
      return `${compactDate(wallClock)}T${compactTime(wallClock)}${String(seconds).padStart(2, '0')}Z`;
    }
  }
}

function compactDate(wallClock: WallClock): string {
  return formatLocalDate(wallClock).replaceAll('-', '');
}

function compactTime(wallClock: WallClock): string {
  return `${String(wallClock.hour).padStart(2, '0')}${String(wallClock.minute).padStart(2, '0')}`;
}
