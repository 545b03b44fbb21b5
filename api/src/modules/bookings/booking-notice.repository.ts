import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Who hears about a booking, and the iCalendar SEQUENCE that each change sent raises. */
@Injectable()
export class BookingNoticeRepository {
  /**
   * In one statement: the network's coordinators, the pooled employee's own account when the resource is a
   * person, the booking organisation's name, and the series' iCalendar SEQUENCE (raised by one for a change).
   */
  async audience(
    manager: EntityManager,
    target: { resourceId: string; networkId: string; organisationId: string; seriesId: string; raiseSequence: boolean },
  ): Promise<{ coordinators: string[]; staffUserId: string | null; organisationName: string; sequence: number }> {
    const [row] = await manager.query(
      `WITH bumped AS (
         UPDATE booking_series SET ical_sequence = ical_sequence + 1 WHERE id = $4 AND $5 RETURNING ical_sequence
       )
       SELECT ARRAY(SELECT user_id FROM network_coordinator WHERE network_id = $2)::text[] AS coordinators,
              (SELECT user_id FROM staff_member WHERE resource_id = $1) AS staff_user_id,
              (SELECT name FROM organisation WHERE id = $3) AS organisation_name,
              COALESCE((SELECT ical_sequence FROM bumped), (SELECT ical_sequence FROM booking_series WHERE id = $4), 0) AS sequence`,
      [target.resourceId, target.networkId, target.organisationId, target.seriesId, target.raiseSequence],
    );
    return {
      coordinators: row.coordinators,
      staffUserId: row.staff_user_id,
      organisationName: row.organisation_name ?? '',
      sequence: row.sequence,
    };
  }

  /** Confirmed occurrences starting in (from, to], with who hears about them. */
  async upcoming(
    manager: EntityManager,
    fromMs: number,
    toMs: number,
  ): Promise<
    Array<{
      id: string;
      startsAt: Date;
      endsAt: Date;
      title: string;
      timeZone: string;
      requesterUserId: string | null;
      staffUserId: string | null;
      resourceName: string;
      networkId: string;
      organisationName: string;
    }>
  > {
    return manager.query(
      `SELECT o.id, o.starts_at AS "startsAt", o.ends_at AS "endsAt", COALESCE(o.title, s.title) AS title, s.time_zone AS "timeZone",
              s.requester_user_id AS "requesterUserId", sm.user_id AS "staffUserId", r.name AS "resourceName",
              r.network_id AS "networkId", org.name AS "organisationName"
         FROM booking_occurrence o
         JOIN booking_series s ON s.id = o.series_id
         JOIN resource r ON r.id = s.resource_id
         JOIN organisation org ON org.id = s.organisation_id
         LEFT JOIN staff_member sm ON sm.resource_id = r.id
        WHERE o.status = 'confirmed' AND o.starts_at > $1 AND o.starts_at <= $2`,
      [new Date(fromMs), new Date(toMs)],
    );
  }

  /**
   * How many requests still ahead have waited since before `sinceMs`, per approver: the pooled employee
   * for their own time, the network's coordinators for the rest.
   */
  async waitingPerApprover(
    manager: EntityManager,
    sinceMs: number,
    nowMs: number,
  ): Promise<Array<{ userId: string; count: number; networkId: string }>> {
    return manager.query(
      `WITH waiting AS (
         SELECT r.network_id, sm.user_id AS staff_user_id
           FROM booking_occurrence o
           JOIN booking_series s ON s.id = o.series_id
           JOIN resource r ON r.id = s.resource_id
           LEFT JOIN staff_member sm ON sm.resource_id = r.id
          WHERE o.status = 'pending' AND o.pending_since < $1 AND o.starts_at > $2)
       SELECT approver AS "userId", min(network_id::text) AS "networkId", count(*)::int AS count FROM (
         SELECT staff_user_id AS approver, network_id FROM waiting WHERE staff_user_id IS NOT NULL
         UNION ALL
         SELECT nc.user_id, w.network_id FROM waiting w JOIN network_coordinator nc ON nc.network_id = w.network_id
          WHERE w.staff_user_id IS NULL) a
       GROUP BY approver`,
      [new Date(sinceMs), new Date(nowMs)],
    );
  }

  /** Pending occurrences that expire within the next 24 h (not decided in time, or about to start). */
  async expiringSoon(
    manager: EntityManager,
    nowMs: number,
    expiryHours: number,
  ): Promise<Array<{ id: string; seriesId: string }>> {
    return manager.query(
      `SELECT id, series_id AS "seriesId" FROM booking_occurrence
        WHERE status = 'pending'
          AND LEAST(pending_since + make_interval(hours => $2), starts_at) > $1::timestamptz
          AND LEAST(pending_since + make_interval(hours => $2), starts_at) <= $1::timestamptz + interval '24 hours'`,
      [new Date(nowMs), expiryHours],
    );
  }
}
