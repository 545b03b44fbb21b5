import type { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';

/**
 * Notifications: one row per person and event, written in the transaction that caused the event (the
 * outbox). The same row is the in-app notice (read_at) and the e-mail to deliver (email_status), so a
 * rolled-back change leaves neither and a committed one always has both.
 *
 * The job queue (pg-boss) keeps its own tables in the `pgboss` schema; installing it here puts it in
 * every database that has our schema, and pg-boss upgrades it itself at start.
 *
 * `notification_preference`: per person and category, e-mail at once (the default, no row), a daily
 * digest, in the app only, or (reminders only) not at all.
 *
 * `calendar_feed`: a secret ICS address (only its SHA-256 is stored) for a person, a room, a pooled
 * employee or an organisation, revocable.
 *
 * `booking_series.ical_sequence`: the iCalendar SEQUENCE, raised by every change that is sent, so that
 * calendars update the event in place instead of adding a copy.
 */
export class Notifications1764260000000 implements MigrationInterface {
  name = 'Notifications1764260000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ installed }] = await q.query(
      `SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = 'pgboss') AS installed`,
    );
    if (!installed) await q.query(PgBoss.getConstructionPlans('pgboss'));
    await q.query('ALTER TABLE booking_series ADD COLUMN ical_sequence integer NOT NULL DEFAULT 0');
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        -- Someone without an account yet (an invitation): the address and the language to write in.
        email_to text,
        email_locale text CHECK (email_locale IN ('fr', 'en')),
        event_key text NOT NULL,
        kind text NOT NULL CHECK (kind ~ '^[a-z]+(\\.[a-z-]+)+$'),
        category text NOT NULL,
        network_id uuid REFERENCES network(id) ON DELETE CASCADE,
        link text,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        email_status text NOT NULL CHECK (email_status IN ('pending', 'sent', 'failed', 'digest', 'none')),
        email_attempts integer NOT NULL DEFAULT 0,
        email_last_error text,
        email_sent_at timestamptz,
        CHECK ((user_id IS NULL) <> (email_to IS NULL)),
        -- Exactly one message per person and event, whatever the code or the number of instances does.
        UNIQUE (event_key, user_id),
        UNIQUE (event_key, email_to)
      )`);
    await q.query('CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)');
    await q.query('CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL');
    await q.query(`CREATE INDEX notification_failed_idx ON notification (network_id) WHERE email_status = 'failed'`);
    await q.query(`CREATE INDEX notification_digest_idx ON notification (user_id) WHERE email_status = 'digest'`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        category text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('immediate', 'digest', 'in_app', 'off')),
        CHECK (delivery <> 'off' OR category LIKE 'reminder.%'),
        PRIMARY KEY (user_id, category)
      )`);
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('me', 'room', 'staff', 'organisation')),
        target_id uuid,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        CHECK ((kind = 'me') = (target_id IS NULL))
      )`);
    await q.query('CREATE INDEX calendar_feed_user_idx ON calendar_feed (user_id)');
    // Password reset by e-mail: single-use links valid one hour; every request is kept (for throttling),
    // with a token only when the address belongs to an active account.
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        ip text,
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash bytea UNIQUE,
        requested_at timestamptz NOT NULL,
        expires_at timestamptz,
        used_at timestamptz,
        CHECK ((user_id IS NULL) = (token_hash IS NULL))
      )`);
    await q.query('CREATE INDEX password_reset_email_idx ON password_reset (lower(email), requested_at)');
    await q.query('CREATE INDEX password_reset_ip_idx ON password_reset (ip, requested_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE password_reset');
    await q.query('DROP TABLE calendar_feed');
    await q.query('DROP TABLE notification_preference');
    await q.query('DROP TABLE notification');
    await q.query('ALTER TABLE booking_series DROP COLUMN ical_sequence');
    await q.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  }
}
