import type { OccurrenceStatus } from '@mutualis/contracts';
import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { CalendarEvent } from '../notifications/icalendar';
import type { SeriesRecord, StoredOccurrence } from './booking.types';
import { ruleInstants } from './series-rule';

const ACTIVE: OccurrenceStatus[] = ['pending', 'confirmed'];

export interface SeriesCalendarInput {
  series: Pick<SeriesRecord, 'id' | 'title' | 'startLocal' | 'timeZone' | 'durationMinutes' | 'rrule'>;
  occurrences: StoredOccurrence[];
  sequence: number;
  location: string;
  description?: string;
  /** Title shown instead of the series' own (« Réservé » for a private booking seen from outside). */
  summary?: string;
}

export function seriesUid(seriesId: string): string {
  return `${seriesId}@mutualis`;
}

/**
 * A series as iCalendar (RFC 5545): one master VEVENT with its RRULE, an EXDATE for every instant of the
 * rule that does not take place (cancelled, declined, skipped, a holiday), and an override with a
 * RECURRENCE-ID for every occurrence moved from its instant. A one-off is a single VEVENT.
 */
export function seriesEvents(input: SeriesCalendarInput): CalendarEvent[] {
  const { series, occurrences, sequence, location } = input;
  const zone = resolveTimeZone(series.timeZone) as IANAZone;
  const local = (ms: number) => formatWallClock(instantToWallClock(ms, zone));
  const base = {
    uid: seriesUid(series.id),
    sequence,
    summary: input.summary ?? series.title,
    location,
    description: input.description,
    timeZone: series.timeZone,
  };
  const active = occurrences.filter((o) => ACTIVE.includes(o.status));
  const statusOf = (list: StoredOccurrence[]) => (list.some((o) => o.status === 'pending') ? 'TENTATIVE' : 'CONFIRMED');
  if (!series.rrule) {
    const only = active[0] ?? occurrences[0];
    if (!only) return [];
    return [
      {
        ...base,
        start: local(only.startsAt.getTime()),
        end: local(only.endsAt.getTime()),
        status: active.length ? statusOf(active) : 'CANCELLED',
      },
    ];
  }
  const lastMs = Math.max(0, ...occurrences.map((o) => Math.max(o.startsAt.getTime(), o.recurrenceId.getTime())));
  const byInstant = new Map(occurrences.map((o) => [o.recurrenceId.getTime(), o]));
  const exdates: string[] = [];
  const overrides: CalendarEvent[] = [];
  for (const instant of ruleInstants(series, lastMs + 1)) {
    const occurrence = byInstant.get(instant);
    if (!occurrence || !ACTIVE.includes(occurrence.status)) {
      exdates.push(local(instant));
    } else if (
      occurrence.startsAt.getTime() !== instant ||
      occurrence.endsAt.getTime() - instant !== series.durationMinutes * 60_000
    ) {
      overrides.push({
        ...base,
        summary: input.summary ?? occurrence.title ?? series.title,
        recurrenceId: local(instant),
        start: local(occurrence.startsAt.getTime()),
        end: local(occurrence.endsAt.getTime()),
        status: statusOf([occurrence]),
      });
    }
  }
  const endLocal = addMinutes(series.startLocal, series.durationMinutes);
  return [
    {
      ...base,
      start: series.startLocal,
      end: endLocal,
      rrule: series.rrule,
      exdates,
      status: active.length ? statusOf(active) : 'CANCELLED',
    },
    ...overrides,
  ];
}

/** The cancellation of some instances of a series (METHOD:CANCEL with their RECURRENCE-IDs), or of all of it. */
export function cancelledEvents(input: SeriesCalendarInput, cancelled: StoredOccurrence[], whole: boolean): CalendarEvent[] {
  const zone = resolveTimeZone(input.series.timeZone) as IANAZone;
  const local = (ms: number) => formatWallClock(instantToWallClock(ms, zone));
  const [master] = seriesEvents(input);
  if (!master) return [];
  if (whole || !input.series.rrule) return [{ ...master, status: 'CANCELLED' }];
  return cancelled.map((o) => ({
    ...master,
    rrule: null,
    exdates: [],
    recurrenceId: local(o.recurrenceId.getTime()),
    start: local(o.startsAt.getTime()),
    end: local(o.endsAt.getTime()),
    status: 'CANCELLED' as const,
  }));
}

/** Wall clock plus minutes, as a calendar counts them (no DST: the end keeps its wall-clock distance). */
function addMinutes(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}
