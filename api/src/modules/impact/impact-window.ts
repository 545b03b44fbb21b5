import { DateTime } from 'luxon';
import { DomainError } from '../../errors/domain-error';

/** A report window [from, to) of local dates, and its comparison windows. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Midnight starting the local day in the zone. */
export function dayStart(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).startOf('day').toJSDate();
}

/** The local months touching the window, each clipped to it. */
export function monthsOf(window: DateWindow): DateWindow[] {
  const months: DateWindow[] = [];
  let month = DateTime.fromISO(window.from, { zone: 'UTC' }).startOf('month');
  while ((month.toISODate() ?? '') < window.to) {
    const next = month.plus({ months: 1 });
    const from = month.toISODate() ?? '';
    const to = next.toISODate() ?? '';
    months.push({ from: from < window.from ? window.from : from, to: to > window.to ? window.to : to });
    month = next;
  }
  return months;
}

/**
 * The window just before, of the same shape: whole months shift by their number of months (a
 * quarter before a quarter, a fiscal year before a fiscal year), other windows by their days.
 */
export function previousWindow(window: DateWindow): DateWindow {
  const from = DateTime.fromISO(window.from, { zone: 'UTC' });
  const to = DateTime.fromISO(window.to, { zone: 'UTC' });
  if (from.day === 1 && to.day === 1) {
    const months = Math.round(to.diff(from, 'months').months);
    return { from: from.minus({ months }).toISODate() ?? '', to: window.from };
  }
  const days = Math.round(to.diff(from, 'days').days);
  return { from: from.minus({ days }).toISODate() ?? '', to: window.from };
}

export function sameWindowLastYear(window: DateWindow): DateWindow {
  const shift = (day: string) => DateTime.fromISO(day, { zone: 'UTC' }).minus({ years: 1 }).toISODate() ?? '';
  return { from: shift(window.from), to: shift(window.to) };
}

const MAX_DAYS = 3 * 366;

export function assertImpactWindow(window: DateWindow): void {
  const from = DateTime.fromISO(window.from, { zone: 'UTC' });
  const to = DateTime.fromISO(window.to, { zone: 'UTC' });
  if (!from.isValid || !to.isValid) {
    throw new DomainError('INVALID_WINDOW', "from and to must be real dates 'YYYY-MM-DD'.", { ...window });
  }
  if (to <= from) throw new DomainError('INVALID_WINDOW', 'to must come after from (to is exclusive).', { ...window });
  if (to.diff(from, 'days').days > MAX_DAYS) {
    throw new DomainError('INVALID_WINDOW', `An impact report covers at most ${MAX_DAYS} days.`, {
      ...window,
      maxDays: MAX_DAYS,
    });
  }
}

/** A window from the first of a month to the first of a month: the summaries kept by the database answer it. */
export function isWholeMonths(window: DateWindow): boolean {
  return window.from.endsWith('-01') && window.to.endsWith('-01');
}
