import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What account and timesheet messages need to say, and to whom. */
@Injectable()
export class AccountNoticeRepository {
  async organisationName(manager: EntityManager, organisationId: string): Promise<string> {
    const [row] = await manager.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
    return row?.name ?? '';
  }

  /** Admins of the network's organisations. */
  async networkAdmins(manager: EntityManager, networkId: string): Promise<string[]> {
    const rows = await manager.query(
      `SELECT DISTINCT m.user_id FROM organisation_membership m JOIN network_membership nm ON nm.organisation_id = m.organisation_id
        WHERE nm.network_id = $1 AND m.role = 'admin'`,
      [networkId],
    );
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  /** Series with occurrences flagged for rescheduling in a window of a resource, with their requester. */
  async flaggedSeries(
    manager: EntityManager,
    resourceId: string,
    start: string,
    end: string,
  ): Promise<
    Array<{
      seriesId: string;
      title: string;
      resourceName: string;
      requesterUserId: string | null;
      occurrences: number;
      firstLocal: string;
      networkId: string;
    }>
  > {
    return manager.query(
      `SELECT s.id AS "seriesId", s.title, r.name AS "resourceName", s.requester_user_id AS "requesterUserId", r.network_id AS "networkId",
              count(*)::int AS occurrences, to_char(min(o.starts_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') AS "firstLocal"
         FROM booking_occurrence o JOIN booking_series s ON s.id = o.series_id JOIN resource r ON r.id = o.resource_id
        WHERE o.resource_id = $1 AND o.needs_reschedule AND o.status IN ('pending', 'confirmed') AND o.period && tstzrange($2, $3)
        GROUP BY s.id, s.title, r.name, s.requester_user_id, r.network_id, s.time_zone`,
      [resourceId, start, end],
    );
  }

  async staffUserId(manager: EntityManager, resourceId: string): Promise<string | null> {
    const [row] = await manager.query('SELECT user_id FROM staff_member WHERE resource_id = $1', [resourceId]);
    return row?.user_id ?? null;
  }

  /** Per organisation, the entries just changed: minutes, admins, and the employee's account and name. */
  async timesheetEntries(
    manager: EntityManager,
    entryIds: string[],
  ): Promise<
    Array<{
      organisationId: string;
      organisationName: string;
      minutes: number;
      admins: string[];
      employeeUserId: string | null;
      employeeName: string;
    }>
  > {
    return manager.query(
      `SELECT t.organisation_id AS "organisationId", o.name AS "organisationName", sum(t.minutes)::int AS minutes,
              ARRAY(SELECT m.user_id::text FROM organisation_membership m WHERE m.organisation_id = t.organisation_id AND m.role = 'admin') AS admins,
              sm.user_id AS "employeeUserId", r.name AS "employeeName"
         FROM timesheet_entry t
         JOIN organisation o ON o.id = t.organisation_id
         JOIN staff_member sm ON sm.resource_id = t.resource_id
         JOIN resource r ON r.id = t.resource_id
        WHERE t.id = ANY($1::uuid[])
        GROUP BY t.organisation_id, o.name, sm.user_id, r.name`,
      [entryIds],
    );
  }
}
