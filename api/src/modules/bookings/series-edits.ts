import { Injectable } from '@nestjs/common';
import type { UpdateBookingRequest } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import type { Actor } from '../access/authenticated-user';
import { isActiveAhead, localStartOf, statusAfterChange, type LoadedSeries } from './booking-change-context';
import { BookingChecks } from './booking-checks.service';
import { combinePlans, planSeries, type SeriesDefinition } from './booking-planner';
import { BookingRepository } from './booking.repository';
import type { GuardedOccurrence, StoredOccurrence } from './booking.types';
import { continueRule, endRuleBefore, ruleInstants, shiftExdate, wallClockMinutesBetween } from './series-rule';

const DAY_MS = 86_400_000;

/**
 * Changes of a whole series or of its later part, kept as RFC 5545 keeps a recurrence: the rule, its EXDATEs
 * (cancelled and skipped dates) and its overrides (moved occurrences, each remembering the instant its rule
 * gave it). A change applies to what is still active and ahead: it never brings back an exception, never adds
 * a date the rule did not give, and a moved occurrence keeps its moved date (taking a new length).
 */
@Injectable()
export class SeriesEdits {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly checks: BookingChecks,
  ) {}

  /**
   * Re-plans the active occurrences ahead among `rows` (of `seriesId`) by `definition`, whose start was `baseStart`
   * before the change. Returns the new EXDATEs (moved with the start) and what was planned, for a race's message.
   */
  async rebuild(
    manager: EntityManager,
    actor: Actor,
    loaded: LoadedSeries,
    target: { seriesId: string; rows: StoredOccurrence[]; baseStart: string },
    definition: SeriesDefinition,
    nowMs: number,
  ): Promise<{ exdates: string[]; planned: GuardedOccurrence[] }> {
    const { zone, resource } = loaded;
    const ahead = target.rows.filter((o) => isActiveAhead(o, nowMs));
    const replaced = ahead.filter((o) => !o.detached);
    const overrides = ahead.filter((o) => o.detached);
    const shift = wallClockMinutesBetween(target.baseStart, definition.start);
    const exdates = (definition.exdates ?? []).map((d) => shiftExdate(d, shift));
    // Every row but the replaced ones stands for its rule instant: cancelled, declined, expired, past or moved.
    const exceptions = target.rows
      .filter((o) => !replaced.includes(o))
      .map((o) => shiftExdate(localStartOf(zone, o.recurrenceId), shift));
    const instances = planSeries(resource, { ...definition, exdates: [...exdates, ...exceptions] }, nowMs, nowMs);
    const durationChanged = overrides.some(
      (o) => o.endsAt.getTime() - o.startsAt.getTime() !== definition.durationMinutes * 60_000,
    );
    const moved = durationChanged
      ? overrides.map((o) =>
          planSeries(
            resource,
            { start: localStartOf(zone, o.startsAt), timeZone: definition.timeZone, durationMinutes: definition.durationMinutes },
            nowMs,
          ),
        )
      : [];
    const plan = combinePlans([instances, ...moved]);
    if (plan.occurrences.length === 0 && overrides.length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'This change leaves no occurrence to book.');
    }
    if (plan.occurrences.length > 0) {
      await this.checks.vet(manager, actor.user, resource, loaded.series.organisationId, plan, {
        replacing: [...replaced, ...(durationChanged ? overrides : [])].map((o) => o.id),
      });
    }
    const status = statusAfterChange(actor.user, loaded);
    await this.bookings.deleteOccurrences(
      manager,
      replaced.map((o) => o.id),
    );
    // Moved occurrences take their new length before the instances come back: a shorter one must not
    // collide, for a moment, with an instance that only fits next to its new length.
    for (const [index, override] of moved.entries()) {
      await this.bookings.moveOccurrence(manager, overrides[index].id, override.occurrences[0], { status, nowMs });
    }
    await this.bookings.insertOccurrences(
      manager,
      { id: target.seriesId, resourceId: resource.id, organisationId: loaded.series.organisationId },
      status,
      instances.occurrences,
      nowMs,
    );
    return { exdates, planned: plan.occurrences };
  }

  /**
   * "This and following": the series keeps what comes before the chosen occurrence (its rule now ends there),
   * a new series continues from the rule's next instant with the changes, taking the later exceptions along.
   * Returns the new series' id, or null when the rule gives nothing from there on (only moved occurrences are
   * left: the caller changes the chosen one alone).
   */
  async split(
    manager: EntityManager,
    actor: Actor,
    loaded: LoadedSeries,
    from: StoredOccurrence,
    changes: UpdateBookingRequest['changes'],
    nowMs: number,
    onPlanned: (planned: GuardedOccurrence[]) => void,
  ): Promise<string | null> {
    const { series, zone } = loaded;
    const rrule = series.rrule as string;
    const cutMs = from.startsAt.getTime();
    const cut = this.cutRule(loaded, cutMs);
    if (cut.nextInstantMs === null) return null;
    const inScope = loaded.occurrences.filter((o) => o.startsAt.getTime() >= cutMs);
    const baseStart = localStartOf(zone, cut.nextInstantMs);
    const definition: SeriesDefinition = {
      start: changes.start ?? baseStart,
      timeZone: series.timeZone,
      durationMinutes: changes.durationMinutes ?? series.durationMinutes,
      rrule: changes.rrule !== undefined ? changes.rrule : continueRule(rrule, cut.heldInstants),
      exdates: series.exdates,
      skipHolidays: series.skipHolidays,
    };
    await this.bookings.updateSeries(manager, series.id, {
      rrule: cut.rrule,
      materialisedUntil: null,
      exdates: [...series.exdates, ...this.movedAcross(loaded, inScope, cut.nextInstantMs)],
    });
    const newId = await this.bookings.insertSeries(manager, {
      resourceId: series.resourceId,
      organisationId: series.organisationId,
      requesterUserId: actor.user.id,
      title: changes.title ?? series.title,
      notes: changes.notes ?? series.notes,
      private: changes.private ?? series.private,
      startLocal: definition.start,
      timeZone: definition.timeZone,
      durationMinutes: definition.durationMinutes,
      rrule: definition.rrule ?? null,
      exdates: series.exdates,
      skipHolidays: series.skipHolidays,
      materialisedUntil: planSeries(loaded.resource, definition, nowMs).materialisedUntil,
      previousSeriesId: series.id,
      quantity: series.quantity,
      pooled: series.pooled,
      bundleOf: series.bundleOf,
    });
    const timing = changes.start !== undefined || changes.durationMinutes !== undefined || changes.rrule !== undefined;
    const replaced = timing ? inScope.filter((o) => isActiveAhead(o, nowMs) && !o.detached) : [];
    await this.bookings.reparentOccurrences(
      manager,
      inScope.filter((o) => !replaced.includes(o)).map((o) => o.id),
      newId,
    );
    if (timing) {
      const rebuilt = await this.rebuild(
        manager,
        actor,
        loaded,
        { seriesId: newId, rows: inScope, baseStart },
        definition,
        nowMs,
      );
      onPlanned(rebuilt.planned);
      await this.bookings.updateSeries(manager, newId, { exdates: rebuilt.exdates });
    }
    return newId;
  }

  /**
   * The rule ending before `cutMs` without gaining a date: UNTIL only when the rule still had instants from there
   * on (a COUNT that already ended stays as it was). `heldInstants` is what COUNT already spent before the cut.
   */
  cutRule(loaded: LoadedSeries, cutMs: number): { rrule: string; nextInstantMs: number | null; heldInstants: number } {
    const rrule = loaded.series.rrule as string;
    // Far enough for any rule of a year or less; a series' instants after the first one past the cut do not matter.
    const instants = ruleInstants(loaded.series, cutMs + 2 * 366 * DAY_MS);
    const held = instants.filter((ms) => ms < cutMs).length;
    const next = instants.find((ms) => ms >= cutMs) ?? null;
    return { rrule: next === null ? rrule : endRuleBefore(rrule, next), nextInstantMs: next, heldInstants: held };
  }

  /** EXDATEs for occurrences moved past the cut from an instant the earlier part keeps: that instant stays empty. */
  movedAcross(loaded: LoadedSeries, leaving: StoredOccurrence[], nextInstantMs: number | null): string[] {
    return leaving
      .filter((o) => o.detached && (nextInstantMs === null || o.recurrenceId.getTime() < nextInstantMs))
      .map((o) => localStartOf(loaded.zone, o.recurrenceId));
  }
}
