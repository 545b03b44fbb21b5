import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Interval } from '@mutualis/domain';
import type { AgreementView, LeaveView, StaffView, UpdateStaffRequest, WorkingHoursEntry } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { RESOURCE_SELECT, toResourceView, type ResourceRow } from '../premises/premises.mapper';

interface StaffRow extends ResourceRow {
  user_id: string | null;
  job_title: string;
  max_minutes_per_day: number | null;
  max_minutes_per_week: number | null;
  holidays_off: boolean;
  alternating_weeks_anchor: string | null;
  working_hours: WorkingHoursEntry[];
}

const STAFF_SELECT = `
  SELECT q.*, sm.user_id, sm.job_title, sm.max_minutes_per_day, sm.max_minutes_per_week, sm.holidays_off,
         to_char(sm.alternating_weeks_anchor, 'YYYY-MM-DD') AS alternating_weeks_anchor,
         COALESCE((SELECT json_agg(json_build_object('week', h.week, 'weekday', h.weekday, 'start', to_char(h.starts, 'HH24:MI'),
                                                     'end', to_char(h.ends, 'HH24:MI')) ORDER BY h.week, h.weekday, h.starts)
                     FROM staff_working_hours h WHERE h.resource_id = q.id), '[]') AS working_hours
    FROM (${RESOURCE_SELECT}) q JOIN staff_member sm ON sm.resource_id = q.id`;

function toStaffView(row: StaffRow): StaffView {
  const resource = toResourceView(row);
  return {
    id: resource.id,
    networkId: resource.networkId,
    name: resource.name,
    jobTitle: row.job_title,
    carrierOrganisationId: resource.carrierOrganisationId,
    userId: row.user_id,
    timeZone: resource.timeZone,
    active: resource.active,
    hourlyCostCents: resource.hourlyRateCents,
    maxMinutesPerDay: row.max_minutes_per_day,
    maxMinutesPerWeek: row.max_minutes_per_week,
    holidaysOff: row.holidays_off,
    alternatingWeeksAnchor: row.alternating_weeks_anchor,
    workingHours: row.working_hours,
    rules: resource.rules,
  };
}

interface AgreementRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  resource_id: string;
  minutes_per_period: number | null;
  period_unit: AgreementView['periodUnit'];
  starts_on: string;
  ends_on: string | null;
  over_quota: 'refuse' | 'warn';
  rollover: 'none' | 'next';
  rollover_cap_minutes: number | null;
  fixed_share_percent: string | null;
}

const AGREEMENT_SELECT = `
  SELECT a.id, a.organisation_id, o.name AS organisation_name, a.resource_id, a.minutes_per_period, a.period_unit,
         to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on, a.over_quota, a.rollover,
         a.rollover_cap_minutes, a.fixed_share_percent
    FROM agreement a JOIN organisation o ON o.id = a.organisation_id`;

function toAgreementView(r: AgreementRow): AgreementView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    resourceId: r.resource_id,
    minutesPerPeriod: r.minutes_per_period,
    periodUnit: r.period_unit,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    overQuota: r.over_quota,
    rollover: r.rollover,
    rolloverCapMinutes: r.rollover_cap_minutes,
    fixedSharePercent: r.fixed_share_percent === null ? null : Number(r.fixed_share_percent),
  };
}

type ColumnChange = [column: string, value: unknown, kind: 'nullable' | 'required', cast?: string];

/** One UPDATE with only the columns whose value was given (undefined = absent); none given, no statement. */
async function updateColumns(
  manager: EntityManager,
  table: 'staff_member' | 'resource',
  key: string,
  id: string,
  changes: ColumnChange[],
): Promise<void> {
  const given = changes.filter(([, value, kind]) => value !== undefined && (value !== null || kind === 'nullable'));
  if (given.length === 0) return;
  const sets = given.map(([column, , , cast], i) => `${column} = $${i + 2}${cast ? `::${cast}` : ''}`);
  if (table === 'resource') sets.push('updated_at = now()');
  await manager.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${key} = $1`, [id, ...given.map(([, value]) => value)]);
}

/** Every query on pooled staff, their leave and agreements. */
@Injectable()
export class StaffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async list(networkIds: string[]): Promise<StaffView[]> {
    const rows: StaffRow[] = await this.dataSource.query(`${STAFF_SELECT} WHERE q.network_id = ANY($1::uuid[]) ORDER BY q.name`, [
      networkIds,
    ]);
    return rows.map(toStaffView);
  }

  async get(manager: EntityManager, id: string): Promise<StaffView | null> {
    const rows: StaffRow[] = await manager.query(`${STAFF_SELECT} WHERE q.id = $1`, [id]);
    return rows[0] ? toStaffView(rows[0]) : null;
  }

  async insert(
    manager: EntityManager,
    staff: {
      networkId: string;
      name: string;
      timeZone: string;
      carrierOrganisationId: string | null;
      hourlyCostCents: number | null;
      userId: string | null;
    },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, time_zone, carrier_organisation_id, hourly_rate_cents, approval_required,
                             min_duration_minutes, granularity_minutes, min_lead_minutes, max_advance_days)
       VALUES ($1, 'staff', $2, $3, $4, $5, true, 15, 15, 0, 365) RETURNING id`,
      [staff.networkId, staff.name, staff.timeZone, staff.carrierOrganisationId, staff.hourlyCostCents],
    );
    await manager.query('INSERT INTO staff_member (resource_id, user_id) VALUES ($1, $2)', [row.id, staff.userId]);
    if (staff.userId) await manager.query('UPDATE app_user SET staff_resource_id = $1 WHERE id = $2', [row.id, staff.userId]);
    return row.id;
  }

  /** Absent fields stay as they are; null clears a nullable column (and leaves a NOT NULL one as it is). */
  async update(manager: EntityManager, id: string, changes: UpdateStaffRequest): Promise<void> {
    await updateColumns(manager, 'staff_member', 'resource_id', id, [
      ['job_title', changes.jobTitle, 'required'],
      ['max_minutes_per_day', changes.maxMinutesPerDay, 'nullable'],
      ['max_minutes_per_week', changes.maxMinutesPerWeek, 'nullable'],
      ['holidays_off', changes.holidaysOff, 'required'],
      ['alternating_weeks_anchor', changes.alternatingWeeksAnchor, 'nullable', 'date'],
    ]);
    await updateColumns(manager, 'resource', 'id', id, [
      ['name', changes.name, 'required'],
      ['hourly_rate_cents', changes.hourlyCostCents, 'nullable'],
      ['carrier_organisation_id', changes.carrierOrganisationId, 'nullable', 'uuid'],
      ['active', changes.active, 'required'],
    ]);
  }

  async replaceWorkingHours(manager: EntityManager, id: string, hours: WorkingHoursEntry[]): Promise<void> {
    await manager.query('DELETE FROM staff_working_hours WHERE resource_id = $1', [id]);
    if (hours.length === 0) return;
    await manager.query(
      `INSERT INTO staff_working_hours (resource_id, week, weekday, starts, ends)
       SELECT $1, * FROM unnest($2::text[], $3::smallint[], $4::time[], $5::time[])`,
      [id, hours.map((h) => h.week), hours.map((h) => h.weekday), hours.map((h) => h.start), hours.map((h) => h.end)],
    );
  }

  async isOrganisationOfNetwork(manager: EntityManager, networkId: string, organisationId: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM network_membership WHERE network_id = $1 AND organisation_id = $2', [
      networkId,
      organisationId,
    ]);
    return rows.length > 0;
  }

  async userIdByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const rows = await manager.query('SELECT id FROM app_user WHERE email = $1', [email]);
    return rows[0]?.id ?? null;
  }

  async leave(resourceId: string, fromMs: number, toMs: number): Promise<LeaveView[]> {
    const rows = await this.dataSource.query(
      `SELECT l.id, l.resource_id, l.kind, lower(l.period) AS starts, upper(l.period) AS ends, l.note,
              (SELECT count(*)::int FROM booking_occurrence o WHERE o.resource_id = l.resource_id AND o.needs_reschedule
                 AND o.status IN ('pending', 'confirmed') AND o.period && l.period) AS flagged
         FROM staff_leave l WHERE l.resource_id = $1 AND l.period && tstzrange($2, $3) ORDER BY lower(l.period)`,
      [resourceId, new Date(fromMs), new Date(toMs)],
    );
    return rows.map(
      (r: {
        id: string;
        resource_id: string;
        kind: LeaveView['kind'];
        starts: Date;
        ends: Date;
        note: string;
        flagged: number;
      }) => ({
        id: r.id,
        resourceId: r.resource_id,
        kind: r.kind,
        start: r.starts.toISOString(),
        end: r.ends.toISOString(),
        note: r.note,
        flaggedOccurrences: r.flagged,
      }),
    );
  }

  /** Active (pending or confirmed) occurrences of the resource overlapping a window, as sorted intervals. */
  async activeIntervals(resourceId: string, fromMs: number, toMs: number): Promise<Interval[]> {
    const rows: Array<{ s: Date; e: Date }> = await this.dataSource.query(
      `SELECT lower(period) AS s, upper(period) AS e FROM booking_occurrence
        WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND period && tstzrange($2, $3) ORDER BY 1`,
      [resourceId, new Date(fromMs), new Date(toMs)],
    );
    return rows.map((r) => ({ start: r.s.getTime(), end: r.e.getTime() }));
  }

  /** Leave of the resource overlapping a window, as sorted intervals. */
  async leaveIntervals(resourceId: string, fromMs: number, toMs: number): Promise<Interval[]> {
    const rows: Array<{ s: Date; e: Date }> = await this.dataSource.query(
      `SELECT lower(period) AS s, upper(period) AS e FROM staff_leave WHERE resource_id = $1 AND period && tstzrange($2, $3) ORDER BY 1`,
      [resourceId, new Date(fromMs), new Date(toMs)],
    );
    return rows.map((r) => ({ start: r.s.getTime(), end: r.e.getTime() }));
  }

  /** Records leave and flags the active occurrences inside it for rescheduling (they are never deleted). */
  async insertLeave(
    manager: EntityManager,
    resourceId: string,
    leave: { kind: string; start: string; end: string; note: string; createdBy: string },
  ): Promise<{ id: string; flagged: number }> {
    const [row] = await manager.query(
      `INSERT INTO staff_leave (resource_id, kind, period, note, created_by) VALUES ($1, $2, tstzrange($3, $4), $5, $6) RETURNING id`,
      [resourceId, leave.kind, leave.start, leave.end, leave.note, leave.createdBy],
    );
    const flagged = await manager.query(
      // WITH … SELECT: TypeORM answers [rows, count] for a bare UPDATE … RETURNING.
      `WITH flagged AS (
         UPDATE booking_occurrence SET needs_reschedule = true, updated_at = now()
          WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND period && tstzrange($2, $3) RETURNING id)
       SELECT id FROM flagged`,
      [resourceId, leave.start, leave.end],
    );
    return { id: row.id, flagged: flagged.length };
  }

  async deleteLeave(manager: EntityManager, resourceId: string, leaveId: string): Promise<boolean> {
    const rows = await manager.query(
      'WITH deleted AS (DELETE FROM staff_leave WHERE id = $1 AND resource_id = $2 RETURNING id) SELECT id FROM deleted',
      [leaveId, resourceId],
    );
    return rows.length > 0;
  }

  /** Leave overlapping any of the intervals, by index. */
  async onLeave(
    manager: EntityManager,
    resourceId: string,
    intervals: Array<{ startMs: number; endMs: number }>,
  ): Promise<Array<{ index: number; kind: string }>> {
    if (intervals.length === 0) return [];
    const rows = await manager.query(
      `SELECT DISTINCT ON (p.ord) p.ord - 1 AS index, l.kind
         FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(s, e, ord)
         JOIN staff_leave l ON l.resource_id = $1 AND l.period && tstzrange(p.s, p.e) ORDER BY p.ord`,
      [resourceId, intervals.map((i) => new Date(i.startMs)), intervals.map((i) => new Date(i.endMs))],
    );
    return rows.map((r: { index: string; kind: string }) => ({ index: Number(r.index), kind: r.kind }));
  }

  /** Active minutes of the resource per local day (all organisations), around a window. */
  async minutesByDay(
    manager: EntityManager,
    resourceId: string,
    timeZone: string,
    fromMs: number,
    toMs: number,
    excludeOccurrenceIds: string[] = [],
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      // Grouped on the date, formatted once per day rather than once per occurrence.
      `SELECT to_char((starts_at AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS day, sum(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes
         FROM booking_occurrence
        WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND starts_at >= $3 AND starts_at < $4 AND NOT (id = ANY($5::uuid[]))
        GROUP BY (starts_at AT TIME ZONE $2)::date`,
      [resourceId, timeZone, new Date(fromMs - 8 * 86_400_000), new Date(toMs + 8 * 86_400_000), excludeOccurrenceIds],
    );
    return new Map(rows.map((r: { day: string; minutes: number }) => [r.day, r.minutes]));
  }

  /** An organisation's active minutes on the resource per local day, between two local dates. */
  async organisationMinutesByDay(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    timeZone: string,
    fromDate: string,
    toDate: string,
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      `SELECT to_char((starts_at AT TIME ZONE $3)::date, 'YYYY-MM-DD') AS day, sum(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes
         FROM booking_occurrence
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('pending', 'confirmed')
          AND starts_at >= ($4::date)::timestamp AT TIME ZONE $3 AND starts_at < ($5::date)::timestamp AT TIME ZONE $3
        GROUP BY (starts_at AT TIME ZONE $3)::date`,
      [resourceId, organisationId, timeZone, fromDate, toDate],
    );
    return new Map(rows.map((r: { day: string; minutes: number }) => [r.day, r.minutes]));
  }

  /** Confirmed (or locked) timesheet minutes of an organisation on the resource per local day. */
  async workedMinutesByDay(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    fromDate: string,
    toDate: string,
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      `SELECT to_char(work_date, 'YYYY-MM-DD') AS day, sum(minutes)::int AS minutes FROM timesheet_entry
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('confirmed', 'locked') AND work_date >= $3::date AND work_date < $4::date
        GROUP BY 1`,
      [resourceId, organisationId, fromDate, toDate],
    );
    return new Map(rows.map((r: { day: string; minutes: number }) => [r.day, r.minutes]));
  }

  async agreements(filter: { networkIds: string[]; resourceId?: string; organisationId?: string }): Promise<AgreementView[]> {
    const rows: AgreementRow[] = await this.dataSource.query(
      `${AGREEMENT_SELECT} JOIN resource r ON r.id = a.resource_id
        WHERE r.network_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR a.resource_id = $2) AND ($3::uuid IS NULL OR a.organisation_id = $3)
        ORDER BY o.name, a.starts_on`,
      [filter.networkIds, filter.resourceId ?? null, filter.organisationId ?? null],
    );
    return rows.map(toAgreementView);
  }

  async agreement(manager: EntityManager, id: string): Promise<AgreementView | null> {
    const rows: AgreementRow[] = await manager.query(`${AGREEMENT_SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ? toAgreementView(rows[0]) : null;
  }

  /** The agreement of an organisation on a resource in force on a local date. */
  async agreementOn(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    date: string,
  ): Promise<AgreementView | null> {
    const rows: AgreementRow[] = await manager.query(
      `${AGREEMENT_SELECT} WHERE a.resource_id = $1 AND a.organisation_id = $2 AND a.starts_on <= $3::date AND (a.ends_on IS NULL OR a.ends_on > $3::date)`,
      [resourceId, organisationId, date],
    );
    return rows[0] ? toAgreementView(rows[0]) : null;
  }

  async insertAgreement(manager: EntityManager, a: Omit<AgreementView, 'id' | 'organisationName'>): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, starts_on, ends_on, over_quota, rollover,
                              rollover_cap_minutes, fixed_share_percent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        a.organisationId,
        a.resourceId,
        a.minutesPerPeriod,
        a.periodUnit,
        a.startsOn,
        a.endsOn,
        a.overQuota,
        a.rollover,
        a.rolloverCapMinutes,
        a.fixedSharePercent,
      ],
    );
    return row.id;
  }

  async updateAgreement(
    manager: EntityManager,
    id: string,
    a: Omit<AgreementView, 'id' | 'organisationName' | 'organisationId' | 'resourceId'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE agreement SET minutes_per_period = $2, period_unit = $3, starts_on = $4, ends_on = $5, over_quota = $6, rollover = $7,
              rollover_cap_minutes = $8, fixed_share_percent = $9, updated_at = now() WHERE id = $1`,
      [
        id,
        a.minutesPerPeriod,
        a.periodUnit,
        a.startsOn,
        a.endsOn,
        a.overQuota,
        a.rollover,
        a.rolloverCapMinutes,
        a.fixedSharePercent,
      ],
    );
  }

  async deleteAgreement(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM agreement WHERE id = $1', [id]);
  }
}
