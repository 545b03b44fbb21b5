import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, CancelBookingRequest, UpdateBookingRequest } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import type { Actor } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import {
  futureOccurrence,
  isActiveAhead,
  loadSeriesForChange,
  localStartOf,
  minutesOf,
  statusAfterChange,
  type LoadedSeries,
} from './booking-change-context';
import { BookingChecks } from './booking-checks.service';
import { BookingNotices } from './booking-notices';
import { planSeries, type SeriesDefinition } from './booking-planner';
import { ACTIVE_STATUSES, BookingRepository } from './booking.repository';
import type { BookableResource, GuardedOccurrence, StoredOccurrence } from './booking.types';
import { BookingsService } from './bookings.service';
import { SeriesEdits } from './series-edits';

/**
 * Edits and cancellations. The past is never rewritten: only occurrences still to come change, and every
 * change of time passes the checks of a creation (`BookingChecks.vet`).
 */
@Injectable()
export class BookingChangesService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingsService: BookingsService,
    private readonly checks: BookingChecks,
    private readonly seriesEdits: SeriesEdits,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly notices: BookingNotices,
  ) {}

  async update(actor: Actor, seriesId: string, request: UpdateBookingRequest): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    let resourceForRace: BookableResource | null = null;
    let planned: GuardedOccurrence[] = [];
    const resultId = await this.bookings
      .transaction(async (manager) => {
        const loaded = await loadSeriesForChange(this.bookings, manager, actor, seriesId);
        resourceForRace = loaded.resource;
        const { changes } = request;
        const timing = changes.start !== undefined || changes.durationMinutes !== undefined || changes.rrule !== undefined;
        let targetId: string | null = seriesId;
        if (request.scope === 'following' && loaded.series.rrule) {
          const occurrence = futureOccurrence(loaded, request.occurrenceId, nowMs);
          targetId = await this.seriesEdits.split(manager, actor, loaded, occurrence, changes, nowMs, (p) => (planned = p));
          // Nothing of the rule is left from there on: the chosen (moved) occurrence is all that changes.
          if (targetId === null) planned = await this.changeOne(manager, actor, loaded, occurrence, request, nowMs);
        } else if (request.scope === 'one' && loaded.series.rrule) {
          const occurrence = futureOccurrence(loaded, request.occurrenceId, nowMs);
          planned = await this.changeOne(manager, actor, loaded, occurrence, request, nowMs);
        } else {
          await this.bookings.updateSeries(manager, seriesId, {
            title: changes.title,
            notes: changes.notes,
            private: changes.private,
          });
          if (timing) planned = await this.changeAll(manager, actor, loaded, changes, nowMs);
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
        // A new time that needs approval again goes back to the approvers; the requester hears of the change.
        const reapproval = planned.length > 0 && statusAfterChange(actor.user, loaded) === 'pending';
        await this.notices.record(manager, actor, {
          kind: 'booking.changed',
          seriesId: targetId ?? seriesId,
          scope: request.scope,
          ...(reapproval ? { audience: 'requester' as const } : {}),
        });
        if (reapproval) {
          await this.notices.record(manager, actor, { kind: 'booking.approval-requested', seriesId: targetId ?? seriesId });
        }
        // A split: the earlier part's invitation is sent again, its rule now ending (UNTIL) before the cut,
        // so that calendars truncate it; the later part came above under its own UID.
        if (targetId !== null && targetId !== seriesId) {
          await this.notices.record(manager, actor, { kind: 'booking.changed', seriesId, scope: request.scope });
        }
        return targetId ?? seriesId;
      })
      .catch((error: unknown) =>
        resourceForRace ? this.checks.raceToConflict(error, resourceForRace, actor.user, planned) : Promise.reject(error),
      );
    return this.bookingsService.get(actor.user, resultId);
  }

  async cancel(actor: Actor, seriesId: string, request: CancelBookingRequest): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    await this.bookings.transaction(async (manager) => {
      const loaded = await loadSeriesForChange(this.bookings, manager, actor, seriesId);
      const future = loaded.occurrences.filter((o) => isActiveAhead(o, nowMs));
      let chosen: StoredOccurrence[];
      if (request.scope === 'one' && loaded.series.rrule) {
        chosen = [futureOccurrence(loaded, request.occurrenceId, nowMs)];
        // The cancelled date is an EXDATE of the series: no later change brings it back.
        await this.bookings.updateSeries(manager, seriesId, {
          exdates: [...loaded.series.exdates, localStartOf(loaded.zone, chosen[0].recurrenceId)],
        });
      } else if (request.scope === 'following' && loaded.series.rrule) {
        const from = futureOccurrence(loaded, request.occurrenceId, nowMs);
        chosen = future.filter((o) => o.startsAt >= from.startsAt);
        const cut = this.seriesEdits.cutRule(loaded, from.startsAt.getTime());
        await this.bookings.updateSeries(manager, seriesId, {
          rrule: cut.rrule,
          exdates: [...loaded.series.exdates, ...this.seriesEdits.movedAcross(loaded, chosen, cut.nextInstantMs)],
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
      await this.notices.record(manager, actor, {
        kind: 'booking.cancelled',
        seriesId,
        occurrenceIds: chosen.map((o) => o.id),
        scope: request.scope,
        reason: request.reason ?? null,
      });
    });
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** One occurrence moves or changes length: an override of its rule instant, checked as a new booking would be. */
  private async changeOne(
    manager: EntityManager,
    actor: Actor,
    loaded: LoadedSeries,
    occurrence: StoredOccurrence,
    request: UpdateBookingRequest,
    nowMs: number,
  ): Promise<GuardedOccurrence[]> {
    const { changes } = request;
    if (changes.start === undefined && changes.durationMinutes === undefined) {
      if (changes.title !== undefined) await this.bookings.retitleOccurrence(manager, occurrence.id, changes.title);
      return [];
    }
    const definition: SeriesDefinition = {
      start: changes.start ?? localStartOf(loaded.zone, occurrence.startsAt),
      timeZone: loaded.series.timeZone,
      durationMinutes: changes.durationMinutes ?? minutesOf(occurrence),
    };
    const plan = planSeries(loaded.resource, definition, nowMs, nowMs);
    const { occurrences } = await this.checks.vet(manager, actor.user, loaded.resource, loaded.series.organisationId, plan, {
      replacing: [occurrence.id],
    });
    await this.bookings.moveOccurrence(manager, occurrence.id, occurrences[0], {
      title: changes.title ?? null,
      status: statusAfterChange(actor.user, loaded),
      nowMs,
    });
    return occurrences;
  }

  private async changeAll(
    manager: EntityManager,
    actor: Actor,
    loaded: LoadedSeries,
    changes: UpdateBookingRequest['changes'],
    nowMs: number,
  ): Promise<GuardedOccurrence[]> {
    const { series } = loaded;
    const definition: SeriesDefinition = {
      start: changes.start ?? series.startLocal,
      timeZone: series.timeZone,
      durationMinutes: changes.durationMinutes ?? series.durationMinutes,
      rrule: changes.rrule !== undefined ? changes.rrule : series.rrule,
      exdates: series.exdates,
      skipHolidays: series.skipHolidays,
    };
    const { exdates, planned } = await this.seriesEdits.rebuild(
      manager,
      actor,
      loaded,
      { seriesId: series.id, rows: loaded.occurrences, baseStart: series.startLocal },
      definition,
      nowMs,
    );
    await this.bookings.updateSeries(manager, series.id, {
      startLocal: definition.start,
      durationMinutes: definition.durationMinutes,
      rrule: definition.rrule ?? null,
      exdates,
      materialisedUntil: planSeries(loaded.resource, definition, nowMs).materialisedUntil,
    });
    return planned;
  }
}
