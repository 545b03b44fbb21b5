import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StaffView, UpdateStaffRequest, WorkingHoursEntry } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { RESOURCE_SELECT, toResourceView, type ResourceRow } from '../../premises/premises.mapper';

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

/** Every query on pooled employees themselves: profile, working hours, account invitation. */
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

  /** The pooled employee whose account has this e-mail, if any. */
  async staffResourceOfEmail(manager: EntityManager, email: string): Promise<string | null> {
    const rows = await manager.query('SELECT staff_resource_id FROM app_user WHERE email = $1', [email]);
    return rows[0]?.staff_resource_id ?? null;
  }

  /** A current member of the network (organisations that left are not). */
  async isMemberOfNetwork(manager: EntityManager, networkId: string, organisationId: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM network_membership WHERE network_id = $1 AND organisation_id = $2', [
      networkId,
      organisationId,
    ]);
    return rows.length > 0;
  }

  /** A new invitation to be the employee's account; any pending one for the resource is revoked. */
  async replaceInvitation(
    manager: EntityManager,
    invitation: { resourceId: string; email: string; tokenHash: Buffer; invitedBy: string; now: Date; expiresAt: Date },
  ): Promise<string> {
    await manager.query(
      'UPDATE invitation SET revoked_at = $2 WHERE staff_resource_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL',
      [invitation.resourceId, invitation.now],
    );
    const [row] = await manager.query(
      `INSERT INTO invitation (staff_resource_id, email, token_hash, invited_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [invitation.resourceId, invitation.email, invitation.tokenHash, invitation.invitedBy, invitation.now, invitation.expiresAt],
    );
    return row.id;
  }
}
