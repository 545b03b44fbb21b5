import { Injectable } from '@nestjs/common';
import type {
  BookingConflict,
  BookingSeriesView,
  BookingSkipped,
  CalendarOccurrence,
  CreateBookingRequest,
} from '@mutualis/contracts';
import { resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { StaffBookingRules } from '../staff/staff-booking-rules';
import { assertCanSeeBooking, BookingAccess } from './booking-access';
import { planSeries, type SeriesDefinition } from './booking-planner';
import { BookingRepository } from './booking.repository';
import { isoIn, toCalendarOccurrence, toSeriesView } from './booking.mapper';
import type { BookableResource, GuardedOccurrence, SeriesRecord } from './booking.types';

const MAX_WINDOW_DAYS = 92;
const DAY_MS = 86_400_000;

export interface CheckedOccurrences {
  occurrences: GuardedOccurrence[];
  skipped: BookingSkipped[];
}

@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly audit: AuditTrail,
    private readonly staffRules: StaffBookingRules,
  ) {}

  /**
   * `scheduledBy`: an employee turning an organisation's flexible hour request into time; they act for
   * that organisation (already checked) and their scheduling is the approval.
   */
  async create(
    actor: Actor,
    request: CreateBookingRequest,
    nowMs = Date.now(),
    scheduledBy?: { hourRequestId: string },
  ): Promise<BookingSeriesView> {
    const { user } = actor;
    // The organisation's networks and name come with the resource; an unknown resource still answers first.
    const found = await this.bookings.resourceForBooking(
      this.bookings.manager,
      request.resourceId,
      request.organisationId ?? soleOrganisation(user),
    );
    if (!found || !AccessPolicy.canSeeNetwork(user, found.resource.networkId)) throw notFound('resource', request.resourceId);
    const { resource } = found;
    const organisationId = request.organisationId ?? defaultOrganisation(user);
    if (!scheduledBy) BookingAccess.assertMayBookFor(user, resource, organisationId, found.organisationNetworkIds);
    const definition: SeriesDefinition = {
      start: request.start,
      timeZone: request.timeZone ?? resource.timeZone,
      durationMinutes: request.durationMinutes,
      rrule: request.rrule?.trim() || null,
      exdates: request.exdates ?? [],
      skipHolidays: request.skipHolidays ?? null,
    };
    const plan = planSeries(resource, definition, nowMs);
    if (plan.occurrences.length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'This rule gives no occurrence to book.', {
        fields: [{ field: 'rrule', messages: ['no occurrence'] }],
      });
    }
    if (plan.violations.length > 0) {
      throw new DomainError('RULE_VIOLATION', "The booking breaks the resource's rules.", { violations: plan.violations });
    }
    const status = !scheduledBy && BookingAccess.needsApproval(user, resource, organisationId) ? 'pending' : 'confirmed';

    return this.bookings
      .transaction(async (manager) => {
        const checked = await this.checkAvailability(
          manager,
          user,
          resource,
          organisationId,
          plan,
          request.skipConflicts === true,
        );
        const warnings =
          resource.type === 'staff' ? await this.staffRules.check(manager, resource, organisationId, checked.occurrences) : [];
        const seriesInput = {
          resourceId: resource.id,
          organisationId,
          requesterUserId: user.id,
          title: request.title,
          notes: request.notes ?? '',
          private: request.private ?? false,
          startLocal: definition.start,
          timeZone: definition.timeZone,
          durationMinutes: definition.durationMinutes,
          rrule: definition.rrule ?? null,
          exdates: definition.exdates ?? [],
          skipHolidays: definition.skipHolidays ?? null,
          materialisedUntil: plan.materialisedUntil,
          previousSeriesId: null,
        };
        const { seriesId, occurrences: stored } = await this.bookings.insertSeriesWithOccurrences(
          manager,
          { ...seriesInput, hourRequestId: scheduledBy?.hourRequestId ?? null },
          status,
          checked.occurrences,
        );
        const series: SeriesRecord = { ...seriesInput, id: seriesId, status: 'active', createdAt: new Date(nowMs) };
        await this.audit.record(manager, actor, {
          entity: 'booking_series',
          entityId: seriesId,
          action: 'create',
          organisationId,
          networkId: resource.networkId,
          after: { ...request, status, occurrences: stored.length },
        });
        return toSeriesView(
          series,
          {
            resourceName: resource.name,
            organisationName: organisationNameOf(user, organisationId) || found.organisationName,
            isMine: user.memberships.has(organisationId),
            canEdit: true,
            seesDetails: true,
          },
          stored,
          checked.skipped,
          warnings,
        );
      })
      .catch((error: unknown) => this.raceToConflict(error, resource, user, plan.occurrences));
  }

  /**
   * Blackouts, opening hours, the weekly cap and conflicts with other bookings, checked for every
   * occurrence (never only the first few). With `skipConflicts`, the blocked occurrences are reported
   * in `skipped` and the free ones kept.
   */
  async checkAvailability(
    manager: EntityManager,
    user: AuthenticatedUser,
    resource: BookableResource,
    organisationId: string,
    plan: { occurrences: GuardedOccurrence[]; skipped: BookingSkipped[]; outsideHours: GuardedOccurrence[] },
    skipConflicts: boolean,
    excludeOccurrenceIds: string[] = [],
  ): Promise<CheckedOccurrences> {
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
    const blackouts = await this.bookings.blackedOut(manager, resource.id, resource.siteId, plan.occurrences);
    if (blackouts.size > 0 && !skipConflicts) {
      throw new DomainError('BLACKOUT', 'Some occurrences fall in a closure.', {
        occurrences: [...blackouts].map(([index, reason]) => ({ start: isoIn(zone, plan.occurrences[index].startMs), reason })),
      });
    }
    blackouts.forEach((_, index) => !blocked.has(plan.occurrences[index]) && block(plan.occurrences[index], 'BLACKOUT'));

    const conflicts = await this.bookings.conflicts(manager, resource.id, plan.occurrences, excludeOccurrenceIds);
    if (conflicts.length > 0 && !skipConflicts) {
      throw new DomainError('BOOKING_CONFLICT', 'Some occurrences overlap other bookings of this resource.', {
        conflicts: conflicts.map((c): BookingConflict => this.describeConflict(user, resource, zone, c)),
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
    await this.assertWeeklyCap(manager, resource, organisationId, occurrences, excludeOccurrenceIds.length > 0);
    skipped.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return { occurrences, skipped };
  }

  async list(
    user: AuthenticatedUser,
    filter: { resourceId?: string; organisationId?: string; from: string; to: string },
  ): Promise<CalendarOccurrence[]> {
    const fromMs = Date.parse(filter.from);
    const toMs = Date.parse(filter.to);
    if (!(toMs > fromMs))
      throw new DomainError('INVALID_QUERY', '`to` must be after `from`.', { from: filter.from, to: filter.to });
    if (toMs - fromMs > MAX_WINDOW_DAYS * DAY_MS) {
      throw new DomainError('INVALID_QUERY', `The window is at most ${MAX_WINDOW_DAYS} days.`, { maxDays: MAX_WINDOW_DAYS });
    }
    const networkIds = [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])];
    const rows = await this.bookings.calendar({ ...filter, networkIds, fromMs, toMs });
    const caller = { memberOf: new Set(user.memberships.keys()), coordinates: new Set(user.coordinatorOf.keys()) };
    return rows.map((row) => toCalendarOccurrence(row, caller));
  }

  async get(user: AuthenticatedUser, seriesId: string): Promise<BookingSeriesView> {
    const manager = this.bookings.manager;
    const found = await this.bookings.series(manager, seriesId);
    const { series, resource } = assertCanSeeBooking(
      user,
      found,
      found ? await this.bookings.bookableResource(manager, found.resourceId) : null,
      seriesId,
    );
    const isMine = user.memberships.has(series.organisationId);
    const coordinator = AccessPolicy.isCoordinatorOf(user, resource.networkId);
    return toSeriesView(
      series,
      {
        resourceName: resource.name,
        organisationName:
          isMine || coordinator || resource.showOrganisationNames ? await this.organisationName(series.organisationId) : '',
        isMine,
        canEdit: BookingAccess.canEdit(user, series, resource),
        seesDetails: isMine || coordinator,
      },
      await this.bookings.occurrencesOf(manager, seriesId),
    );
  }

  async visibleResource(manager: EntityManager, user: AuthenticatedUser, resourceId: string): Promise<BookableResource> {
    const resource = await this.bookings.bookableResource(manager, resourceId);
    if (!resource || !AccessPolicy.canSeeNetwork(user, resource.networkId)) throw notFound('resource', resourceId);
    return resource;
  }

  /** The exclusion constraint caught a race the checks above could not see: a clean 409 with what is taken now. */
  async raceToConflict(
    error: unknown,
    resource: BookableResource,
    user: AuthenticatedUser,
    occurrences: GuardedOccurrence[],
  ): Promise<never> {
    if (!isExclusionViolation(error)) throw error;
    const zone = resolveTimeZone(resource.timeZone) as IANAZone;
    const conflicts = await this.bookings.conflicts(this.bookings.manager, resource.id, occurrences);
    throw new DomainError('BOOKING_CONFLICT', 'Another booking took this time a moment ago.', {
      conflicts: conflicts.map((c) => this.describeConflict(user, resource, zone, c)),
    });
  }

  private describeConflict(
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

  private async assertWeeklyCap(
    manager: EntityManager,
    resource: BookableResource,
    organisationId: string,
    occurrences: GuardedOccurrence[],
    editing: boolean,
  ): Promise<void> {
    const cap = resource.rules.weeklyMinutesPerOrganisation;
    if (!cap || editing) return;
    const held = await this.bookings.weeklyMinutes(
      manager,
      resource.id,
      organisationId,
      resource.timeZone,
      occurrences[0].startMs,
      occurrences.at(-1)!.startMs,
    );
    const added = new Map<string, number>();
    for (const o of occurrences) {
      const week = mondayOf(o.localStart);
      added.set(week, (added.get(week) ?? 0) + (o.endMs - o.startMs) / 60_000);
    }
    for (const [week, minutes] of added) {
      const total = (held.get(week) ?? 0) + minutes;
      if (total > cap) {
        throw new DomainError('RULE_VIOLATION', 'This organisation would exceed its weekly hours on this resource.', {
          violations: [{ rule: 'weeklyMinutesPerOrganisation', limit: cap, actual: total, week }],
        });
      }
    }
  }

  private async organisationName(organisationId: string): Promise<string> {
    const rows = await this.bookings.manager.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
    return rows[0]?.name ?? '';
  }
}

export function isExclusionViolation(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === '23P01';
}

function defaultOrganisation(user: AuthenticatedUser): string {
  const [only, ...others] = [...user.memberships.keys()];
  if (!only || others.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Say for which organisation you book.', {
      fields: [
        { field: 'organisationId', messages: ['organisationId is required when you belong to several organisations (or none)'] },
      ],
    });
  }
  return only;
}

/** The caller's only organisation, or null when they belong to none or several. */
function soleOrganisation(user: AuthenticatedUser): string | null {
  return user.memberships.size === 1 ? [...user.memberships.keys()][0] : null;
}

function organisationNameOf(user: AuthenticatedUser, organisationId: string): string {
  return user.memberships.get(organisationId)?.organisationName ?? '';
}

/** 'YYYY-MM-DD' of the Monday of the local week of a 'YYYY-MM-DDTHH:mm' wall clock. */
function mondayOf(localStart: string): string {
  const date = new Date(`${localStart.slice(0, 10)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - weekday * DAY_MS).toISOString().slice(0, 10);
}
