import { parseRecurrenceRule } from '@mutualis/domain';

/** RRULE text without its COUNT and UNTIL parts (and without a leading 'RRULE:'). */
function withoutEnd(rrule: string): string[] {
  return rrule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((part) => part && !/^(COUNT|UNTIL)=/i.test(part));
}

/** The rule ending just before an instant: what "this and following" leaves to the earlier part. */
export function endRuleBefore(rrule: string, instantMs: number): string {
  const until = new Date(instantMs - 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return [...withoutEnd(rrule), `UNTIL=${until}`].join(';');
}

/** The rule for the later part of a split series: COUNT becomes what remains of it. */
export function continueRule(rrule: string, occurrencesAlreadyHeld: number): string {
  const rule = parseRecurrenceRule(rrule);
  if (rule.count === undefined) return rrule.replace(/^RRULE:/i, '');
  return [...withoutEnd(rrule), `COUNT=${Math.max(1, rule.count - occurrencesAlreadyHeld)}`].join(';');
}

export function isUnbounded(rrule: string | null): boolean {
  if (!rrule) return false;
  const rule = parseRecurrenceRule(rrule);
  return rule.count === undefined && rule.until === undefined;
}
