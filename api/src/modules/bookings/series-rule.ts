import { expandSeries, formatRecurrenceRule, parseRecurrenceRule } from '@mutualis/domain';

const DAY_MS = 86_400_000;
const MAX_RULE_INSTANTS = 5000;

/** The rule ending just before an instant: what "this and following" leaves to the earlier part. */
export function endRuleBefore(rrule: string, instantMs: number): string {
  const rule = parseRecurrenceRule(rrule);
  return formatRecurrenceRule({ ...rule, count: undefined, until: { kind: 'instant', instantMs: instantMs - 1000 } });
}

/** The rule for the later part of a split series: COUNT becomes what remains of it. */
export function continueRule(rrule: string, occurrencesAlreadyHeld: number): string {
  const rule = parseRecurrenceRule(rrule);
  if (rule.count === undefined) return rrule.replace(/^RRULE:/i, '');
  return formatRecurrenceRule({ ...rule, count: Math.max(1, rule.count - occurrencesAlreadyHeld) });
}

export function isUnbounded(rrule: string | null): boolean {
  if (!rrule) return false;
  const rule = parseRecurrenceRule(rrule);
  return rule.count === undefined && rule.until === undefined;
}

/**
 * Every instant the rule itself gives (before EXDATEs and holidays take any out), up to `toMs`: what COUNT
 * counts and what a split of the series cuts.
 */
export function ruleInstants(
  series: { startLocal: string; timeZone: string; durationMinutes: number; rrule: string | null },
  toMs: number,
): number[] {
  const approximateStart = Date.parse(`${series.startLocal}:00Z`);
  return expandSeries({
    start: series.startLocal,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    rrule: series.rrule ?? undefined,
    window: { from: new Date(approximateStart - 2 * DAY_MS), to: new Date(Math.max(toMs, approximateStart + DAY_MS)) },
    maxOccurrences: MAX_RULE_INSTANTS,
  }).occurrences.map((o) => o.startMs);
}

/** Minutes from one wall clock ('YYYY-MM-DDTHH:mm') to another, as a calendar counts them (no DST). */
export function wallClockMinutesBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;
}

/**
 * An EXDATE moved with the series' start: 'YYYY-MM-DDTHH:mm' by the minutes, 'YYYY-MM-DD' by the whole days
 * of the move.
 */
export function shiftExdate(exdate: string, minutes: number): string {
  if (minutes === 0) return exdate;
  if (exdate.length === 10) {
    return new Date(Date.parse(`${exdate}T00:00:00Z`) + Math.trunc(minutes / 1440) * DAY_MS).toISOString().slice(0, 10);
  }
  return new Date(Date.parse(`${exdate}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}
