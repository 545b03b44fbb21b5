import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BundledItemView, OccurrenceStatus, WeeklyHours } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { isTransactionConflict } from '../../errors/postgres-error';
import { preparedStatement, runPrepared } from '../../database/prepared-statement';
import { RESOURCE_SELECT, toResourceView, type ResourceRow } from '../premises/premises.mapper';
import type { BookableResource, GuardedOccurrence, SeriesRecord, StoredOccurrence } from './booking.types';

const MAX_ATTEMPTS = 4;

export const ACTIVE_STATUSES: OccurrenceStatus[] = ['pending', 'confirmed'];

/** Every booking query. Reads are scoped by the caller's networks; writes take the transaction's manager. */
@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * A transaction, retried when PostgreSQL aborts it as a deadlock victim: two requests inserting
   * overlapping periods wait on each other inside the exclusion constraint, and one must go. On the
   * retry it sees the winner's rows and gets a clean conflict.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isTransactionConflict(error)) throw error;
      }
    }
  }

  /** The resource with what booking it needs: rules, site hours and zone, the network's privacy setting. */
  async bookableResource(manager: EntityManager, resourceId: string): Promise<BookableResource | null> {
    return (await this.resourceForBooking(manager, resourceId, null))?.resource ?? null;
  }

  /**
   * The bookable resource and, in the same round trip, the networks and name of the organisation that books
   * (empty when `organisationId` is null) and who hears of its bookings (the network's coordinators, the
   * pooled employee's own account).
   */
  async resourceForBooking(
    manager: EntityManager,
    resourceId: string,
    organisationId: string | null,
  ): Promise<{
    resource: BookableResource;
    organisationNetworkIds: string[];
    organisationName: string;
    coordinators: string[];
    staffUserId: string | null;
  } | null> {
    const rows: Array<
      ResourceRow & {
        opening_hours: WeeklyHours[] | null;
        site_time_zone: string | null;
        show_organisation_names: boolean;
        organisation_network_ids: string[];
        organisation_name: string | null;
        coordinators: string[];
        staff_user_id: string | null;
      }
    > = await runPrepared(manager, RESOURCE_FOR_BOOKING, [resourceId, organisationId]);
    const row = rows[0];
    if (!row) return null;
    return {
      resource: {
        ...toResourceView(row),
        openingHours: (row.opening_hours ?? []) as unknown as BookableResource['openingHours'],
        siteTimeZone: row.site_time_zone,
        showOrganisationNames: row.show_organisation_names,
      },
      organisationNetworkIds: row.organisation_network_ids,
      organisationName: row.organisation_name ?? '',
      coordinators: row.coordinators,
      staffUserId: row.staff_user_id,
    };
  }

  /**
   * Makes the caller's transaction the only one checking and writing this resource's bookings until it
   * ends; others wait their turn, then check against what it wrote. Without it, requests for the same
   * slot all inserted at once and waited on one another inside the exclusion constraint: deadlocks,
   * each found only after PostgreSQL's `deadlock_timeout` (1 s), retried into new ones, so that 40 people
   * taking the same hour could wait tens of seconds and be answered 503. The constraint still decides
   * if anything gets past the checks. A transaction-level advisory lock (two-key form, the first key
   * naming bookings), released at commit or rollback.
   */
  async lockForWrite(manager: EntityManager, resourceId: string): Promise<void> {
    await runPrepared(manager, LOCK_RESOURCE_FOR_WRITE, [resourceId]);
  }

  /** Existing active occurrences that overlap any of the guarded periods, with the index of the period they hit. */
  async conflicts(
    manager: EntityManager,
    resourceId: string,
    periods: GuardedOccurrence[],
    excludeOccurrenceIds: string[] = [],
  ): Promise<Conflict[]> {
    if (periods.length === 0) return [];
    const rows = await runPrepared<{
      index: string;
      starts_at: Date;
      ends_at: Date;
      organisation_id: string;
      organisation_name: string;
    }>(manager, CONFLICTS, [
      resourceId,
      periods.map((p) => new Date(p.guardStartMs)),
      periods.map((p) => new Date(p.guardEndMs)),
      excludeOccurrenceIds,
    ]);
    return rows.map(toConflict);
  }

  /** Indexes of the occurrences that fall in a blackout of the resource or its site, with the reason. */
  async blackedOut(
    manager: EntityManager,
    resourceId: string,
    siteId: string | null,
    occurrences: GuardedOccurrence[],
  ): Promise<Map<number, string>> {
    if (occurrences.length === 0) return new Map();
    const rows = await runPrepared<{ index: string; reason: string }>(manager, BLACKED_OUT, [
      resourceId,
      siteId,
      occurrences.map((o) => new Date(o.startMs)),
      occurrences.map((o) => new Date(o.endMs)),
    ]);
    return new Map(rows.map((r) => [Number(r.index), r.reason]));
  }

  /**
   * `blackedOut` and `conflicts` for a room's or a person's occurrences in one round trip: the closures over
   * each occurrence and the active bookings overlapping each guarded period.
   */
  async blackoutsAndConflicts(
    manager: EntityManager,
    resourceId: string,
    siteId: string | null,
    occurrences: GuardedOccurrence[],
    excludeOccurrenceIds: string[] = [],
  ): Promise<{ blackouts: Map<number, string>; conflicts: Conflict[] }> {
    if (occurrences.length === 0) return { blackouts: new Map(), conflicts: [] };
    const rows = await runPrepared<{
      kind: 'blackout' | 'conflict';
      index: string;
      reason: string | null;
      starts_at: Date;
      ends_at: Date;
      organisation_id: string;
      organisation_name: string;
    }>(manager, BLACKOUTS_AND_CONFLICTS, [
      resourceId,
      siteId,
      occurrences.map((o) => new Date(o.startMs)),
      occurrences.map((o) => new Date(o.endMs)),
      occurrences.map((o) => new Date(o.guardStartMs)),
      occurrences.map((o) => new Date(o.guardEndMs)),
      excludeOccurrenceIds,
    ]);
    const blackouts = new Map<number, string>();
    const conflicts: Conflict[] = [];
    for (const row of rows) {
      if (row.kind === 'blackout') blackouts.set(Number(row.index), row.reason as string);
      else conflicts.push(toConflict(row));
    }
    return { blackouts, conflicts };
  }

  /** Minutes the organisation already holds on the resource, per local ISO week ('YYYY-MM-DD' of the Monday). */
  async weeklyMinutes(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    timeZone: string,
    fromMs: number,
    toMs: number,
    excludeOccurrenceIds: string[] = [],
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      `SELECT to_char(date_trunc('week', starts_at AT TIME ZONE $3), 'YYYY-MM-DD') AS week,
              sum(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes
         FROM booking_occurrence
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('pending', 'confirmed')
          AND starts_at >= $4 AND starts_at < $5 AND NOT (id = ANY($6::uuid[]))
        GROUP BY 1`,
      [
        resourceId,
        organisationId,
        timeZone,
        new Date(fromMs - 7 * 86_400_000),
        new Date(toMs + 7 * 86_400_000),
        excludeOccurrenceIds,
      ],
    );
    return new Map(rows.map((r: { week: string; minutes: number }) => [r.week, r.minutes]));
  }

  /** A series without its occurrences (a split's later part): it keeps the units and the bundle of the one it continues. */
  async insertSeries(manager: EntityManager, series: Omit<SeriesRecord, 'id' | 'status' | 'createdAt'>): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, notes, private, start_local, time_zone,
                                   duration_minutes, rrule, exdates, skip_holidays, materialised_until, previous_series_id,
                                   quantity, pooled, bundle_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [...seriesColumnValues(series), series.quantity ?? 1, series.pooled ?? false, series.bundleOf ?? null],
    );
    return row.id;
  }

  /**
   * The series and all its occurrences in one statement (and round trip); the exclusion constraint checks
   * the occurrences against each other and everything else, as `insertOccurrences` does.
   */
  async insertSeriesWithOccurrences(
    manager: EntityManager,
    series: Omit<SeriesRecord, 'id' | 'status' | 'createdAt'> & {
      hourRequestId: string | null;
      /** Units taken (equipment, vehicles, storage: `pooled`, guarded by the quantity trigger); rooms take 1. */
      quantity?: number;
      pooled?: boolean;
    },
    status: OccurrenceStatus,
    occurrences: GuardedOccurrence[],
    nowMs: number,
  ): Promise<{ seriesId: string; occurrences: StoredOccurrence[] }> {
    const rows: Array<{
      series_id: string;
      id: string | null;
      starts_at: Date;
      ends_at: Date;
      status: OccurrenceStatus;
      recurrence_id: Date;
    }> = await runPrepared(manager, INSERT_SERIES, [
      ...seriesColumnValues(series),
      series.hourRequestId,
      status,
      occurrences.map((o) => new Date(o.startMs)),
      occurrences.map((o) => new Date(o.endMs)),
      occurrences.map((o) => new Date(o.guardStartMs)),
      occurrences.map((o) => new Date(o.guardEndMs)),
      occurrences.map((o) => new Date(o.recurrenceMs ?? o.startMs)),
      new Date(nowMs),
      series.quantity ?? 1,
      series.pooled ?? false,
      series.bundleOf ?? null,
    ]);
    return {
      seriesId: rows[0].series_id,
      occurrences: rows
        .filter((r) => r.id !== null)
        .map((r) => toStoredOccurrence({ ...r, id: r.id as string }))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    };
  }

  /** One statement for all the occurrences; the exclusion constraint checks them against each other and everything else. */
  async insertOccurrences(
    manager: EntityManager,
    series: { id: string; resourceId: string; organisationId: string },
    status: OccurrenceStatus,
    occurrences: GuardedOccurrence[],
    nowMs: number,
  ): Promise<StoredOccurrence[]> {
    if (occurrences.length === 0) return [];
    const rows = await manager.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status, recurrence_id,
                                       pending_since)
       SELECT $1, $2, $3, s, e, tstzrange(gs, ge), $4, r, $10
         FROM unnest($5::timestamptz[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[]) AS t(s, e, gs, ge, r)
       RETURNING id, starts_at, ends_at, status, recurrence_id`,
      [
        series.id,
        series.resourceId,
        series.organisationId,
        status,
        occurrences.map((o) => new Date(o.startMs)),
        occurrences.map((o) => new Date(o.endMs)),
        occurrences.map((o) => new Date(o.guardStartMs)),
        occurrences.map((o) => new Date(o.guardEndMs)),
        occurrences.map((o) => new Date(o.recurrenceMs ?? o.startMs)),
        new Date(nowMs),
      ],
    );
    return rows
      .map(toStoredOccurrence)
      .sort((a: StoredOccurrence, b: StoredOccurrence) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  async series(manager: EntityManager, seriesId: string, lock = false): Promise<SeriesRecord | null> {
    const rows = await manager.query(
      `SELECT id, resource_id, organisation_id, requester_user_id, title, notes, private, to_char(start_local, 'YYYY-MM-DD"T"HH24:MI') AS start_local,
              time_zone, duration_minutes, rrule, exdates, skip_holidays, status, materialised_until, previous_series_id, created_at,
              quantity, pooled, bundle_of
         FROM booking_series WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [seriesId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      resourceId: r.resource_id,
      organisationId: r.organisation_id,
      requesterUserId: r.requester_user_id,
      title: r.title,
      notes: r.notes,
      private: r.private,
      startLocal: r.start_local,
      timeZone: r.time_zone,
      durationMinutes: r.duration_minutes,
      rrule: r.rrule,
      exdates: r.exdates,
      skipHolidays: r.skip_holidays,
      status: r.status,
      materialisedUntil: r.materialised_until,
      previousSeriesId: r.previous_series_id,
      createdAt: r.created_at,
      quantity: r.quantity,
      pooled: r.pooled,
      bundleOf: r.bundle_of,
    };
  }

  /** The active equipment series of a room series' bundle (in the order of its view), locked for the change that carries them. */
  async bundledSeriesIds(manager: EntityManager, roomSeriesId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT s.id FROM booking_series s JOIN resource r ON r.id = s.resource_id
        WHERE s.bundle_of = $1 AND s.status = 'active' ORDER BY s.created_at, r.name, s.id FOR UPDATE OF s`,
      [roomSeriesId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The bundle's occurrences at these rule instants, cancelled with the room's (a declined room takes its
   * equipment along). Returns what changed, by series.
   */
  async cancelBundledAt(
    manager: EntityManager,
    roomSeriesId: string,
    recurrenceIds: Date[],
    decision: { reason: string | null; decidedBy: string },
  ): Promise<Array<{ id: string; series_id: string }>> {
    if (recurrenceIds.length === 0) return [];
    return manager.query(
      `WITH changed AS (
         UPDATE booking_occurrence o
            SET status = 'cancelled', status_reason = $3, decided_by = $4, decided_at = now(), updated_at = now()
           FROM booking_series s
          WHERE s.id = o.series_id AND s.bundle_of = $1 AND s.status = 'active'
            AND o.recurrence_id = ANY($2::timestamptz[]) AND o.status IN ('pending', 'confirmed')
          RETURNING o.id, o.series_id)
       SELECT id, series_id FROM changed ORDER BY series_id, id`,
      [roomSeriesId, recurrenceIds, decision.reason, decision.decidedBy],
    );
  }

  /** A bundled part follows another room series (the later part of a split room series). */
  async setBundleOf(manager: EntityManager, seriesId: string, roomSeriesId: string): Promise<void> {
    await manager.query('UPDATE booking_series SET bundle_of = $2, updated_at = now() WHERE id = $1', [seriesId, roomSeriesId]);
  }

  /** What a room series' bundle holds, for its view (cancelled parts left out). */
  async bundleOf(manager: EntityManager, roomSeriesId: string): Promise<BundledItemView[]> {
    const rows: Array<{ id: string; resource_id: string; name: string; quantity: number; status: BundledItemView['status'] }> =
      await manager.query(
        `SELECT s.id, s.resource_id, r.name, s.quantity, s.status
           FROM booking_series s JOIN resource r ON r.id = s.resource_id
          WHERE s.bundle_of = $1 AND s.status <> 'cancelled'
          ORDER BY s.created_at, r.name, s.id`,
        [roomSeriesId],
      );
    return rows.map((r) => ({
      seriesId: r.id,
      resourceId: r.resource_id,
      resourceName: r.name,
      quantity: r.quantity,
      status: r.status,
    }));
  }

  async occurrencesOf(manager: EntityManager, seriesId: string): Promise<StoredOccurrence[]> {
    const rows = await manager.query(
      `SELECT id, starts_at, ends_at, status, title, detached, recurrence_id FROM booking_occurrence WHERE series_id = $1 ORDER BY starts_at`,
      [seriesId],
    );
    return rows.map(toStoredOccurrence);
  }

  async occurrence(manager: EntityManager, occurrenceId: string): Promise<(StoredOccurrence & { seriesId: string }) | null> {
    const rows = await manager.query(
      `SELECT id, series_id, starts_at, ends_at, status, title, detached, recurrence_id FROM booking_occurrence WHERE id = $1`,
      [occurrenceId],
    );
    return rows[0] ? { ...toStoredOccurrence(rows[0]), seriesId: rows[0].series_id } : null;
  }

  async setStatus(
    manager: EntityManager,
    occurrenceIds: string[],
    status: OccurrenceStatus,
    fromStatuses: OccurrenceStatus[],
    decision: { reason?: string | null; decidedBy?: string | null },
  ): Promise<number> {
    const rows = await manager.query(
      `WITH changed AS (
       UPDATE booking_occurrence
          SET status = $2, status_reason = COALESCE($4, status_reason), decided_by = COALESCE($5, decided_by),
              decided_at = CASE WHEN $5::uuid IS NULL THEN decided_at ELSE now() END, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = ANY($3::text[])
        RETURNING id)
       SELECT id FROM changed`,
      [occurrenceIds, status, fromStatuses, decision.reason ?? null, decision.decidedBy ?? null],
    );
    return rows.length;
  }

  async deleteOccurrences(manager: EntityManager, occurrenceIds: string[]): Promise<void> {
    if (occurrenceIds.length) await manager.query('DELETE FROM booking_occurrence WHERE id = ANY($1::uuid[])', [occurrenceIds]);
  }

  /** Moves (or resizes) an occurrence; it stays the override of the instant its rule gave it (`recurrence_id`). */
  async moveOccurrence(
    manager: EntityManager,
    id: string,
    occurrence: GuardedOccurrence,
    changes: { title?: string | null; status?: OccurrenceStatus; nowMs?: number },
  ): Promise<void> {
    // Sent back to approval, it waits (and expires) from now on, as a new request would.
    await manager.query(
      `UPDATE booking_occurrence SET starts_at = $2, ends_at = $3, period = tstzrange($4, $5), title = COALESCE($6, title),
              status = COALESCE($7, status), detached = detached OR starts_at <> $2,
              pending_since = CASE WHEN $7 = 'pending' AND $8::timestamptz IS NOT NULL THEN $8 ELSE pending_since END,
              updated_at = now()
        WHERE id = $1`,
      [
        id,
        new Date(occurrence.startMs),
        new Date(occurrence.endMs),
        new Date(occurrence.guardStartMs),
        new Date(occurrence.guardEndMs),
        changes.title ?? null,
        changes.status ?? null,
        changes.nowMs === undefined ? null : new Date(changes.nowMs),
      ],
    );
  }

  async retitleOccurrence(manager: EntityManager, id: string, title: string): Promise<void> {
    await manager.query('UPDATE booking_occurrence SET title = $2, updated_at = now() WHERE id = $1', [id, title]);
  }

  /** Hands occurrences (the exceptions of a split series) to the series that continues it. */
  async reparentOccurrences(manager: EntityManager, occurrenceIds: string[], seriesId: string): Promise<void> {
    if (occurrenceIds.length === 0) return;
    await manager.query('UPDATE booking_occurrence SET series_id = $2, updated_at = now() WHERE id = ANY($1::uuid[])', [
      occurrenceIds,
      seriesId,
    ]);
  }

  async updateSeries(
    manager: EntityManager,
    id: string,
    changes: Partial<
      Pick<
        SeriesRecord,
        'title' | 'notes' | 'private' | 'rrule' | 'status' | 'materialisedUntil' | 'startLocal' | 'durationMinutes' | 'exdates'
      >
    >,
  ): Promise<void> {
    await manager.query(
      `UPDATE booking_series SET
          start_local = COALESCE($10::timestamp, start_local), duration_minutes = COALESCE($11, duration_minutes),
          title = COALESCE($2, title), notes = COALESCE($3, notes), private = COALESCE($4, private),
          rrule = CASE WHEN $5::boolean THEN $6 ELSE rrule END, status = COALESCE($7, status),
          materialised_until = CASE WHEN $8::boolean THEN $9::timestamptz ELSE materialised_until END,
          exdates = COALESCE($12::text[], exdates), updated_at = now()
        WHERE id = $1`,
      [
        id,
        changes.title ?? null,
        changes.notes ?? null,
        changes.private ?? null,
        changes.rrule !== undefined,
        changes.rrule ?? null,
        changes.status ?? null,
        changes.materialisedUntil !== undefined,
        changes.materialisedUntil ?? null,
        changes.startLocal ?? null,
        changes.durationMinutes ?? null,
        changes.exdates ?? null,
      ],
    );
  }

  /** A window of occurrences of the caller's networks, with what privacy lets them see. */
  async calendar(filter: {
    networkIds: string[];
    resourceId?: string;
    organisationId?: string;
    fromMs: number;
    toMs: number;
  }): Promise<CalendarRow[]> {
    const window = [new Date(filter.fromMs), new Date(filter.toMs)];
    // One room's calendar, the most read of all, has a text of its own that can be prepared.
    if (filter.resourceId && !filter.organisationId) {
      return runPrepared<CalendarRow>(this.dataSource.manager, CALENDAR_OF_RESOURCE, [
        filter.networkIds,
        filter.resourceId,
        ...window,
      ]);
    }
    return this.dataSource.query(
      `${CALENDAR_SELECT}
        WHERE r.network_id = ANY($1::uuid[]) AND o.status IN ('pending', 'confirmed')
          AND o.starts_at < $5 AND o.ends_at > $4
          AND ($2::uuid IS NULL OR o.resource_id = $2) AND ($3::uuid IS NULL OR o.organisation_id = $3)
        ORDER BY o.starts_at, o.id`,
      [filter.networkIds, filter.resourceId ?? null, filter.organisationId ?? null, ...window],
    );
  }

  /**
   * Pending occurrences still ahead of `nowMs` that wait for the caller: of the networks they coordinate and of
   * the pooled employee they are, never their own organisations' (those they may not decide).
   */
  async pendingFor(approver: {
    networkIds: string[];
    staffResourceId: string | null;
    ownOrganisationIds: string[];
    nowMs: number;
  }): Promise<CalendarRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.series_id, o.resource_id, o.starts_at, o.ends_at, o.status, o.organisation_id, org.name AS organisation_name,
              COALESCE(o.title, s.title) AS title, s.private, s.rrule IS NOT NULL AS recurring, s.requester_user_id,
              o.needs_reschedule, o.proposed_starts_at, o.proposed_ends_at, true AS show_organisation_names, r.network_id, r.time_zone
         FROM booking_occurrence o
         JOIN booking_series s ON s.id = o.series_id
         JOIN resource r ON r.id = o.resource_id
         JOIN organisation org ON org.id = o.organisation_id
        WHERE (r.network_id = ANY($1::uuid[]) OR (r.type = 'staff' AND r.id = $2::uuid))
          AND NOT (o.organisation_id = ANY($3::uuid[])) AND o.status = 'pending' AND o.starts_at > $4
        ORDER BY o.pending_since, o.starts_at
        LIMIT 500`,
      [approver.networkIds, approver.staffResourceId, approver.ownOrganisationIds, new Date(approver.nowMs)],
    );
  }

  /** Pending occurrences not decided in time (or whose start has come) expire and free their slot. */
  async expirePending(
    manager: EntityManager,
    nowMs: number,
    expiryHours: number,
  ): Promise<Array<{ id: string; series_id: string }>> {
    return manager.query(
      `WITH expired AS (
         UPDATE booking_occurrence SET status = 'expired', status_reason = 'not decided in time', updated_at = now()
          WHERE status = 'pending' AND (pending_since < $1::timestamptz - make_interval(hours => $2) OR starts_at < $1::timestamptz)
          RETURNING id, series_id)
       SELECT id, series_id FROM expired`,
      [new Date(nowMs), expiryHours],
    );
  }

  /** Active unbounded series materialised less far than `untilMs`, the most urgent first. */
  async seriesDueForExtension(manager: EntityManager, untilMs: number, limit: number): Promise<Array<{ id: string }>> {
    return manager.query(
      `SELECT id FROM booking_series
        WHERE status = 'active' AND materialised_until IS NOT NULL AND materialised_until < $1 ORDER BY materialised_until LIMIT $2`,
      [new Date(untilMs), limit],
    );
  }

  async organisationName(organisationId: string): Promise<string> {
    const rows = await this.dataSource.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
    return rows[0]?.name ?? '';
  }
}

function toConflict(row: {
  index: string;
  starts_at: Date;
  ends_at: Date;
  organisation_id: string;
  organisation_name: string;
}): Conflict {
  return {
    index: Number(row.index),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
  };
}

export interface Conflict {
  /** Index of the requested occurrence it hits. */
  index: number;
  startsAt: Date;
  endsAt: Date;
  organisationId: string;
  organisationName: string;
}

export interface CalendarRow {
  id: string;
  series_id: string;
  resource_id: string;
  starts_at: Date;
  ends_at: Date;
  status: OccurrenceStatus;
  organisation_id: string;
  organisation_name: string;
  title: string;
  private: boolean;
  recurring: boolean;
  needs_reschedule: boolean;
  proposed_starts_at: Date | null;
  proposed_ends_at: Date | null;
  show_organisation_names: boolean;
  network_id: string;
  time_zone: string;
  requester_user_id: string;
}

function toStoredOccurrence(r: {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: OccurrenceStatus;
  title?: string | null;
  detached?: boolean;
  recurrence_id?: Date | null;
}): StoredOccurrence {
  return {
    id: r.id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    title: r.title ?? null,
    detached: r.detached ?? false,
    recurrenceId: r.recurrence_id ?? r.starts_at,
  };
}

/** The values of booking_series' first fourteen insert columns, in the order both inserts list them. */
function seriesColumnValues(series: Omit<SeriesRecord, 'id' | 'status' | 'createdAt'>): unknown[] {
  return [
    series.resourceId,
    series.organisationId,
    series.requesterUserId,
    series.title,
    series.notes,
    series.private,
    series.startLocal,
    series.timeZone,
    series.durationMinutes,
    series.rrule,
    series.exdates,
    series.skipHolidays,
    series.materialisedUntil,
    series.previousSeriesId,
  ];
}

// Statements of every booking write, planned once per connection (database/prepared-statement.ts).
const RESOURCE_FOR_BOOKING = preparedStatement(
  'booking-resource',
  `SELECT q.*, n.show_organisation_names,
                (SELECT json_agg(json_build_object('weekday', h.weekday, 'start', to_char(h.opens, 'HH24:MI'), 'end', to_char(h.closes, 'HH24:MI')))
                   FROM site_opening_hours h WHERE h.site_id = q.site_id) AS opening_hours,
                (SELECT time_zone FROM site WHERE id = q.site_id) AS site_time_zone,
                COALESCE((SELECT array_agg(m.network_id) FROM network_membership m WHERE m.organisation_id = $2::uuid), '{}')
                  AS organisation_network_ids,
                (SELECT name FROM organisation WHERE id = $2::uuid) AS organisation_name,
                ARRAY(SELECT user_id FROM network_coordinator WHERE network_id = q.network_id)::text[] AS coordinators,
                (SELECT user_id FROM staff_member WHERE resource_id = q.id) AS staff_user_id
           FROM (${RESOURCE_SELECT} WHERE r.id = $1) q JOIN network n ON n.id = q.network_id`,
);

/** The first key of the bookings' advisory locks (`lockForWrite`), apart from any other use of them. */
const BOOKING_WRITE_LOCK = 0x626f6f6b; // 'book'

const LOCK_RESOURCE_FOR_WRITE = preparedStatement(
  'booking-lock-resource',
  `SELECT pg_advisory_xact_lock(${BOOKING_WRITE_LOCK}, hashtext($1::text))`,
);

/**
 * Active occurrences of resource `resource` (a room or a person) overlapping each guarded period (the arrays),
 * except `excluded`. `NOT o.pooled` is what the exclusion constraint covers: it lets each period probe the
 * constraint's index instead of testing every occurrence the resource ever had against every period
 * (a busy room's refused weekly × 52: 4.3 → 0.9 ms; docs/benchmarks.md).
 */
const conflictsSql = (resource: string, guardStarts: string, guardEnds: string, excluded: string) =>
  `SELECT p.ord - 1 AS index, o.starts_at, o.ends_at, o.organisation_id, org.name AS organisation_name
         FROM unnest(${guardStarts}::timestamptz[], ${guardEnds}::timestamptz[]) WITH ORDINALITY AS p(guard_start, guard_end, ord)
         JOIN booking_occurrence o
           ON o.resource_id = ${resource} AND o.status IN ('pending', 'confirmed') AND NOT o.pooled
          AND o.period && tstzrange(p.guard_start, p.guard_end)
          AND NOT (o.id = ANY(${excluded}::uuid[]))
         JOIN organisation org ON org.id = o.organisation_id
        ORDER BY p.ord`;

/** The first blackout of resource `resource` or site `site` over each occurrence (the arrays). */
const blackoutsSql = (resource: string, site: string, starts: string, ends: string) =>
  `SELECT DISTINCT ON (p.ord) p.ord - 1 AS index, b.reason
         FROM unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) WITH ORDINALITY AS p(starts, ends, ord)
         JOIN blackout b ON (b.resource_id = ${resource} OR b.site_id = ${site}) AND b.period && tstzrange(p.starts, p.ends)
        ORDER BY p.ord`;

const CONFLICTS = preparedStatement('booking-conflicts', conflictsSql('$1', '$2', '$3', '$4'));

const BLACKED_OUT = preparedStatement('booking-blackouts', blackoutsSql('$1', '$2', '$3', '$4'));

const BLACKOUTS_AND_CONFLICTS = preparedStatement(
  'booking-blackouts-and-conflicts',
  `SELECT 'blackout' AS kind, b.index, b.reason, NULL::timestamptz AS starts_at, NULL::timestamptz AS ends_at,
          NULL::uuid AS organisation_id, NULL::text AS organisation_name
     FROM (${blackoutsSql('$1', '$2', '$3', '$4')}) b
   UNION ALL
   SELECT 'conflict', c.index, NULL, c.starts_at, c.ends_at, c.organisation_id, c.organisation_name
     FROM (${conflictsSql('$1', '$5', '$6', '$7')}) c
   ORDER BY 1, 2`,
);

const INSERT_SERIES = preparedStatement(
  'booking-insert-series',
  `WITH s AS (
           INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, notes, private, start_local, time_zone,
                                       duration_minutes, rrule, exdates, skip_holidays, materialised_until, previous_series_id,
                                       hour_request_id, quantity, pooled, bundle_of)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $23, $24, $25) RETURNING id),
         o AS (
           INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status, recurrence_id,
                                           pending_since, quantity, pooled)
           SELECT s.id, $1, $2, t.s, t.e, tstzrange(t.gs, t.ge), $16, t.r, $22, $23, $24
             FROM s, unnest($17::timestamptz[], $18::timestamptz[], $19::timestamptz[], $20::timestamptz[], $21::timestamptz[])
                  AS t(s, e, gs, ge, r)
           RETURNING id, starts_at, ends_at, status, recurrence_id)
         SELECT s.id AS series_id, o.id, o.starts_at, o.ends_at, o.status, o.recurrence_id FROM s LEFT JOIN o ON true`,
);

const CALENDAR_SELECT = `SELECT o.id, o.series_id, o.resource_id, o.starts_at, o.ends_at, o.status, o.organisation_id, org.name AS organisation_name,
              COALESCE(o.title, s.title) AS title, s.private, s.rrule IS NOT NULL AS recurring, s.requester_user_id,
              o.needs_reschedule, o.proposed_starts_at, o.proposed_ends_at, n.show_organisation_names, r.network_id, r.time_zone
         FROM booking_occurrence o
         JOIN booking_series s ON s.id = o.series_id
         JOIN resource r ON r.id = o.resource_id
         JOIN network n ON n.id = r.network_id
         JOIN organisation org ON org.id = o.organisation_id`;

const CALENDAR_OF_RESOURCE = preparedStatement(
  'booking-calendar-of-resource',
  `${CALENDAR_SELECT}
        WHERE o.resource_id = $2 AND r.network_id = ANY($1::uuid[]) AND o.status IN ('pending', 'confirmed')
          AND o.starts_at < $4 AND o.ends_at > $3
        ORDER BY o.starts_at, o.id`,
);
