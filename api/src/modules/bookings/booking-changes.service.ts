import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, BundlePartRef, CancelBookingRequest, UpdateBookingRequest } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
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
import { BookingQuantity, isPooled } from './booking-quantity';
import { BookingNotices } from './booking-notices';
import { planSeries, type SeriesDefinition } from './booking-planner';
import { ACTIVE_STATUSES, BookingRepository } from './booking.repository';
import type { GuardedOccurrence, StoredOccurrence } from './booking.types';
import { BookingsService } from './bookings.service';
import { naming } from './bundle-part';
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
    private readonly quantities: BookingQuantity,
  ) {}

  async update(actor: Actor, seriesId: string, request: UpdateBookingRequest): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    const changes = new ChangesInProgress();
    const resultId = await this.bookings
      .transaction(async (manager) => {
        const loaded = await loadSeriesForChange(this.bookings, manager, actor, seriesId);
        assertNotBundledTiming(loaded, request.changes);
        const targetId = await this.applyUpdate(manager, actor, changes.begin(loaded, null), request, nowMs);
        await this.carryBundle(manager, actor, loaded, request.occurrenceId, nowMs, targetId, (part, occurrenceId, ref) =>
          this.applyUpdate(manager, actor, changes.begin(part, ref), { ...request, occurrenceId }, nowMs),
        );
        return targetId;
      })
      .catch((error: unknown) => this.raceToRefusal(error, actor, changes.current));
    return this.bookingsService.get(actor.user, resultId);
  }

  /** The database caught a race the checks could not see: a clean 409 naming the part of a bundle it is about. */
  private raceToRefusal(error: unknown, actor: Actor, changing: Changing | null): Promise<never> {
    if (!changing) return Promise.reject(error);
    const { resource, series } = changing.loaded;
    const answer = () =>
      isPooled(resource)
        ? this.quantities.raceToShortage(this.bookings.manager, error, resource, changing.planned, series.quantity ?? 1)
        : this.checks.raceToConflict(error, resource, actor.user, changing.planned);
    return changing.part ? naming(changing.part, answer) : answer();
  }

  async cancel(actor: Actor, seriesId: string, request: CancelBookingRequest): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    await this.bookings.transaction(async (manager) => {
      const loaded = await loadSeriesForChange(this.bookings, manager, actor, seriesId);
      await this.applyCancel(manager, actor, loaded, request, nowMs);
      await this.carryBundle(manager, actor, loaded, request.occurrenceId, nowMs, seriesId, async (part, occurrenceId) => {
        await this.applyCancel(manager, actor, part, { ...request, occurrenceId }, nowMs);
        return part.series.id;
      });
    });
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** One series changed as asked, audited and announced; returns the series that holds the change (a split's later part). */
  private async applyUpdate(
    manager: EntityManager,
    actor: Actor,
    changing: Changing,
    request: UpdateBookingRequest,
    nowMs: number,
  ): Promise<string> {
    const { loaded } = changing;
    const seriesId = loaded.series.id;
    const { changes } = request;
    const timing = changes.start !== undefined || changes.durationMinutes !== undefined || changes.rrule !== undefined;
    const plannedNow = (planned: GuardedOccurrence[]) => changing.plan(planned);
    let targetId: string | null = seriesId;
    if (request.scope === 'following' && loaded.series.rrule) {
      const occurrence = futureOccurrence(loaded, request.occurrenceId, nowMs);
      targetId = await this.seriesEdits.split(manager, actor, loaded, occurrence, changes, nowMs, plannedNow);
      // Nothing of the rule is left from there on: the chosen (moved) occurrence is all that changes.
      if (targetId === null) plannedNow(await this.changeOne(manager, actor, loaded, occurrence, request, nowMs));
    } else if (request.scope === 'one' && loaded.series.rrule) {
      const occurrence = futureOccurrence(loaded, request.occurrenceId, nowMs);
      plannedNow(await this.changeOne(manager, actor, loaded, occurrence, request, nowMs));
    } else {
      await this.bookings.updateSeries(manager, seriesId, {
        title: changes.title,
        notes: changes.notes,
        private: changes.private,
      });
      if (timing) plannedNow(await this.changeAll(manager, actor, loaded, changes, nowMs));
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
    const reapproval = changing.planned.length > 0 && statusAfterChange(actor.user, loaded) === 'pending';
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
  }

  private async applyCancel(
    manager: EntityManager,
    actor: Actor,
    loaded: LoadedSeries,
    request: CancelBookingRequest,
    nowMs: number,
  ): Promise<void> {
    const seriesId = loaded.series.id;
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
  }

  /**
   * The room's change (or cancellation) applied to each item of its bundle, in the same transaction and through
   * the same checks: the room's chosen occurrence stands for the item's occurrence of the same rule instant.
   * An item whose occurrence was already cancelled there is left as it is. The later part of a split item follows
   * the later part of the room (`roomTargetId`).
   */
  private async carryBundle(
    manager: EntityManager,
    actor: Actor,
    room: LoadedSeries,
    occurrenceId: string | undefined,
    nowMs: number,
    roomTargetId: string,
    apply: (part: LoadedSeries, occurrenceId: string | undefined, ref: BundlePartRef) => Promise<string>,
  ): Promise<void> {
    const partIds = await this.bookings.bundledSeriesIds(manager, room.series.id);
    const chosen = occurrenceId ? room.occurrences.find((o) => o.id === occurrenceId) : undefined;
    for (const [index, partId] of partIds.entries()) {
      const part = await loadSeriesForChange(this.bookings, manager, actor, partId);
      const ref: BundlePartRef = { kind: 'equipment', index, resourceId: part.resource.id, resourceName: part.resource.name };
      let partOccurrenceId: string | undefined;
      if (chosen && room.series.rrule) {
        const sameInstant = part.occurrences.find(
          (o) => o.recurrenceId.getTime() === chosen.recurrenceId.getTime() && isActiveAhead(o, nowMs),
        );
        if (!sameInstant) continue;
        partOccurrenceId = sameInstant.id;
      }
      const partTargetId = await naming(ref, () => apply(part, partOccurrenceId, ref));
      if (partTargetId !== part.series.id) await this.bookings.setBundleOf(manager, partTargetId, roomTargetId);
    }
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

/** A series being changed, what was planned for it, and its place in a bundle (null: the room or a lone booking). */
class Changing {
  private plannedOccurrences: GuardedOccurrence[] = [];

  constructor(
    readonly loaded: LoadedSeries,
    readonly part: BundlePartRef | null,
  ) {}

  get planned(): GuardedOccurrence[] {
    return this.plannedOccurrences;
  }

  /** The occurrences the change writes: what a refusal of the database is checked against. */
  plan(planned: GuardedOccurrence[]): void {
    this.plannedOccurrences = planned;
  }
}

/**
 * The series of one request being changed, in order (the room, then each bundled item): when the
 * database refuses a write, the last one begun is the one the refusal is about.
 */
class ChangesInProgress {
  private last: Changing | null = null;

  get current(): Changing | null {
    return this.last;
  }

  begin(loaded: LoadedSeries, part: BundlePartRef | null): Changing {
    this.last = new Changing(loaded, part);
    return this.last;
  }
}

/** An item of a bundle keeps the room's times: they change with the room booking only (title and notes may change). */
function assertNotBundledTiming(loaded: LoadedSeries, changes: UpdateBookingRequest['changes']): void {
  const timing = changes.start !== undefined || changes.durationMinutes !== undefined || changes.rrule !== undefined;
  if (timing && loaded.series.bundleOf) {
    throw new DomainError('INVALID_STATE', 'This equipment is booked with a room: change the room booking, it follows.', {
      seriesId: loaded.series.id,
      bundledWith: loaded.series.bundleOf,
    });
  }
}
