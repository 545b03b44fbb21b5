import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, CancelBookingRequest, OccurrenceStatus, UpdateBookingRequest } from '@mutualis/contracts';
import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { notFound } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { StaffBookingRules } from '../staff/staff-booking-rules';
import { assertCanSeeBooking, BookingAccess } from './booking-access';
import { planSeries, type SeriesDefinition } from './booking-planner';
import { ACTIVE_STATUSES, BookingRepository } from './booking.repository';
import type { BookableResource, GuardedOccurrence, SeriesRecord, StoredOccurrence } from './booking.types';
import { BookingsService } from './bookings.service';
import { continueRule, endRuleBefore } from './series-rule';

interface Loaded {
  series: SeriesRecord;
  resource: BookableResource;
  occurrences: StoredOccurrence[];
  zone: IANAZone;
}

/** Edits, cancellations and approval decisions. The past is never rewritten: only occurrences still to come change. */
@Injectable()
export class BookingChangesService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingsService: BookingsService,
    private readonly audit: AuditTrail,
    private readonly staffRules: StaffBookingRules,
  ) {}

  async update(actor: Actor, seriesId: string, request: UpdateBookingRequest, nowMs = Date.now()): Promise<BookingSeriesView> {
    let resourceForRace: BookableResource | null = null;
    let planned: GuardedOccurrence[] = [];
    const resultId = await this.bookings
      .transaction(async (manager) => {
        const loaded = await this.loadForChange(manager, actor, seriesId);
        resourceForRace = loaded.resource;
        const { changes } = request;
        const timing = changes.start !== undefined || changes.durationMinutes !== undefined || changes.rrule !== undefined;
        let targetId = seriesId;
        if (request.scope === 'one' && loaded.series.rrule) {
          const occurrence = this.futureOccurrence(loaded, request.occurrenceId, nowMs);
          const definition: SeriesDefinition = {
            start: changes.start ?? localStartOf(loaded.zone, occurrence.startsAt),
            timeZone: loaded.series.timeZone,
            durationMinutes: changes.durationMinutes ?? minutesOf(occurrence),
          };
          planned = await this.replan(manager, actor, loaded, definition, nowMs, nowMs, [occurrence.id]);
          await this.bookings.moveOccurrence(manager, occurrence.id, planned[0], changes.title ?? null);
        } else if (request.scope === 'following' && loaded.series.rrule) {
          const occurrence = this.futureOccurrence(loaded, request.occurrenceId, nowMs);
          targetId = await this.split(manager, actor, loaded, occurrence, request, nowMs, (p) => (planned = p));
        } else {
          await this.bookings.updateSeries(manager, seriesId, {
            title: changes.title,
            notes: changes.notes,
            private: changes.private,
          });
          if (timing) {
            const future = loaded.occurrences.filter((o) => o.startsAt.getTime() > nowMs);
            await this.bookings.deleteOccurrences(
              manager,
              future.map((o) => o.id),
            );
            const definition = this.mergedDefinition(loaded.series, changes);
            planned = await this.replan(manager, actor, loaded, definition, nowMs, nowMs, []);
            await this.insertPlanned(manager, loaded, seriesId, planned, actor);
            await this.bookings.updateSeries(manager, seriesId, {
              startLocal: definition.start,
              durationMinutes: definition.durationMinutes,
              rrule: definition.rrule ?? null,
              materialisedUntil: planSeries(loaded.resource, definition, nowMs).materialisedUntil,
            });
          }
        }
        await this.audit.record(manager, actor, {
          entity: 'booking_series',
          entityId: seriesId,
          action: `update:${request.scope}`,
          organisationId: loaded.series.organisationId,
          networkId: loaded.resource.networkId,
          before: loaded.series,
          after: request,
        });
        return targetId;
      })
      .catch((error: unknown) =>
        resourceForRace
          ? this.bookingsService.raceToConflict(error, resourceForRace, actor.user, planned)
          : Promise.reject(error),
      );
    return this.bookingsService.get(actor.user, resultId);
  }

  async cancel(actor: Actor, seriesId: string, request: CancelBookingRequest, nowMs = Date.now()): Promise<BookingSeriesView> {
    await this.bookings.transaction(async (manager) => {
      const loaded = await this.loadForChange(manager, actor, seriesId);
      const future = loaded.occurrences.filter((o) => o.startsAt.getTime() > nowMs && ACTIVE_STATUSES.includes(o.status));
      let chosen: StoredOccurrence[];
      if (request.scope === 'one' && loaded.series.rrule) {
        chosen = [this.futureOccurrence(loaded, request.occurrenceId, nowMs)];
      } else if (request.scope === 'following' && loaded.series.rrule) {
        const from = this.futureOccurrence(loaded, request.occurrenceId, nowMs);
        chosen = future.filter((o) => o.startsAt >= from.startsAt);
        await this.bookings.updateSeries(manager, seriesId, {
          rrule: endRuleBefore(loaded.series.rrule, from.startsAt.getTime()),
        });
      } else {
        chosen = future;
        await this.bookings.updateSeries(manager, seriesId, { status: 'cancelled' });
      }
      await this.bookings.setStatus(
        manager,
        chosen.map((o) => o.id),
        'cancelled',
        ACTIVE_STATUSES,
        { reason: request.reason ?? null, decidedBy: actor.user.id },
      );
      await this.audit.record(manager, actor, {
        entity: 'booking_series',
        entityId: seriesId,
        action: `cancel:${request.scope}`,
        organisationId: loaded.series.organisationId,
        networkId: loaded.resource.networkId,
        after: { occurrences: chosen.map((o) => o.id), reason: request.reason ?? null },
      });
    });
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** The resource's approver confirms (or declines) pending occurrences; a pending one holds its slot until then. */
  async decide(
    actor: Actor,
    seriesId: string,
    decision: 'confirmed' | 'declined',
    input: { occurrenceId?: string; reason?: string },
    nowMs = Date.now(),
  ): Promise<BookingSeriesView> {
    await this.bookings.transaction(async (manager) => {
      const loaded = await this.load(manager, actor, seriesId, true);
      BookingAccess.assertMayDecide(actor.user, loaded.resource, loaded.series.organisationId);
      const pending = loaded.occurrences.filter(
        (o) => o.status === 'pending' && o.startsAt.getTime() > nowMs && (!input.occurrenceId || o.id === input.occurrenceId),
      );
      if (pending.length === 0) throw new DomainError('INVALID_STATE', 'Nothing is waiting for approval in this booking.');
      await this.bookings.setStatus(
        manager,
        pending.map((o) => o.id),
        decision as OccurrenceStatus,
        ['pending'],
        {
          reason: input.reason ?? null,
          decidedBy: actor.user.id,
        },
      );
      await this.audit.record(manager, actor, {
        entity: 'booking_series',
        entityId: seriesId,
        action: decision === 'confirmed' ? 'approve' : 'decline',
        organisationId: loaded.series.organisationId,
        networkId: loaded.resource.networkId,
        after: { occurrences: pending.map((o) => o.id), reason: input.reason ?? null },
      });
    });
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** The approver proposes another time for a pending occurrence; it keeps its slot until the requester answers. */
  async propose(
    actor: Actor,
    seriesId: string,
    input: { occurrenceId: string; start: string; durationMinutes?: number },
    nowMs = Date.now(),
  ): Promise<BookingSeriesView> {
    let planned: GuardedOccurrence[] = [];
    let resource: BookableResource | null = null;
    await this.bookings
      .transaction(async (manager) => {
        const loaded = await this.load(manager, actor, seriesId, true);
        resource = loaded.resource;
        BookingAccess.assertMayDecide(actor.user, loaded.resource, loaded.series.organisationId);
        const occurrence = this.futureOccurrence(loaded, input.occurrenceId, nowMs);
        if (occurrence.status !== 'pending')
          throw new DomainError('INVALID_STATE', 'Only a pending request can get another time.');
        const definition: SeriesDefinition = {
          start: input.start,
          timeZone: loaded.series.timeZone,
          durationMinutes: input.durationMinutes ?? minutesOf(occurrence),
        };
        planned = await this.replan(manager, actor, loaded, definition, nowMs, nowMs, [occurrence.id]);
        await manager.query(
          'UPDATE booking_occurrence SET proposed_starts_at = $2, proposed_ends_at = $3, updated_at = now() WHERE id = $1',
          [occurrence.id, new Date(planned[0].startMs), new Date(planned[0].endMs)],
        );
        await this.audit.record(manager, actor, {
          entity: 'booking_occurrence',
          entityId: occurrence.id,
          action: 'propose',
          organisationId: loaded.series.organisationId,
          networkId: loaded.resource.networkId,
          after: input,
        });
      })
      .catch((error: unknown) =>
        resource ? this.bookingsService.raceToConflict(error, resource, actor.user, planned) : Promise.reject(error),
      );
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** The requester accepts the proposed time (the occurrence moves there, confirmed) or declines it. */
  async answerProposal(
    actor: Actor,
    seriesId: string,
    occurrenceId: string,
    accept: boolean,
    nowMs = Date.now(),
  ): Promise<BookingSeriesView> {
    let planned: GuardedOccurrence[] = [];
    let resource: BookableResource | null = null;
    await this.bookings
      .transaction(async (manager) => {
        const loaded = await this.loadForChange(manager, actor, seriesId);
        resource = loaded.resource;
        this.futureOccurrence(loaded, occurrenceId, nowMs); // must still be ahead and active
        const [proposal] = await manager.query(
          'SELECT proposed_starts_at AS s, proposed_ends_at AS e FROM booking_occurrence WHERE id = $1',
          [occurrenceId],
        );
        if (!proposal?.s) throw new DomainError('INVALID_STATE', 'No other time was proposed for this occurrence.');
        if (accept) {
          const definition: SeriesDefinition = {
            start: localStartOf(loaded.zone, proposal.s),
            timeZone: loaded.series.timeZone,
            durationMinutes: Math.round((proposal.e.getTime() - proposal.s.getTime()) / 60_000),
          };
          planned = await this.replan(manager, actor, loaded, definition, nowMs, nowMs, [occurrenceId]);
          await this.bookings.moveOccurrence(manager, occurrenceId, planned[0], null);
          await this.bookings.setStatus(manager, [occurrenceId], 'confirmed', ['pending'], { decidedBy: actor.user.id });
        } else {
          await this.bookings.setStatus(manager, [occurrenceId], 'declined', ['pending'], {
            reason: 'proposal declined',
            decidedBy: actor.user.id,
          });
        }
        await manager.query('UPDATE booking_occurrence SET proposed_starts_at = NULL, proposed_ends_at = NULL WHERE id = $1', [
          occurrenceId,
        ]);
        await this.audit.record(manager, actor, {
          entity: 'booking_occurrence',
          entityId: occurrenceId,
          action: accept ? 'accept-proposal' : 'decline-proposal',
          organisationId: loaded.series.organisationId,
          networkId: loaded.resource.networkId,
        });
      })
      .catch((error: unknown) =>
        resource ? this.bookingsService.raceToConflict(error, resource, actor.user, planned) : Promise.reject(error),
      );
    return this.bookingsService.get(actor.user, seriesId);
  }

  private async split(
    manager: EntityManager,
    actor: Actor,
    loaded: Loaded,
    from: StoredOccurrence,
    request: UpdateBookingRequest,
    nowMs: number,
    onPlanned: (planned: GuardedOccurrence[]) => void,
  ): Promise<string> {
    const { series } = loaded;
    const rrule = series.rrule as string;
    const removed = loaded.occurrences.filter((o) => o.startsAt >= from.startsAt);
    const held = loaded.occurrences.length - removed.length;
    await this.bookings.deleteOccurrences(
      manager,
      removed.map((o) => o.id),
    );
    await this.bookings.updateSeries(manager, series.id, {
      rrule: endRuleBefore(rrule, from.startsAt.getTime()),
      materialisedUntil: null,
    });
    const definition = this.mergedDefinition(
      { ...series, startLocal: localStartOf(loaded.zone, from.startsAt), rrule: continueRule(rrule, held) },
      request.changes,
    );
    const planned = await this.replan(manager, actor, loaded, definition, nowMs, from.startsAt.getTime() - 60_000, []);
    onPlanned(planned);
    const newId = await this.bookings.insertSeries(manager, {
      resourceId: series.resourceId,
      organisationId: series.organisationId,
      requesterUserId: actor.user.id,
      title: request.changes.title ?? series.title,
      notes: request.changes.notes ?? series.notes,
      private: request.changes.private ?? series.private,
      startLocal: definition.start,
      timeZone: definition.timeZone,
      durationMinutes: definition.durationMinutes,
      rrule: definition.rrule ?? null,
      exdates: series.exdates,
      skipHolidays: series.skipHolidays,
      materialisedUntil: planSeries(loaded.resource, definition, nowMs).materialisedUntil,
      previousSeriesId: series.id,
    });
    await this.insertPlanned(manager, loaded, newId, planned, actor);
    return newId;
  }

  private async replan(
    manager: EntityManager,
    actor: Actor,
    loaded: Loaded,
    definition: SeriesDefinition,
    nowMs: number,
    fromMs: number,
    excludeOccurrenceIds: string[],
  ): Promise<GuardedOccurrence[]> {
    const plan = planSeries(loaded.resource, definition, nowMs, fromMs);
    if (plan.occurrences.length === 0) throw new DomainError('VALIDATION_FAILED', 'This change leaves no occurrence to book.');
    if (plan.violations.length > 0)
      throw new DomainError('RULE_VIOLATION', "The booking breaks the resource's rules.", { violations: plan.violations });
    const checked = await this.bookingsService.checkAvailability(
      manager,
      actor.user,
      loaded.resource,
      loaded.series.organisationId,
      plan,
      false,
      excludeOccurrenceIds,
    );
    return checked.occurrences;
  }

  private async insertPlanned(
    manager: EntityManager,
    loaded: Loaded,
    seriesId: string,
    planned: GuardedOccurrence[],
    actor: Actor,
  ): Promise<void> {
    const status =
      loaded.resource.rules.approvalRequired && !BookingAccess.isApprover(actor.user, loaded.resource) ? 'pending' : 'confirmed';
    await this.bookings.insertOccurrences(
      manager,
      { id: seriesId, resourceId: loaded.resource.id, organisationId: loaded.series.organisationId },
      status,
      planned,
    );
  }

  private mergedDefinition(series: SeriesRecord, changes: UpdateBookingRequest['changes']): SeriesDefinition {
    return {
      start: changes.start ?? series.startLocal,
      timeZone: series.timeZone,
      durationMinutes: changes.durationMinutes ?? series.durationMinutes,
      rrule: changes.rrule !== undefined ? changes.rrule : series.rrule,
      exdates: series.exdates,
      skipHolidays: series.skipHolidays,
    };
  }

  private futureOccurrence(loaded: Loaded, occurrenceId: string | undefined, nowMs: number): StoredOccurrence {
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

  private async loadForChange(manager: EntityManager, actor: Actor, seriesId: string): Promise<Loaded> {
    const loaded = await this.load(manager, actor, seriesId, true);
    if (!BookingAccess.canEdit(actor.user, loaded.series, loaded.resource)) {
      throw new DomainError('FORBIDDEN', 'You may not change this booking.', { seriesId });
    }
    if (loaded.series.status === 'cancelled') throw new DomainError('INVALID_STATE', 'This booking is cancelled.', { seriesId });
    return loaded;
  }

  private async load(manager: EntityManager, actor: Actor, seriesId: string, lock: boolean): Promise<Loaded> {
    const found = await this.bookings.series(manager, seriesId, lock);
    const resourceFound = found ? await this.bookings.bookableResource(manager, found.resourceId) : null;
    const { series, resource } = assertCanSeeBooking(actor.user, found, resourceFound, seriesId);
    return {
      series,
      resource,
      occurrences: await this.bookings.occurrencesOf(manager, seriesId),
      zone: resolveTimeZone(series.timeZone) as IANAZone,
    };
  }
}

function localStartOf(zone: IANAZone, instant: Date): string {
  return formatWallClock(instantToWallClock(instant.getTime(), zone));
}

function minutesOf(o: StoredOccurrence): number {
  return Math.round((o.endsAt.getTime() - o.startsAt.getTime()) / 60_000);
}
