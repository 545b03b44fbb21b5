import type { BookingSeriesView, BookingSkipped, CalendarOccurrence, OccurrenceView, QuotaWarning } from '@mutualis/contracts';
import { formatInstant, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { BookingAccess } from './booking-access';
import type { CalendarRow } from './booking.repository';
import type { SeriesRecord, StoredOccurrence } from './booking.types';

/** Instants leave the API with the offset of the series' zone, e.g. 2026-03-10T09:00:00-04:00. */
export function isoIn(zone: IANAZone, instant: Date | number): string {
  return formatInstant(typeof instant === 'number' ? instant : instant.getTime(), zone);
}

export function toOccurrenceView(zone: IANAZone, o: StoredOccurrence): OccurrenceView {
  return { id: o.id, start: isoIn(zone, o.startsAt), end: isoIn(zone, o.endsAt), status: o.status };
}

export function toSeriesView(
  series: SeriesRecord,
  context: {
    resourceName: string;
    organisationName: string;
    isMine: boolean;
    canEdit: boolean;
    seesDetails: boolean;
    /** The clock's instant: what is still ahead decides whether the series waits for approval. */
    nowMs: number;
  },
  occurrences: StoredOccurrence[],
  skipped: BookingSkipped[] = [],
  warnings: QuotaWarning[] = [],
): BookingSeriesView {
  const zone = resolveTimeZone(series.timeZone) as IANAZone;
  const pending = occurrences.some((o) => o.status === 'pending' && o.startsAt.getTime() > context.nowMs);
  return {
    id: series.id,
    resourceId: series.resourceId,
    resourceName: context.resourceName,
    organisationId: series.organisationId,
    organisationName: context.organisationName,
    title: context.seesDetails || !series.private ? series.title : null,
    // Notes are stored as '' when absent; they leave the API as null then, whoever reads them.
    notes: context.seesDetails && series.notes ? series.notes : null,
    private: series.private,
    start: series.startLocal,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    rrule: series.rrule,
    exdates: series.exdates,
    status:
      series.status === 'cancelled'
        ? 'cancelled'
        : pending
          ? 'pending'
          : occurrences.length && occurrences.every((o) => o.status === 'confirmed')
            ? 'confirmed'
            : 'active',
    isMine: context.isMine,
    canEdit: context.canEdit,
    occurrences: occurrences.map((o) => toOccurrenceView(zone, o)),
    skipped,
    ...(warnings.length ? { warnings } : {}),
    ...(series.quantity !== undefined && series.quantity !== 1 ? { quantity: series.quantity } : {}),
    ...(series.bundleOf ? { bundledWith: series.bundleOf } : {}),
  };
}

/**
 * Another organisation's private booking is only "taken"; its name shows when the network allows it.
 * `canEdit` says whether the user may move it (the calendar lets them drag only those).
 */
export function toCalendarOccurrence(
  row: CalendarRow,
  caller: { memberOf: Set<string>; coordinates: Set<string> },
  user: AuthenticatedUser,
): CalendarOccurrence {
  const zone = resolveTimeZone(row.time_zone) as IANAZone;
  const isMine = caller.memberOf.has(row.organisation_id);
  const privileged = isMine || caller.coordinates.has(row.network_id);
  return {
    id: row.id,
    seriesId: row.series_id,
    resourceId: row.resource_id,
    start: isoIn(zone, row.starts_at),
    end: isoIn(zone, row.ends_at),
    status: row.status,
    organisationId: row.organisation_id,
    organisationName: privileged || row.show_organisation_names ? row.organisation_name : null,
    title: privileged || !row.private ? row.title : null,
    isMine,
    canEdit: BookingAccess.canEdit(
      user,
      { organisationId: row.organisation_id, requesterUserId: row.requester_user_id },
      { networkId: row.network_id },
    ),
    recurring: row.recurring,
    needsReschedule: row.needs_reschedule,
    proposedStart: row.proposed_starts_at ? isoIn(zone, row.proposed_starts_at) : null,
    proposedEnd: row.proposed_ends_at ? isoIn(zone, row.proposed_ends_at) : null,
  };
}
