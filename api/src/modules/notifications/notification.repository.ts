import type { Locale } from '@mutualis/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { QUEUE_SCHEMA } from './job-queue';
import { preparedStatement, runPrepared } from '../../database/prepared-statement';

export type EmailStatus = 'pending' | 'sent' | 'failed' | 'digest' | 'none';

/** One event for some people: the outbox writes a row per recipient. */
export interface NotificationEvent {
  eventKey: string;
  kind: string;
  category: string;
  networkId: string | null;
  link: string | null;
  payload: object;
  userIds: string[];
  /** Account messages go by e-mail whatever the preferences. */
  alwaysEmail: boolean;
  /** People without an account (an invitation): e-mail only. */
  outsiders: Array<{ email: string; locale: Locale }>;
}

export interface DeliverableNotification {
  id: string;
  kind: string;
  link: string | null;
  payload: Record<string, unknown>;
  emailStatus: EmailStatus;
  email: string;
  name: string;
  locale: Locale;
  active: boolean;
}

export interface NotificationRow {
  id: string;
  kind: string;
  link: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

export interface FailedNotificationRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
  lastError: string | null;
  recipientName: string;
  recipientEmail: string;
}

/** Every notification query: the outbox rows, their delivery state and the in-app inbox. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async preferences(userId: string): Promise<Array<{ category: string; delivery: string }>> {
    return this.dataSource.query('SELECT category, delivery FROM notification_preference WHERE user_id = $1', [userId]);
  }

  /** Saves choices; 'immediate' is the default and needs no row. */
  async savePreferences(
    manager: EntityManager,
    userId: string,
    choices: Array<{ category: string; delivery: string }>,
  ): Promise<void> {
    for (const { category, delivery } of choices) {
      if (delivery === 'immediate') {
        await manager.query('DELETE FROM notification_preference WHERE user_id = $1 AND category = $2', [userId, category]);
      } else {
        await manager.query(
          `INSERT INTO notification_preference (user_id, category, delivery) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, category) DO UPDATE SET delivery = EXCLUDED.delivery`,
          [userId, category, delivery],
        );
      }
    }
  }

  /**
   * The outbox rows of one event, in one statement: each active recipient's row with the e-mail status their
   * preference for the category gives ('immediate' unless they chose otherwise; 'off' writes nothing), and
   * e-mail-only rows for people without an account. A person already notified of this event is not
   * notified twice. Each row to e-mail now gets its delivery job in `deliveryQueue`, in the same statement
   * (one round trip on every booking change; see docs/decisions/0007-outbox-and-queue.md): the job as
   * pg-boss 10's own insert writes it, with the queue's retry and retention settings.
   */
  async insertEvent(
    manager: EntityManager,
    event: NotificationEvent,
    nowMs: number,
    deliveryQueue: string,
  ): Promise<Array<{ id: string; emailStatus: EmailStatus }>> {
    if (event.userIds.length === 0 && event.outsiders.length === 0) return [];
    return runPrepared<{ id: string; emailStatus: EmailStatus }>(manager, INSERT_EVENT, [
      event.eventKey,
      event.kind,
      event.category,
      event.networkId,
      event.link,
      JSON.stringify(event.payload),
      event.alwaysEmail,
      event.userIds,
      JSON.stringify(event.outsiders),
      new Date(nowMs),
      deliveryQueue,
    ]);
  }

  /**
   * Takes a message for delivery: locked until the transaction ends, skipped by a second worker that
   * reaches it meanwhile. Null when someone else holds it.
   */
  async claim(manager: EntityManager, id: string): Promise<DeliverableNotification | null> {
    const rows = await manager.query(
      `SELECT n.id, n.kind, n.link, n.payload, n.email_status AS "emailStatus", COALESCE(u.email, n.email_to) AS email,
              COALESCE(u.name, n.email_to) AS name, COALESCE(u.locale, n.email_locale, 'fr') AS locale, COALESCE(u.active, true) AS active
         FROM notification n LEFT JOIN app_user u ON u.id = n.user_id
        WHERE n.id = $1 FOR UPDATE OF n SKIP LOCKED`,
      [id],
    );
    return rows[0] ?? null;
  }

  async markSent(manager: EntityManager, id: string, nowMs: number): Promise<void> {
    await manager.query(
      // A one-time link (invitation, password reset) does not outlive its delivery in the database.
      `UPDATE notification SET email_status = 'sent', email_sent_at = $2, email_attempts = email_attempts + 1, email_last_error = NULL,
              payload = payload - 'secretUrl'
        WHERE id = $1`,
      [id, new Date(nowMs)],
    );
  }

  async markNotEmailed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE notification SET email_status = 'none' WHERE id = $1`, [id]);
  }

  /** A failed attempt; the last one leaves the message `failed`, for a coordinator to retry. */
  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET email_attempts = email_attempts + 1, email_last_error = $2,
              email_status = CASE WHEN $3 THEN 'failed' ELSE email_status END
        WHERE id = $1 AND email_status = 'pending'`,
      [id, error.slice(0, 500), final],
    );
  }

  async inbox(userId: string, unreadOnly: boolean, limit: number): Promise<{ unreadCount: number; items: NotificationRow[] }> {
    const [items, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT id, kind, link, payload, created_at AS "createdAt", read_at AS "readAt" FROM notification
          WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id LIMIT $2`,
        [userId, limit],
      ),
      this.dataSource.query('SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL', [userId]),
    ]);
    return { unreadCount: count, items };
  }

  /** Marks the caller's own notifications read (ids of others are ignored); returns how many changed. */
  async markRead(userId: string, ids: string[] | 'all', nowMs: number): Promise<number> {
    const rows = await this.dataSource.query(
      `WITH changed AS (
         UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL ${ids === 'all' ? '' : 'AND id = ANY($3::uuid[])'} RETURNING id)
       SELECT id FROM changed`,
      ids === 'all' ? [userId, new Date(nowMs)] : [userId, new Date(nowMs), ids],
    );
    return rows.length;
  }

  async failed(networkIds: string[]): Promise<FailedNotificationRow[]> {
    if (networkIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT n.id, n.kind, n.payload, n.created_at AS "createdAt", n.email_attempts AS attempts, n.email_last_error AS "lastError",
              COALESCE(u.name, n.email_to) AS "recipientName", COALESCE(u.email, n.email_to) AS "recipientEmail"
         FROM notification n LEFT JOIN app_user u ON u.id = n.user_id
        WHERE n.email_status = 'failed' AND n.network_id = ANY($1::uuid[]) ORDER BY n.created_at DESC LIMIT 200`,
      [networkIds],
    );
  }

  async networkOf(id: string): Promise<{ networkId: string | null; emailStatus: EmailStatus } | null> {
    const rows = await this.dataSource.query(
      `SELECT network_id AS "networkId", email_status AS "emailStatus" FROM notification WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** A failed message goes back to the queue: pending again, attempts counted afresh. */
  async requeue(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query(
      `WITH requeued AS (
         UPDATE notification SET email_status = 'pending', email_attempts = 0 WHERE id = $1 AND email_status = 'failed' RETURNING id)
       SELECT id FROM requeued`,
      [id],
    );
    return rows.length === 1;
  }

  /**
   * People with messages waiting for their daily digest, each with the time zone their 07:00 is read in:
   * people have none of their own, so it is their network's (its first site's), the default without one.
   */
  async digestRecipients(defaultTimeZone: string): Promise<Array<{ userId: string; timeZone: string }>> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (n.user_id) n.user_id AS "userId", COALESCE(s.time_zone, $1) AS "timeZone"
         FROM notification n
         LEFT JOIN LATERAL (
           SELECT time_zone FROM site WHERE site.network_id = n.network_id ORDER BY created_at, id LIMIT 1
         ) s ON true
        WHERE n.email_status = 'digest'
        ORDER BY n.user_id, s.time_zone IS NULL, n.created_at DESC`,
      [defaultTimeZone],
    );
  }

  /** One person's digest, locked like a single message: two instances never send it twice. */
  async claimDigest(
    manager: EntityManager,
    userId: string,
  ): Promise<{ recipient: { email: string; locale: Locale; active: boolean } | null; items: NotificationRow[] }> {
    const items: NotificationRow[] = await manager.query(
      `SELECT id, kind, link, payload, created_at AS "createdAt", read_at AS "readAt" FROM notification
        WHERE user_id = $1 AND email_status = 'digest' ORDER BY created_at FOR UPDATE SKIP LOCKED`,
      [userId],
    );
    const [recipient] = await manager.query('SELECT email, locale, active FROM app_user WHERE id = $1', [userId]);
    return { recipient: recipient ?? null, items };
  }

  async markDigested(manager: EntityManager, ids: string[], nowMs: number, sent: boolean): Promise<void> {
    await manager.query(
      `UPDATE notification SET email_status = $3, email_sent_at = CASE WHEN $3 = 'sent' THEN $2::timestamptz END WHERE id = ANY($1::uuid[])`,
      [ids, new Date(nowMs), sent ? 'sent' : 'none'],
    );
  }
}

// On every booking write: planned once per connection (database/prepared-statement.ts).
const INSERT_EVENT = preparedStatement(
  'notification-insert-event',
  `WITH members AS (
         SELECT u.id AS user_id, NULL::text AS email_to, NULL::text AS email_locale,
                CASE WHEN $7 OR COALESCE(p.delivery, 'immediate') = 'immediate' THEN 'pending'
                     WHEN p.delivery = 'digest' THEN 'digest' ELSE 'none' END AS email_status
           FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id AND p.category = $3
          WHERE u.id = ANY($8::uuid[]) AND u.active AND ($7 OR COALESCE(p.delivery, 'immediate') <> 'off')
       ), outsiders AS (
         SELECT NULL::uuid, o.email, o.locale, 'pending' FROM jsonb_to_recordset($9::jsonb) AS o(email text, locale text)
       ), inserted AS (
         INSERT INTO notification (user_id, email_to, email_locale, event_key, kind, category, network_id, link, payload, email_status, created_at)
         SELECT r.user_id, r.email_to, r.email_locale, $1, $2, $3, $4, $5, $6::jsonb, r.email_status, $10
           FROM (SELECT * FROM members UNION ALL SELECT * FROM outsiders) r
         ON CONFLICT DO NOTHING
         RETURNING id, email_status
       ), jobs AS (
         INSERT INTO ${QUEUE_SCHEMA}.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, dead_letter, policy)
         SELECT q.name, jsonb_build_object('notificationId', i.id), COALESCE(q.retry_limit, 2),
                CASE WHEN COALESCE(q.retry_backoff, false) THEN GREATEST(COALESCE(q.retry_delay, 0), 1) ELSE COALESCE(q.retry_delay, 0) END,
                COALESCE(q.retry_backoff, false), COALESCE(q.expire_seconds * interval '1 second', interval '15 minutes'),
                now() + COALESCE(q.retention_minutes * interval '1 minute', interval '14 days'), q.dead_letter, q.policy
           FROM inserted i JOIN ${QUEUE_SCHEMA}.queue q ON q.name = $11
          WHERE i.email_status = 'pending'
       )
       SELECT id, email_status AS "emailStatus" FROM inserted`,
);
