import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What account and timesheet messages need to say, and to whom. */
@Injectable()
export class AccountNoticeRepository {
  async organisationName(manager: EntityManager, organisationId: string): Promise<string> {
    const [row] = await manager.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
    return row?.name ?? '';
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
