import type { CalendarOccurrence, EditScope, UpdateBookingRequest } from '@mutualis/contracts';
import { wallClockOf } from '../../core/locale/zone-wall-clock';
import { minutesBetween } from '../bookings/minutes-between';

/** A booking dragged or resized in the calendar: where it was, and where it was let go. */
export interface EventMove {
  readonly occurrence: CalendarOccurrence;
  /** The room's zone, in which the API reads local starts. */
  readonly timeZone: string;
  readonly start: Date;
  readonly end: Date;
}

/** The occurrence's local start and length before and after the move, and the shift of its wall clock. */
export interface MovedTiming {
  readonly oldStart: string;
  readonly oldDurationMinutes: number;
  readonly start: string;
  readonly durationMinutes: number;
  /** Wall-clock minutes from the old start to the new (a week later is 10 080, whatever DST does). */
  readonly shiftMinutes: number;
}

export function movedTiming({ occurrence, timeZone, start, end }: EventMove): MovedTiming {
  const oldStart = wallClockOf(occurrence.start, timeZone);
  const newStart = wallClockOf(start.toISOString(), timeZone);
  return {
    oldStart,
    oldDurationMinutes: minutesBetween(occurrence.start, occurrence.end),
    start: newStart,
    durationMinutes: minutesBetween(start.toISOString(), end.toISOString()),
    shiftMinutes: wallClockMinutes(newStart) - wallClockMinutes(oldStart),
  };
}

/**
 * The edit the move stands for, as the edit dialog would send it: only what changed. A one-off
 * booking changes as a whole; an occurrence of a series by the scope chosen, the whole series from
 * its own start (`seriesStart`) shifted as the occurrence was.
 */
export function moveRequestOf(
  move: Pick<EventMove, 'occurrence'>,
  timing: MovedTiming,
  scope: EditScope,
  seriesStart?: string,
): UpdateBookingRequest {
  const changes: UpdateBookingRequest['changes'] = {};
  if (timing.shiftMinutes !== 0) {
    changes.start =
      scope === 'all' && move.occurrence.recurring && seriesStart ? shifted(seriesStart, timing.shiftMinutes) : timing.start;
  }
  if (timing.durationMinutes !== timing.oldDurationMinutes) changes.durationMinutes = timing.durationMinutes;
  if (!move.occurrence.recurring) return { scope: 'all', changes };
  return { scope, ...(scope === 'all' ? {} : { occurrenceId: move.occurrence.id }), changes };
}

/**
 * The edit that puts it back, when one can: a one-off, one occurrence, or the whole series (they keep
 * their ids); not « les suivantes », which split the series in two.
 */
export function undoRequestOf(
  request: UpdateBookingRequest,
  timing: MovedTiming,
  /** The series' start before the move, when the whole series moved. */
  seriesStart?: string,
): UpdateBookingRequest | null {
  if (request.scope === 'following') return null;
  const changes: UpdateBookingRequest['changes'] = {};
  if (request.changes.start !== undefined) {
    changes.start = request.scope === 'all' && seriesStart ? seriesStart : timing.oldStart;
  }
  if (request.changes.durationMinutes !== undefined) changes.durationMinutes = timing.oldDurationMinutes;
  return { ...request, changes };
}

/** 'YYYY-MM-DDTHH:mm' as minutes of a clock that never changes time. */
function wallClockMinutes(wallClock: string): number {
  return Date.parse(`${wallClock}:00Z`) / 60_000;
}

function shifted(wallClock: string, minutes: number): string {
  return new Date((wallClockMinutes(wallClock) + minutes) * 60_000).toISOString().slice(0, 16);
}
