import { Injectable } from '@nestjs/common';
import { POOLED_RESOURCE_TYPES, type ResourceType } from '@mutualis/contracts';
import { occurrencesOutsideHours, resolveTimeZone } from '@mutualis/domain';
import { DateTime, type IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { databaseRuleOf } from '../../errors/postgres-error';
import { BookingQuantityRepository } from './booking-quantity.repository';
import { isoIn } from './booking.mapper';
import type { BookableResource, GuardedOccurrence } from './booking.types';

const MINUTE_MS = 60_000;

/** Equipment, vehicles and storage: booked by the unit, guarded by the quantity trigger instead of the exclusion constraint. */
export function isPooled(resource: { type: ResourceType }): boolean {
  return (POOLED_RESOURCE_TYPES as readonly string[]).includes(resource.type);
}

/**
 * A loan is picked up and returned during opening hours; the days between do not matter (the item is out).
 * Storage has no desk: never outside hours. Rooms and staff keep the whole-occurrence rule.
 */
export function loanEndpointsOutsideHours<T extends GuardedOccurrence>(resource: BookableResource, occurrences: T[]): T[] {
  if (resource.type === 'storage') return [];
  const zone = resource.siteTimeZone ?? resource.timeZone;
  const instants = occurrences.flatMap((o) => [
    { o, start: o.startMs, end: o.startMs + MINUTE_MS },
    { o, start: o.endMs - MINUTE_MS, end: o.endMs },
  ]);
  const outside = new Set(occurrencesOutsideHours(instants, resource.openingHours, zone).map((i) => i.o));
  return occurrences.filter((o) => outside.has(o));
}

/** The pick-up and return instants of each occurrence, as short periods (closures are checked on them). */
export function loanEndpoints(occurrences: GuardedOccurrence[]): GuardedOccurrence[] {
  return occurrences.flatMap((o) => [
    { ...o, endMs: o.startMs + MINUTE_MS },
    { ...o, startMs: o.endMs - MINUTE_MS },
  ]);
}

/**
 * `startDate`/`endDate` of a day loan as a wall-clock start and a duration: from the site's opening on
 * the first day to its closing on the last (midnight to midnight for storage, or when the site has no
 * hours that day, which the opening-hours check then refuses). The duration counts real minutes, so a
 * loan across a DST change still ends at the closing time.
 */
export function dayLoanWindow(
  resource: BookableResource,
  startDate: string,
  endDate: string,
): { start: string; durationMinutes: number } {
  const zone = resource.siteTimeZone ?? resource.timeZone;
  const first = DateTime.fromISO(startDate, { zone });
  const last = DateTime.fromISO(endDate, { zone });
  const hoursOn = (day: DateTime) =>
    resource.type === 'storage' ? [] : resource.openingHours.filter((h) => h.weekday === day.weekday);
  const opens = hoursOn(first)
    .map((h) => h.start)
    .sort()[0];
  const closes = hoursOn(last)
    .map((h) => h.end)
    .sort()
    .at(-1);
  const start = opens ? first.set(timeOf(opens)) : first.startOf('day');
  const end = closes ? last.set(timeOf(closes)) : last.plus({ days: 1 }).startOf('day');
  const durationMinutes = Math.round(end.diff(start, 'minutes').minutes);
  if (!(durationMinutes > 0)) {
    throw new DomainError('VALIDATION_FAILED', 'A loan ends after it starts.', {
      fields: [{ field: 'endDate', messages: ['endDate must not be before startDate'] }],
    });
  }
  return { start: start.toFormat("yyyy-MM-dd'T'HH:mm"), durationMinutes };
}

function timeOf(hhmm: string): { hour: number; minute: number; second: 0; millisecond: 0 } {
  const [hour, minute] = hhmm.split(':').map(Number);
  return { hour, minute, second: 0, millisecond: 0 };
}

/** The quantity check of `BookingChecks.vet`: every occurrence must leave room for the units asked. */
@Injectable()
export class BookingQuantity {
  constructor(private readonly repository: BookingQuantityRepository) {}

  /** Occurrences (by index) that lack units, with how many are free there; throws unless `skipShort`. */
  async shortages(
    manager: EntityManager,
    resource: BookableResource,
    occurrences: GuardedOccurrence[],
    quantity: number,
    replacing: string[],
    skipShort: boolean,
  ): Promise<Map<number, number>> {
    const capacity = resource.quantity ?? 1;
    if (quantity > capacity) throw insufficient(resource, quantity, capacity, []);
    const peaks = await this.repository.peaks(manager, resource.id, occurrences, replacing);
    const short = new Map<number, number>();
    peaks.forEach((peak, index) => {
      const available = Math.max(0, capacity - peak);
      if (available < quantity) short.set(index, available);
    });
    if (short.size > 0 && !skipShort) {
      const zone = resolveTimeZone(resource.timeZone) as IANAZone;
      throw insufficient(
        resource,
        quantity,
        Math.min(...short.values()),
        [...short].map(([index, available]) => ({
          start: isoIn(zone, occurrences[index].startMs),
          end: isoIn(zone, occurrences[index].endMs),
          available,
        })),
      );
    }
    return short;
  }

  /** The units the replaced occurrences take (1 when there are none). */
  async ofOccurrences(manager: EntityManager, occurrenceIds: string[]): Promise<number> {
    return occurrenceIds.length === 0 ? 1 : this.repository.quantityOf(manager, occurrenceIds);
  }

  /** The database's guard caught a race the check could not see: a clean 409 with what is free now. */
  async raceToShortage(
    manager: EntityManager,
    error: unknown,
    resource: BookableResource,
    occurrences: GuardedOccurrence[],
    quantity: number,
  ): Promise<never> {
    if (databaseRuleOf(error) !== 'INSUFFICIENT_QUANTITY') throw error;
    await this.shortages(manager, resource, occurrences, quantity, [], false);
    throw insufficient(resource, quantity, 0, []);
  }
}

function insufficient(
  resource: BookableResource,
  requested: number,
  available: number,
  occurrences: Array<{ start: string; end: string; available: number }>,
): DomainError {
  return new DomainError('INSUFFICIENT_QUANTITY', 'Not enough free units are left for this period.', {
    requested,
    available,
    quantity: resource.quantity ?? 1,
    ...(occurrences.length > 0 ? { occurrences } : {}),
  });
}
