import { Injectable } from '@nestjs/common';
import type { BookingConflict, BookingSkipped, QuotaWarning } from '@mutualis/contracts';
import { mondayOf, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { raceToConflict } from '../../errors/race-to-conflict';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { StaffBookingRules } from '../staff/staff-booking-rules';
import type { BookingPlan } from './booking-planner';
import { BookingQuantity, isPooled, loanEndpoints } from './booking-quantity';
import { BookingRepository } from './booking.repository';
import { isoIn } from './booking.mapper';
import type { BookableResource, GuardedOccurrence } from './booking.types';

export interface VetOptions {
  /** Keep the free occurrences and report the blocked ones instead of refusing. */
  skipConflicts?: boolean;
  /** Occurrences the change replaces: they neither conflict with it nor count towards caps and quota. */
  replacing?: string[];
  /** Units taken (equipment, vehicles, storage): checked against the quantity instead of any overlap. */
  quantity?: number;
}

export interface VettedOccurrences {
  occurrences: GuardedOccurrence[];
  skipped: BookingSkipped[];
  /** Wall-clock starts of the occurrences `skipConflicts` left out: the series' EXDATEs. */
  skippedLocalStarts: string[];
  warnings: QuotaWarning[];
}

/**
 * The one gate every booking passes, created or changed: the resource's limits (duration, granularity,
 * lead time, advance), opening hours, closures, other bookings, the weekly hours per organisation and,
 * for a pooled employee, working hours, holidays, leave, daily and weekly caps and the quota.
 */
@Injectable()
export class BookingChecks {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly staffRules: StaffBookingRules,
    private readonly quantities: BookingQuantity,
  ) {}

  async vet(
    manager: EntityManager,
    user: AuthenticatedUser,
    resource: BookableResource,
    organisationId: string,
    plan: BookingPlan,
    options: VetOptions = {},
  ): Promise<VettedOccurrences> {
    const replacing = options.replacing ?? [];
    if (plan.occurrences.length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'This rule gives no occurrence to book.', {
        fields: [{ field: 'rrule', messages: ['no occurrence'] }],
      });
    }
    if (plan.violations.length > 0) {
      throw new DomainError('RULE_VIOLATION', "The booking breaks the resource's rules.", { violations: plan.violations });
    }
    // From here to the caller's commit, this resource's other writers wait: they check against what this one writes.
    await this.bookings.lockForWrite(manager, resource.id);
    // A change (one, following, all, a proposal) keeps the units of the occurrences it replaces.
    const quantity = options.quantity ?? (isPooled(resource) ? await this.quantities.ofOccurrences(manager, replacing) : 1);
    const checked = await this.checkAvailability(manager, user, resource, plan, options.skipConflicts === true, replacing, {
      quantity,
    });
    await this.assertWeeklyCap(manager, resource, organisationId, checked.occurrences, replacing);
    const warnings =
      resource.type === 'staff'
        ? await this.staffRules.check(manager, resource, organisationId, checked.occurrences, replacing)
        : [];
    return { ...checked, warnings };
  }

  /** The exclusion constraint caught a race the checks could not see: a clean 409 with what is taken now. */
  async raceToConflict(
    error: unknown,
    resource: BookableResource,
    user: AuthenticatedUser,
    occurrences: GuardedOccurrence[],
  ): Promise<never> {
    return raceToConflict({
      'exclusion-violation': async () => {
        const zone = resolveTimeZone(resource.timeZone) as IANAZone;
        const conflicts = await this.bookings.conflicts(this.bookings.manager, resource.id, occurrences);
        return new DomainError('BOOKING_CONFLICT', 'Another booking took this time a moment ago.', {
          conflicts: conflicts.map((c) => describeConflict(user, resource, zone, c)),
        });
      },
    })(error);
  }

  /**
   * Blackouts, opening hours and conflicts with other bookings, checked for every occurrence (never only
   * the first few). With `skipConflicts`, the blocked occurrences are reported in `skipped` and the free ones kept.
   */
  private async checkAvailability(
    manager: EntityManager,
    user: AuthenticatedUser,
    resource: BookableResource,
    plan: BookingPlan,
    skipConflicts: boolean,
    replacing: string[],
    units: { quantity: number },
  ): Promise<Omit<VettedOccurrences, 'warnings'>> {
    const pooled = isPooled(resource);
    const zone = resolveTimeZone(resource.timeZone) as IANAZone;
    const skipped: BookingSkipped[] = [...plan.skipped];
    const blocked = new Set<GuardedOccurrence>();
    const block = (o: GuardedOccurrence, reason: BookingSkipped['reason']) => {
      blocked.add(o);
      skipped.push({ start: isoIn(zone, o.startMs), reason });
    };

    if (plan.outsideHours.length > 0) {
      if (!skipConflicts) {
        throw new DomainError('OUTSIDE_OPENING_HOURS', 'Some occurrences fall outside the opening hours.', {
          occurrences: plan.outsideHours.map((o) => ({ start: isoIn(zone, o.startMs), end: isoIn(zone, o.endMs) })),
          openingHours: resource.openingHours,
        });
      }
      plan.outsideHours.forEach((o) => block(o, 'OUTSIDE_OPENING_HOURS'));
    }
    // A loan is refused when it is picked up or returned during a closure, not for closures while it is out.
    // A room's or a person's closures and conflicts come in one round trip.
    const { blackouts, conflicts } = pooled
      ? {
          blackouts: endpointIndexes(
            await this.bookings.blackedOut(manager, resource.id, resource.siteId, loanEndpoints(plan.occurrences)),
          ),
          conflicts: [],
        }
      : await this.bookings.blackoutsAndConflicts(manager, resource.id, resource.siteId, plan.occurrences, replacing);
    if (blackouts.size > 0 && !skipConflicts) {
      throw new DomainError('BLACKOUT', 'Some occurrences fall in a closure.', {
        occurrences: [...blackouts].map(([index, reason]) => ({ start: isoIn(zone, plan.occurrences[index].startMs), reason })),
      });
    }
    blackouts.forEach((_, index) => !blocked.has(plan.occurrences[index]) && block(plan.occurrences[index], 'BLACKOUT'));

    if (pooled) {
      const short = await this.quantities.shortages(
        manager,
        resource,
        plan.occurrences,
        units.quantity,
        replacing,
        skipConflicts,
      );
      short.forEach((_, index) => !blocked.has(plan.occurrences[index]) && block(plan.occurrences[index], 'CONFLICT'));
    }
    if (conflicts.length > 0 && !skipConflicts) {
      throw new DomainError('BOOKING_CONFLICT', 'Some occurrences overlap other bookings of this resource.', {
        conflicts: conflicts.map((c): BookingConflict => describeConflict(user, resource, zone, c)),
      });
    }
    for (const conflict of conflicts) {
      const occurrence = plan.occurrences[conflict.index];
      if (!blocked.has(occurrence)) block(occurrence, 'CONFLICT');
    }
    const occurrences = plan.occurrences.filter((o) => !blocked.has(o));
    if (occurrences.length === 0) {
      throw new DomainError('BOOKING_CONFLICT', 'No occurrence of this booking is free.', { skipped });
    }
    skipped.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const skippedLocalStarts = plan.occurrences.filter((o) => blocked.has(o)).map((o) => o.localStart);
    return { occurrences, skipped, skippedLocalStarts };
  }

  private async assertWeeklyCap(
    manager: EntityManager,
    resource: BookableResource,
    organisationId: string,
    occurrences: GuardedOccurrence[],
    replacing: string[],
  ): Promise<void> {
    const cap = resource.rules.weeklyMinutesPerOrganisation;
    if (!cap) return;
    const starts = occurrences.map((o) => o.startMs);
    const held = await this.bookings.weeklyMinutes(
      manager,
      resource.id,
      organisationId,
      resource.timeZone,
      Math.min(...starts),
      Math.max(...starts),
      replacing,
    );
    const added = new Map<string, number>();
    for (const o of occurrences) {
      const week = mondayOf(o.localStart.slice(0, 10));
      added.set(week, (added.get(week) ?? 0) + (o.endMs - o.startMs) / 60_000);
    }
    for (const [week, minutes] of [...added].sort(([a], [b]) => a.localeCompare(b))) {
      const total = (held.get(week) ?? 0) + minutes;
      if (total > cap) {
        throw new DomainError('RULE_VIOLATION', 'This organisation would exceed its weekly hours on this resource.', {
          violations: [{ rule: 'weeklyMinutesPerOrganisation', limit: cap, actual: total, week }],
        });
      }
    }
  }
}

/** Blackouts found on the pick-up and return instants (two per occurrence), by occurrence. */
function endpointIndexes(found: Map<number, string>): Map<number, string> {
  const byOccurrence = new Map<number, string>();
  found.forEach((reason, index) => {
    if (!byOccurrence.has(Math.floor(index / 2))) byOccurrence.set(Math.floor(index / 2), reason);
  });
  return byOccurrence;
}

function describeConflict(
  user: AuthenticatedUser,
  resource: BookableResource,
  zone: IANAZone,
  conflict: { startsAt: Date; endsAt: Date; organisationId: string; organisationName: string },
): BookingConflict {
  const showName =
    resource.showOrganisationNames ||
    user.memberships.has(conflict.organisationId) ||
    AccessPolicy.isCoordinatorOf(user, resource.networkId);
  return {
    start: isoIn(zone, conflict.startsAt),
    end: isoIn(zone, conflict.endsAt),
    resourceId: resource.id,
    ...(showName ? { organisationName: conflict.organisationName } : {}),
  };
}
