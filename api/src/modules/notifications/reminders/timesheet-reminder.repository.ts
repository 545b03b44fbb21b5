import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Who is reminded about timesheets. */
@Injectable()
export class TimesheetReminderRepository {
  /** Pooled employees with an active account, and their network (for the coordinators' failed list). */
  async staffUsers(manager: EntityManager): Promise<Array<{ userId: string; networkId: string }>> {
    return manager.query(
      `SELECT sm.user_id AS "userId", r.network_id AS "networkId"
         FROM staff_member sm JOIN resource r ON r.id = sm.resource_id JOIN app_user u ON u.id = sm.user_id
        WHERE u.active AND r.active`,
    );
  }

  /** Submitted entries not yet confirmed, per organisation, with the organisation's admins. */
  async unconfirmedPerOrganisation(
    manager: EntityManager,
  ): Promise<
    Array<{ organisationId: string; organisationName: string; entries: number; admins: string[]; networkId: string | null }>
  > {
    return manager.query(
      `SELECT t.organisation_id AS "organisationId", o.name AS "organisationName", count(*)::int AS entries,
              ARRAY(SELECT m.user_id::text FROM organisation_membership m WHERE m.organisation_id = t.organisation_id AND m.role = 'admin') AS admins,
              (SELECT r.network_id FROM resource r WHERE r.id = min(t.resource_id::text)::uuid) AS "networkId"
         FROM timesheet_entry t JOIN organisation o ON o.id = t.organisation_id
        WHERE t.status = 'submitted'
        GROUP BY t.organisation_id, o.name`,
    );
  }
}
