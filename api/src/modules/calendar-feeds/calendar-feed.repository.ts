import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarFeedKind, Locale } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarRow } from '../bookings/booking.repository';

export interface FeedRecord {
  id: string;
  userId: string;
  kind: CalendarFeedKind;
  targetId: string | null;
  targetName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** What a feed's owner may see, as the API decides it for them. */
export interface FeedViewer {
  id: string;
  locale: Locale;
  memberOf: string[];
  coordinates: string[];
  /** Networks they see: their organisations', the ones they coordinate, their own staff resource's. */
  networks: string[];
  staffResourceId: string | null;
}

/** Wall clocks come from PostgreSQL (AT TIME ZONE): a feed of a thousand occurrences converts nothing in JavaScript. */
export type FeedRow = CalendarRow & { resource_name: string; start_local: string; end_local: string };

/** Every query of calendar feeds: the feeds themselves, their owners' rights, and the occurrences they publish. */
@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(
    manager: EntityManager,
    feed: { userId: string; kind: CalendarFeedKind; targetId: string | null; tokenHash: Buffer; nowMs: number },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO calendar_feed (user_id, kind, target_id, token_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [feed.userId, feed.kind, feed.targetId, feed.tokenHash, new Date(feed.nowMs)],
    );
    return row.id;
  }

  async list(userId: string, id?: string): Promise<FeedRecord[]> {
    return this.dataSource.query(
      `SELECT f.id, f.user_id AS "userId", f.kind, f.target_id AS "targetId", COALESCE(r.name, o.name) AS "targetName",
              f.created_at AS "createdAt", f.last_used_at AS "lastUsedAt"
         FROM calendar_feed f
         LEFT JOIN resource r ON r.id = f.target_id
         LEFT JOIN organisation o ON o.id = f.target_id
        WHERE f.user_id = $1 AND ($2::uuid IS NULL OR f.id = $2)
        ORDER BY f.created_at DESC`,
      [userId, id ?? null],
    );
  }

  async delete(manager: EntityManager, userId: string, id: string): Promise<boolean> {
    const rows = await manager.query(
      'WITH gone AS (DELETE FROM calendar_feed WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM gone',
      [id, userId],
    );
    return rows.length === 1;
  }

  /** The feed of a token, if it still exists and its owner is active; notes when it was last read (at most every 5 minutes). */
  async findByToken(tokenHash: Buffer, nowMs: number): Promise<FeedRecord | null> {
    const rows: Array<FeedRecord & { stale: boolean }> = await this.dataSource.query(
      `SELECT f.id, f.user_id AS "userId", f.kind, f.target_id AS "targetId", COALESCE(r.name, o.name) AS "targetName",
              f.created_at AS "createdAt", f.last_used_at AS "lastUsedAt",
              f.last_used_at IS NULL OR f.last_used_at < $2::timestamptz - interval '5 minutes' AS stale
         FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
         LEFT JOIN resource r ON r.id = f.target_id
         LEFT JOIN organisation o ON o.id = f.target_id
        WHERE f.token_hash = $1 AND u.active`,
      [tokenHash, new Date(nowMs)],
    );
    const feed = rows[0];
    if (feed?.stale)
      await this.dataSource.query('UPDATE calendar_feed SET last_used_at = $2 WHERE id = $1', [feed.id, new Date(nowMs)]);
    return feed ?? null;
  }

  async viewer(userId: string): Promise<FeedViewer | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.locale, u.staff_resource_id AS "staffResourceId",
              ARRAY(SELECT organisation_id::text FROM organisation_membership WHERE user_id = u.id) AS "memberOf",
              ARRAY(SELECT network_id::text FROM network_coordinator WHERE user_id = u.id) AS coordinates,
              ARRAY(SELECT nm.network_id::text FROM organisation_membership m JOIN network_membership nm ON nm.organisation_id = m.organisation_id WHERE m.user_id = u.id
                    UNION SELECT network_id::text FROM network_coordinator WHERE user_id = u.id
                    UNION SELECT r.network_id::text FROM resource r WHERE r.id = u.staff_resource_id) AS networks
         FROM app_user u WHERE u.id = $1 AND u.active`,
      [userId],
    );
    return row ?? null;
  }

  /** The networks a target belongs to, and for a resource its type; empty when it does not exist. */
  async targetNetworks(kind: CalendarFeedKind, targetId: string): Promise<{ networks: string[]; type: string | null }> {
    if (kind === 'organisation') {
      const rows = await this.dataSource.query('SELECT network_id FROM network_membership WHERE organisation_id = $1', [
        targetId,
      ]);
      return { networks: rows.map((r: { network_id: string }) => r.network_id), type: null };
    }
    const rows = await this.dataSource.query('SELECT network_id, type FROM resource WHERE id = $1', [targetId]);
    return { networks: rows.map((r: { network_id: string }) => r.network_id), type: rows[0]?.type ?? null };
  }

  /** Active occurrences in the window, of one resource, one organisation, or the viewer's own (as requester or as the employee). */
  async occurrences(filter: {
    networkIds: string[];
    resourceId: string | null;
    organisationId: string | null;
    mine: { userId: string; staffResourceId: string | null } | null;
    fromMs: number;
    toMs: number;
  }): Promise<FeedRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.series_id, o.resource_id, o.starts_at, o.ends_at, o.status, o.organisation_id, org.name AS organisation_name,
              COALESCE(o.title, s.title) AS title, s.private, s.rrule IS NOT NULL AS recurring,
              o.needs_reschedule, o.proposed_starts_at, o.proposed_ends_at, n.show_organisation_names, r.network_id, r.time_zone,
              r.name AS resource_name,
              to_char(o.starts_at AT TIME ZONE r.time_zone, 'YYYY-MM-DD"T"HH24:MI') AS start_local,
              to_char(o.ends_at AT TIME ZONE r.time_zone, 'YYYY-MM-DD"T"HH24:MI') AS end_local
         FROM booking_occurrence o
         JOIN booking_series s ON s.id = o.series_id
         JOIN resource r ON r.id = o.resource_id
         JOIN network n ON n.id = r.network_id
         JOIN organisation org ON org.id = o.organisation_id
        WHERE r.network_id = ANY($1::uuid[]) AND o.status IN ('pending', 'confirmed')
          AND o.starts_at < $5 AND o.ends_at > $4
          AND ($2::uuid IS NULL OR o.resource_id = $2) AND ($3::uuid IS NULL OR o.organisation_id = $3)
          AND ($6::uuid IS NULL OR s.requester_user_id = $6 OR o.resource_id = $7)
        ORDER BY o.starts_at, o.id`,
      [
        filter.networkIds,
        filter.resourceId,
        filter.organisationId,
        new Date(filter.fromMs),
        new Date(filter.toMs),
        filter.mine?.userId ?? null,
        filter.mine?.staffResourceId ?? null,
      ],
    );
  }
}
