import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Series keep their exceptions as RFC 5545 does: every occurrence remembers the instant its rule gave it
 * (RECURRENCE-ID), so a moved occurrence stays an override of that instant and an edit of the whole series
 * never brings back a date that was cancelled, skipped or moved away. Existing rows take their current
 * start: the best that is known of them.
 *
 * `pending_since`: when the occurrence last started waiting for approval (its request, or a change that sent it
 * back), written from the application's clock; expiry counts from it.
 */
export class BookingExceptions1764190000000 implements MigrationInterface {
  name = 'BookingExceptions1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE booking_occurrence ADD COLUMN recurrence_id timestamptz');
    await q.query('UPDATE booking_occurrence SET recurrence_id = starts_at');
    await q.query('ALTER TABLE booking_occurrence ALTER COLUMN recurrence_id SET NOT NULL');
    // An insert that does not say (a seed, a script) is its own rule instant.
    await q.query(`
      CREATE FUNCTION booking_occurrence_recurrence_id() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.recurrence_id := COALESCE(NEW.recurrence_id, NEW.starts_at);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_occurrence_recurrence_id BEFORE INSERT ON booking_occurrence
        FOR EACH ROW EXECUTE FUNCTION booking_occurrence_recurrence_id()`);
    await q.query('ALTER TABLE booking_occurrence ADD COLUMN pending_since timestamptz NOT NULL DEFAULT now()');
    await q.query('UPDATE booking_occurrence SET pending_since = created_at');
    await q.query('DROP INDEX booking_occurrence_pending_idx');
    await q.query(`CREATE INDEX booking_occurrence_pending_idx ON booking_occurrence (pending_since) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX booking_occurrence_pending_idx');
    await q.query('ALTER TABLE booking_occurrence DROP COLUMN pending_since');
    await q.query(`CREATE INDEX booking_occurrence_pending_idx ON booking_occurrence (created_at) WHERE status = 'pending'`);
    await q.query('DROP TRIGGER booking_occurrence_recurrence_id ON booking_occurrence');
    await q.query('DROP FUNCTION booking_occurrence_recurrence_id()');
    await q.query('ALTER TABLE booking_occurrence DROP COLUMN recurrence_id');
  }
}
