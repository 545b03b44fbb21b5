import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, CalendarOccurrence, CreateBookingRequest } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { assertCanSeeBooking, BookingAccess } from './booking-access';
import { BookingChecks } from './booking-checks.service';
import { BookingQuantity, dayLoanWindow, isPooled } from './booking-quantity';
import { BookingNotices } from './booking-notices';
import { planSeries, type BookingPlan, type SeriesDefinition } from './booking-planner';
import { BookingRepository } from './booking.repository';
import { toCalendarOccurrence, toSeriesView } from './booking.mapper';
import type { BookableResource, SeriesRecord } from './booking.types';

const MAX_WINDOW_DAYS = 92;

/** A booking checked as far as it can be without the database, ready for `write`. */
export interface PreparedBooking {
  resource: BookableResource;
  /** The booking organisation's name (the caller's membership, else read with the resource). */
  organisationName: string;
  /** Who hears of the booking, read with the resource. */
  audience: { coordinators: string[]; staffUserId: string | null };
  organisationId: string;
  pooled: boolean;
  quantity: number;
  definition: SeriesDefinition;
  plan: BookingPlan;
  status: 'pending' | 'confirmed';
}
const DAY_MS = 86_400_000;

@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly audit: AuditTrail,
    private readonly checks: BookingChecks,
    private readonly clock: Clock,
    private readonly notices: BookingNotices,
    private readonly quantities: BookingQuantity,
  ) {}

  /**
   * `scheduledBy`: an employee turning an organisation's flexible hour request into time; they act for
   * that organisation (already checked), their scheduling is the approval, and the booking joins the
   * transaction that locked the request.
   */
  async create(
    actor: Actor,
    request: CreateBookingRequest,
    scheduledBy?: { hourRequestId: string; manager: EntityManager },
  ): Promise<BookingSeriesView> {
    const prepared = await this.prepare(scheduledBy?.manager ?? this.bookings.manager, actor, request, scheduledBy !== undefined);
    if (scheduledBy) {
      return (await this.write(scheduledBy.manager, actor, request, prepared, { hourRequestId: scheduledBy.hourRequestId })).view;
    }
    return this.bookings
      .transaction(async (manager) => (await this.write(manager, actor, request, prepared)).view)
      .catch((error: unknown) => this.raceToRefusal(error, actor, prepared));
  }

  /**
   * Everything a booking needs before the transaction: the resource (visible, bookable by the organisation),
   * the units, the window and the plan (limits and opening hours, no database).
   */
  async prepare(
    manager: EntityManager,
    actor: Actor,
    request: CreateBookingRequest,
    scheduled: boolean,
  ): Promise<PreparedBooking> {
    const { user } = actor;
    // The organisation's networks and name come with the resource; an unknown resource still answers first.
    const found = await this.bookings.resourceForBooking(
      manager,
      request.resourceId,
      request.organisationId ?? soleOrganisation(user),
    );
    if (!found || !AccessPolicy.canSeeNetwork(user, found.resource.networkId)) throw notFound('resource', request.resourceId);
    const { resource } = found;
    const organisationId = request.organisationId ?? defaultOrganisation(user);
    const organisationName = organisationNameOf(user, organisationId) || found.organisationName;
    if (!scheduled) BookingAccess.assertMayBookFor(user, resource, organisationId, found.organisationNetworkIds);
    const pooled = isPooled(resource);
    const quantity = bookedQuantity(request, pooled);
    const when = bookedWindow(resource, request, pooled);
    const definition: SeriesDefinition = {
      start: when.start,
      timeZone: request.timeZone ?? resource.timeZone,
      durationMinutes: when.durationMinutes,
      rrule: request.rrule?.trim() || null,
      exdates: request.exdates ?? [],
      skipHolidays: request.skipHolidays ?? null,
    };
    const plan = planSeries(resource, definition, this.clock.nowMs());
    const status = !scheduled && BookingAccess.needsApproval(user, resource, organisationId) ? 'pending' : 'confirmed';
    const audience = { coordinators: found.coordinators, staffUserId: found.staffUserId };
    return { resource, organisationName, audience, organisationId, pooled, quantity, definition, plan, status };
  }

  /** Vets and writes a prepared booking in the caller's transaction: the series, its occurrences, the audit and the notice. */
  async write(
    manager: EntityManager,
    actor: Actor,
    request: CreateBookingRequest,
    prepared: PreparedBooking,
    link: { hourRequestId?: string; bundleOf?: string } = {},
  ): Promise<{ view: BookingSeriesView; seriesId: string }> {
    const { user } = actor;
    const nowMs = this.clock.nowMs();
    const { resource, organisationId, pooled, quantity, definition, plan, status } = prepared;
    const checked = await this.checks.vet(manager, user, resource, organisationId, plan, {
      skipConflicts: request.skipConflicts === true,
      quantity,
    });
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
      // What skipConflicts left out stays out, as an EXDATE: a later change of the series never brings it back.
      exdates: definition.rrule ? [...(definition.exdates ?? []), ...checked.skippedLocalStarts] : [],
      skipHolidays: definition.skipHolidays ?? null,
      materialisedUntil: plan.materialisedUntil,
      previousSeriesId: null,
      quantity,
      pooled,
      bundleOf: link.bundleOf ?? null,
    };
    const { seriesId, occurrences: stored } = await this.bookings.insertSeriesWithOccurrences(
      manager,
      { ...seriesInput, hourRequestId: link.hourRequestId ?? null },
      status,
      checked.occurrences,
      nowMs,
    );
    const series: SeriesRecord = { ...seriesInput, id: seriesId, status: 'active', createdAt: new Date(nowMs) };
    await this.audit.record(manager, actor, {
      entity: 'booking_series',
      entityId: seriesId,
      action: 'create',
      organisationId,
      networkId: resource.networkId,
      after: { ...request, status, occurrences: stored.length, ...(link.bundleOf ? { bundleOf: link.bundleOf } : {}) },
    });
    // What was just written, handed over: the notice reads nothing back.
    await this.notices.record(
      manager,
      actor,
      { kind: status === 'pending' ? 'booking.approval-requested' : 'booking.confirmed', seriesId },
      // Read with the resource; a series just created is at SEQUENCE 0.
      {
        series,
        resource,
        occurrences: stored,
        audience: { ...prepared.audience, organisationName: prepared.organisationName, sequence: 0 },
      },
    );
    const view = toSeriesView(
      series,
      {
        resourceName: resource.name,
        organisationName: prepared.organisationName,
        isMine: user.memberships.has(organisationId),
        canEdit: true,
        seesDetails: true,
        nowMs,
      },
      stored,
      checked.skipped,
      checked.warnings,
    );
    return { view, seriesId };
  }

  /** The database caught a race the checks could not see (the exclusion constraint, the quantity guard): a clean 409. */
  raceToRefusal(error: unknown, actor: Actor, prepared: PreparedBooking): Promise<never> {
    return prepared.pooled
      ? this.quantities.raceToShortage(
          this.bookings.manager,
          error,
          prepared.resource,
          prepared.plan.occurrences,
          prepared.quantity,
        )
      : this.checks.raceToConflict(error, prepared.resource, actor.user, prepared.plan.occurrences);
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
    return rows.map((row) => toCalendarOccurrence(row, caller, user));
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
    // The approver reads what they decide on, title and notes included.
    const privileged = AccessPolicy.isCoordinatorOf(user, resource.networkId) || BookingAccess.isApprover(user, resource);
    const view = toSeriesView(
      series,
      {
        resourceName: resource.name,
        organisationName:
          isMine || privileged || resource.showOrganisationNames ? await this.organisationName(series.organisationId) : '',
        isMine,
        canEdit: BookingAccess.canEdit(user, series, resource),
        seesDetails: isMine || privileged,
        nowMs: this.clock.nowMs(),
      },
      await this.bookings.occurrencesOf(manager, seriesId),
    );
    // Only a room booking holds a bundle.
    if (series.bundleOf || resource.type !== 'space') return view;
    const bundle = await this.bookings.bundleOf(manager, seriesId);
    return bundle.length > 0 ? { ...view, bundle } : view;
  }

  async visibleResource(manager: EntityManager, user: AuthenticatedUser, resourceId: string): Promise<BookableResource> {
    const resource = await this.bookings.bookableResource(manager, resourceId);
    if (!resource || !AccessPolicy.canSeeNetwork(user, resource.networkId)) throw notFound('resource', resourceId);
    return resource;
  }

  private async organisationName(organisationId: string): Promise<string> {
    return this.bookings.organisationName(organisationId);
  }
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

/** Units asked: equipment, vehicles and storage only (a room or a person is booked whole). */
function bookedQuantity(request: CreateBookingRequest, pooled: boolean): number {
  if (request.quantity !== undefined && request.quantity !== 1 && !pooled) {
    throw new DomainError('VALIDATION_FAILED', 'Only equipment, vehicles and storage are booked by the unit.', {
      fields: [{ field: 'quantity', messages: ['quantity applies to equipment, vehicles and storage only'] }],
    });
  }
  return request.quantity ?? 1;
}

/** `start` + `durationMinutes`, or a day loan's `startDate`/`endDate` (pooled resources only). */
function bookedWindow(
  resource: BookableResource,
  request: CreateBookingRequest,
  pooled: boolean,
): { start: string; durationMinutes: number } {
  if (request.startDate !== undefined) {
    if (!pooled) {
      throw new DomainError('VALIDATION_FAILED', 'Rooms and people are booked by the hour.', {
        fields: [{ field: 'startDate', messages: ['startDate applies to equipment, vehicles and storage only'] }],
      });
    }
    return dayLoanWindow(resource, request.startDate, request.endDate ?? request.startDate);
  }
  if (request.start === undefined || request.durationMinutes === undefined) {
    throw new DomainError('VALIDATION_FAILED', 'Say when: start and durationMinutes, or startDate and endDate.', {
      fields: [{ field: 'start', messages: ['start and durationMinutes are required without startDate'] }],
    });
  }
  return { start: request.start, durationMinutes: request.durationMinutes };
}
