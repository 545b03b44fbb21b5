import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, OccurrenceStatus } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import type { Actor } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { BookingAccess } from './booking-access';
import {
  futureOccurrence,
  isActiveAhead,
  loadSeries,
  loadSeriesForChange,
  localStartOf,
  minutesOf,
  type LoadedSeries,
} from './booking-change-context';
import { BookingChecks } from './booking-checks.service';
import { BookingNotices } from './booking-notices';
import { planSeries, type SeriesDefinition } from './booking-planner';
import { clearProposal, findProposal, saveProposal } from './booking-proposal.repository';
import { BookingRepository } from './booking.repository';
import type { BookableResource, GuardedOccurrence, StoredOccurrence } from './booking.types';
import { BookingsService } from './bookings.service';
import { naming } from './bundle-part';

/** Approval decisions: approve, decline, propose another time and the requester's answer. */
@Injectable()
export class BookingDecisionsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingsService: BookingsService,
    private readonly checks: BookingChecks,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly notices: BookingNotices,
  ) {}

  /** The resource's approver confirms (or declines) pending occurrences; a pending one holds its slot until then. */
  async decide(
    actor: Actor,
    seriesId: string,
    decision: 'confirmed' | 'declined',
    input: { occurrenceId?: string; reason?: string },
  ): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    await this.bookings.transaction(async (manager) => {
      const loaded = await loadSeries(this.bookings, manager, actor, seriesId);
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
      await this.notices.record(manager, actor, {
        kind: decision === 'confirmed' ? 'booking.approved' : 'booking.declined',
        seriesId,
        occurrenceIds: pending.map((o) => o.id),
        reason: input.reason ?? null,
      });
      // A declined room does not keep the equipment booked with it.
      if (decision === 'declined') await this.releaseBundle(manager, actor, loaded, pending, input.reason ?? null);
    });
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** The room's occurrence moved to the accepted time: its bundled equipment moves along, through the same checks. */
  private async moveBundle(
    manager: EntityManager,
    actor: Actor,
    room: LoadedSeries,
    occurrenceId: string,
    definition: SeriesDefinition,
    nowMs: number,
  ): Promise<void> {
    const moved = room.occurrences.find((o) => o.id === occurrenceId);
    if (!moved) return;
    for (const [index, partId] of (await this.bookings.bundledSeriesIds(manager, room.series.id)).entries()) {
      const part = await loadSeries(this.bookings, manager, actor, partId);
      const same = part.occurrences.find(
        (o) => o.recurrenceId.getTime() === moved.recurrenceId.getTime() && isActiveAhead(o, nowMs),
      );
      if (!same) continue;
      const ref = { kind: 'equipment' as const, index, resourceId: part.resource.id, resourceName: part.resource.name };
      await naming(ref, async () => {
        const planned = await this.vetMove(manager, actor, part, definition, nowMs, same.id);
        await this.bookings.moveOccurrence(manager, same.id, planned[0], {});
      });
    }
  }

  private async releaseBundle(
    manager: EntityManager,
    actor: Actor,
    room: LoadedSeries,
    declined: StoredOccurrence[],
    reason: string | null,
  ): Promise<void> {
    const roomSeriesId = room.series.id;
    const released = await this.bookings.cancelBundledAt(
      manager,
      roomSeriesId,
      declined.map((o) => o.recurrenceId),
      { reason: reason ?? 'room declined', decidedBy: actor.user.id },
    );
    for (const seriesId of new Set(released.map((r) => r.series_id))) {
      const occurrenceIds = released.filter((r) => r.series_id === seriesId).map((r) => r.id);
      await this.audit.record(manager, actor, {
        entity: 'booking_series',
        entityId: seriesId,
        action: 'cancel:bundle',
        organisationId: room.series.organisationId,
        networkId: room.resource.networkId,
        after: { occurrences: occurrenceIds, bundleOf: roomSeriesId },
      });
      await this.notices.record(manager, actor, { kind: 'booking.cancelled', seriesId, occurrenceIds, scope: 'one', reason });
    }
  }

  /** The approver proposes another time for a pending occurrence; it keeps its slot until the requester answers. */
  async propose(
    actor: Actor,
    seriesId: string,
    input: { occurrenceId: string; start: string; durationMinutes?: number },
  ): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    let planned: GuardedOccurrence[] = [];
    let resource: BookableResource | null = null;
    await this.bookings
      .transaction(async (manager) => {
        const loaded = await loadSeries(this.bookings, manager, actor, seriesId);
        resource = loaded.resource;
        BookingAccess.assertMayDecide(actor.user, loaded.resource, loaded.series.organisationId);
        const occurrence = futureOccurrence(loaded, input.occurrenceId, nowMs);
        if (occurrence.status !== 'pending')
          throw new DomainError('INVALID_STATE', 'Only a pending request can get another time.');
        const definition: SeriesDefinition = {
          start: input.start,
          timeZone: loaded.series.timeZone,
          durationMinutes: input.durationMinutes ?? minutesOf(occurrence),
        };
        planned = await this.vetMove(manager, actor, loaded, definition, nowMs, occurrence.id);
        await saveProposal(manager, occurrence.id, {
          startsAt: new Date(planned[0].startMs),
          endsAt: new Date(planned[0].endMs),
        });
        await this.audit.record(manager, actor, {
          entity: 'booking_occurrence',
          entityId: occurrence.id,
          action: 'propose',
          organisationId: loaded.series.organisationId,
          networkId: loaded.resource.networkId,
          after: input,
        });
        await this.notices.record(manager, actor, {
          kind: 'booking.proposed',
          seriesId,
          occurrenceIds: [occurrence.id],
          proposal: { startMs: planned[0].startMs, endMs: planned[0].endMs },
        });
      })
      .catch((error: unknown) =>
        resource ? this.checks.raceToConflict(error, resource, actor.user, planned) : Promise.reject(error),
      );
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** The requester accepts the proposed time (the occurrence moves there, confirmed) or declines it. */
  async answerProposal(actor: Actor, seriesId: string, occurrenceId: string, accept: boolean): Promise<BookingSeriesView> {
    const nowMs = this.clock.nowMs();
    let planned: GuardedOccurrence[] = [];
    let resource: BookableResource | null = null;
    await this.bookings
      .transaction(async (manager) => {
        const loaded = await loadSeriesForChange(this.bookings, manager, actor, seriesId);
        resource = loaded.resource;
        futureOccurrence(loaded, occurrenceId, nowMs); // must still be ahead and active
        const proposal = await findProposal(manager, occurrenceId);
        if (!proposal) throw new DomainError('INVALID_STATE', 'No other time was proposed for this occurrence.');
        if (accept) {
          const definition: SeriesDefinition = {
            start: localStartOf(loaded.zone, proposal.startsAt),
            timeZone: loaded.series.timeZone,
            durationMinutes: Math.round((proposal.endsAt.getTime() - proposal.startsAt.getTime()) / 60_000),
          };
          planned = await this.vetMove(manager, actor, loaded, definition, nowMs, occurrenceId);
          await this.bookings.moveOccurrence(manager, occurrenceId, planned[0], {});
          await this.bookings.setStatus(manager, [occurrenceId], 'confirmed', ['pending'], { decidedBy: actor.user.id });
          await this.moveBundle(manager, actor, loaded, occurrenceId, definition, nowMs);
        } else {
          await this.bookings.setStatus(manager, [occurrenceId], 'declined', ['pending'], {
            reason: 'proposal declined',
            decidedBy: actor.user.id,
          });
          await this.releaseBundle(
            manager,
            actor,
            loaded,
            loaded.occurrences.filter((o) => o.id === occurrenceId),
            null,
          );
        }
        await clearProposal(manager, occurrenceId);
        await this.audit.record(manager, actor, {
          entity: 'booking_occurrence',
          entityId: occurrenceId,
          action: accept ? 'accept-proposal' : 'decline-proposal',
          organisationId: loaded.series.organisationId,
          networkId: loaded.resource.networkId,
        });
        await this.notices.record(manager, actor, {
          kind: accept ? 'booking.proposal-accepted' : 'booking.proposal-declined',
          seriesId,
          occurrenceIds: [occurrenceId],
        });
      })
      .catch((error: unknown) =>
        resource ? this.checks.raceToConflict(error, resource, actor.user, planned) : Promise.reject(error),
      );
    return this.bookingsService.get(actor.user, seriesId);
  }

  /** A proposed or accepted time passes the checks of a creation, the occurrence it replaces left aside. */
  private async vetMove(
    manager: EntityManager,
    actor: Actor,
    loaded: LoadedSeries,
    definition: SeriesDefinition,
    nowMs: number,
    occurrenceId: string,
  ): Promise<GuardedOccurrence[]> {
    const plan = planSeries(loaded.resource, definition, nowMs, nowMs);
    const vetted = await this.checks.vet(manager, actor.user, loaded.resource, loaded.series.organisationId, plan, {
      replacing: [occurrenceId],
    });
    return vetted.occurrences;
  }
}
