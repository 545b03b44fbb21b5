import type { OccurrenceStatus } from '@mutualis/contracts';
import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { assertCanSeeBooking, BookingAccess } from './booking-access';
import { ACTIVE_STATUSES, type BookingRepository } from './booking.repository';
import type { BookableResource, SeriesRecord, StoredOccurrence } from './booking.types';

/** A series as a change finds it, locked for the transaction. */
export interface LoadedSeries {
  series: SeriesRecord;
  resource: BookableResource;
  occurrences: StoredOccurrence[];
  zone: IANAZone;
}

export async function loadSeries(
  bookings: BookingRepository,
  manager: EntityManager,
  actor: Actor,
  seriesId: string,
): Promise<LoadedSeries> {
  const found = await bookings.series(manager, seriesId, true);
  const resourceFound = found ? await bookings.bookableResource(manager, found.resourceId) : null;
  const { series, resource } = assertCanSeeBooking(actor.user, found, resourceFound, seriesId);
  return {
    series,
    resource,
    occurrences: await bookings.occurrencesOf(manager, seriesId),
    zone: resolveTimeZone(series.timeZone) as IANAZone,
  };
}

/** The series, if the actor may change it and it is not cancelled. */
export async function loadSeriesForChange(
  bookings: BookingRepository,
  manager: EntityManager,
  actor: Actor,
  seriesId: string,
): Promise<LoadedSeries> {
  const loaded = await loadSeries(bookings, manager, actor, seriesId);
  if (!BookingAccess.canEdit(actor.user, loaded.series, loaded.resource)) {
    throw new DomainError('FORBIDDEN', 'You may not change this booking.', { seriesId });
  }
  if (loaded.series.status === 'cancelled') throw new DomainError('INVALID_STATE', 'This booking is cancelled.', { seriesId });
  return loaded;
}

/** The named occurrence, if it is still ahead and active. */
export function futureOccurrence(loaded: LoadedSeries, occurrenceId: string | undefined, nowMs: number): StoredOccurrence {
  if (!occurrenceId) {
    throw new DomainError('VALIDATION_FAILED', 'Say which occurrence.', {
      fields: [{ field: 'occurrenceId', messages: ['required for this scope'] }],
    });
  }
  const occurrence = loaded.occurrences.find((o) => o.id === occurrenceId);
  if (!occurrence) throw notFound('occurrence', occurrenceId);
  if (occurrence.startsAt.getTime() <= nowMs) {
    throw new DomainError('PAST_OCCURRENCE', 'An occurrence that has started or passed cannot change.', { occurrenceId });
  }
  if (!ACTIVE_STATUSES.includes(occurrence.status)) {
    throw new DomainError('INVALID_STATE', `This occurrence is ${occurrence.status}.`, {
      occurrenceId,
      status: occurrence.status,
    });
  }
  return occurrence;
}

/**
 * A changed time needs approval again, as a new request would: unless the resource needs none, or an approver
 * outside the requesting organisation makes the change (an organisation never approves its own request).
 */
export function statusAfterChange(user: AuthenticatedUser, loaded: LoadedSeries): OccurrenceStatus {
  return BookingAccess.needsApproval(user, loaded.resource, loaded.series.organisationId) ? 'pending' : 'confirmed';
}

export function isActiveAhead(o: StoredOccurrence, nowMs: number): boolean {
  return ACTIVE_STATUSES.includes(o.status) && o.startsAt.getTime() > nowMs;
}

export function localStartOf(zone: IANAZone, instant: Date | number): string {
  return formatWallClock(instantToWallClock(typeof instant === 'number' ? instant : instant.getTime(), zone));
}

export function minutesOf(o: StoredOccurrence): number {
  return Math.round((o.endsAt.getTime() - o.startsAt.getTime()) / 60_000);
}
