import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Who hears about a booking, and the iCalendar SEQUENCE that each change sent raises. */
@Injectable()
export class BookingNoticeRepository {
  /** The network's coordinators, and the pooled employee's own account when the resource is a person. */
  async audience(
    manager: EntityManager,
    resourceId: string,
    networkId: string,
    organisationId: string,
  ): Promise<{ coordinators: string[]; staffUserId: string | null; organisationName: string }> {
    const [row] = await manager.query(
      `SELECT ARRAY(SELECT user_id FROM network_coordinator WHERE network_id = $2)::text[] AS coordinators,
              (SELECT user_id FROM staff_member WHERE resource_id = $1) AS staff_user_id,
              (SELECT name FROM organisation WHERE id = $3) AS organisation_name`,
      [resourceId, networkId, organisationId],
    );
    return { coordinators: row.coordinators, staffUserId: row.staff_user_id, organisationName: row.organisation_name ?? '' };
  }

  async nextSequence(manager: EntityManager, seriesId: string): Promise<number> {
    const [row] = await manager.query(
      `WITH bumped AS (UPDATE booking_series SET ical_sequence = ical_sequence + 1 WHERE id = $1 RETURNING ical_sequence)
       SELECT ical_sequence FROM bumped`,
      [seriesId],
    );
    return row?.ical_sequence ?? 0;
  }

  async sequence(manager: EntityManager, seriesId: string): Promise<number> {
    const [row] = await manager.query('SELECT ical_sequence FROM booking_series WHERE id = $1', [seriesId]);
    return row?.ical_sequence ?? 0;
  }
}
