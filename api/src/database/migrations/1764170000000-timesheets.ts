import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hours actually worked (timesheets), flexible hour requests, and proposals of another time. */
export class Timesheets1764170000000 implements MigrationInterface {
  name = 'Timesheets1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE timesheet_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES staff_member(resource_id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        work_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
        note text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'confirmed', 'disputed', 'locked')),
        dispute_comment text,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (resource_id, organisation_id, work_date)
      )`);
    await q.query('CREATE INDEX timesheet_entry_organisation_idx ON timesheet_entry (organisation_id, work_date)');
    // A locked entry never changes again, whatever the path (API, script, psql).
    await q.query(`
      CREATE FUNCTION timesheet_entry_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'locked' THEN
          RAISE EXCEPTION 'timesheet entry % is locked', OLD.id USING ERRCODE = 'P0001', HINT = 'TIMESHEET_LOCKED';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER timesheet_entry_locked BEFORE UPDATE OR DELETE ON timesheet_entry
        FOR EACH ROW EXECUTE FUNCTION timesheet_entry_locked()`);
    await q.query(`
      CREATE TABLE hour_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES staff_member(resource_id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        requester_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        notes text NOT NULL DEFAULT '',
        minutes integer NOT NULL CHECK (minutes BETWEEN 15 AND 100000),
        window_period daterange NOT NULL CHECK (NOT isempty(window_period)),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'scheduled', 'cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX hour_request_resource_idx ON hour_request (resource_id, status)');
    await q.query('ALTER TABLE booking_series ADD COLUMN hour_request_id uuid REFERENCES hour_request(id) ON DELETE SET NULL');
    await q.query(
      'ALTER TABLE booking_occurrence ADD COLUMN proposed_starts_at timestamptz, ADD COLUMN proposed_ends_at timestamptz',
    );
    await q.query(`ALTER TABLE booking_occurrence ADD CONSTRAINT booking_occurrence_proposal_check
      CHECK ((proposed_starts_at IS NULL) = (proposed_ends_at IS NULL) AND (proposed_starts_at IS NULL OR proposed_starts_at < proposed_ends_at))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE booking_occurrence DROP CONSTRAINT IF EXISTS booking_occurrence_proposal_check');
    await q.query(
      'ALTER TABLE booking_occurrence DROP COLUMN IF EXISTS proposed_starts_at, DROP COLUMN IF EXISTS proposed_ends_at',
    );
    await q.query('ALTER TABLE booking_series DROP COLUMN IF EXISTS hour_request_id');
    await q.query('DROP TABLE IF EXISTS hour_request');
    await q.query('DROP TABLE IF EXISTS timesheet_entry');
    await q.query('DROP FUNCTION IF EXISTS timesheet_entry_locked');
  }
}
