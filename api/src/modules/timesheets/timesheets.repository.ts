import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SaveTimesheetEntryRequest, TimesheetEntryView } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** The employee whose time is recorded: a staff resource and the network it belongs to. */
export interface StaffScope {
  id: string;
  networkId: string;
  timeZone: string;
}

export interface WeekTransition {
  resourceId: string;
  weekStart: string;
  /** Only this organisation's entries; null for all. */
  organisationId: string | null;
  from: string;
  to: string;
  comment: string | null;
  decidedBy: string;
  decidedAt: Date;
  /** The last day (inclusive) the transition applies to; null for the whole week. */
  lastDay: string | null;
}

/** Every query on timesheet entries. */
@Injectable()
export class TimesheetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findStaff(manager: EntityManager, resourceId: string): Promise<StaffScope | null> {
    const rows = await manager.query(
      `SELECT r.id, r.network_id, r.time_zone FROM resource r JOIN staff_member s ON s.resource_id = r.id WHERE r.id = $1`,
      [resourceId],
    );
    const row = rows[0];
    return row ? { id: row.id, networkId: row.network_id, timeZone: row.time_zone } : null;
  }

  async isOrganisationOfNetwork(manager: EntityManager, networkId: string, organisationId: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM network_membership WHERE network_id = $1 AND organisation_id = $2', [
      networkId,
      organisationId,
    ]);
    return rows.length > 0;
  }

  /**
   * Recorded entries merged with the confirmed bookings of each day (the "suggested" rows), for
   * the given organisations only (null: all).
   */
  async list(staff: StaffScope, from: string, to: string, organisations: string[] | null): Promise<TimesheetEntryView[]> {
    const rows = await this.dataSource.query(
      `WITH planned AS (
         SELECT o.organisation_id, (o.starts_at AT TIME ZONE $4)::date AS work_date,
                sum(extract(epoch FROM o.ends_at - o.starts_at) / 60)::int AS minutes
           FROM booking_occurrence o
          WHERE o.resource_id = $1 AND o.status = 'confirmed'
            AND o.starts_at >= ($2::date)::timestamp AT TIME ZONE $4 AND o.starts_at < ($3::date)::timestamp AT TIME ZONE $4
          GROUP BY 1, 2)
       SELECT e.id, COALESCE(e.organisation_id, p.organisation_id) AS organisation_id, org.name AS organisation_name,
              to_char(COALESCE(e.work_date, p.work_date), 'YYYY-MM-DD') AS work_date,
              COALESCE(e.minutes, p.minutes) AS minutes, COALESCE(e.note, '') AS note, COALESCE(e.status, 'suggested') AS status,
              e.dispute_comment, COALESCE(p.minutes, 0) AS planned_minutes
         FROM (SELECT * FROM timesheet_entry WHERE resource_id = $1 AND work_date >= $2::date AND work_date < $3::date) e
         FULL JOIN planned p ON p.organisation_id = e.organisation_id AND p.work_date = e.work_date
         JOIN organisation org ON org.id = COALESCE(e.organisation_id, p.organisation_id)
        WHERE ($5::uuid[] IS NULL OR COALESCE(e.organisation_id, p.organisation_id) = ANY($5::uuid[]))
        ORDER BY 4, org.name`,
      [staff.id, from, to, staff.timeZone, organisations],
    );
    return rows.map(
      (r: Record<string, unknown>): TimesheetEntryView => ({
        id: (r['id'] as string | null) ?? null,
        resourceId: staff.id,
        organisationId: r['organisation_id'] as string,
        organisationName: r['organisation_name'] as string,
        workDate: r['work_date'] as string,
        minutes: r['minutes'] as number,
        note: r['note'] as string,
        status: r['status'] as TimesheetEntryView['status'],
        disputeComment: (r['dispute_comment'] as string | null) ?? null,
        plannedMinutes: r['planned_minutes'] as number,
      }),
    );
  }

  /** Saves a draft or corrects a disputed entry; null when the day was already submitted. */
  async saveEntry(manager: EntityManager, input: SaveTimesheetEntryRequest, updatedAt: Date): Promise<{ id: string } | null> {
    const [row] = await manager.query(
      `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, note, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (resource_id, organisation_id, work_date) DO UPDATE
          SET minutes = EXCLUDED.minutes, note = EXCLUDED.note, status = 'draft', dispute_comment = NULL,
              updated_at = EXCLUDED.updated_at
        WHERE timesheet_entry.status IN ('draft', 'disputed')
       RETURNING id`,
      [input.resourceId, input.organisationId, input.workDate, input.minutes, input.note ?? '', updatedAt],
    );
    return row ?? null;
  }

  /** Moves a week's entries from one status to the next; returns the ids of those that moved. */
  async transitionWeek(manager: EntityManager, t: WeekTransition): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH changed AS (
         UPDATE timesheet_entry SET status = $5, dispute_comment = $6, decided_by = $7, decided_at = $8, updated_at = $8
          WHERE resource_id = $1 AND work_date >= $2::date AND work_date < $2::date + 7 AND status = $4
            AND ($3::uuid IS NULL OR organisation_id = $3) AND ($9::date IS NULL OR work_date <= $9::date)
          RETURNING id)
       SELECT id FROM changed`,
      [t.resourceId, t.weekStart, t.organisationId, t.from, t.to, t.comment, t.decidedBy, t.decidedAt, t.lastDay],
    );
    return rows.map((row) => row.id);
  }
}
