import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pooled staff on the same resource and booking tables as rooms: the person behind the resource,
 * their working hours (possibly alternating weeks A/B), leave, and agreements with organisations.
 */
export class Staff1764160000000 implements MigrationInterface {
  name = 'Staff1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_member (
        resource_id uuid PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        user_id uuid UNIQUE REFERENCES app_user(id) ON DELETE SET NULL,
        job_title text NOT NULL DEFAULT '',
        max_minutes_per_day integer CHECK (max_minutes_per_day BETWEEN 1 AND 1440),
        max_minutes_per_week integer CHECK (max_minutes_per_week BETWEEN 1 AND 10080),
        holidays_off boolean NOT NULL DEFAULT true,
        -- the Monday of a week "A" when working hours alternate
        alternating_weeks_anchor date CHECK (alternating_weeks_anchor IS NULL OR extract(isodow FROM alternating_weeks_anchor) = 1)
      )`);
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_staff_resource_fk
        FOREIGN KEY (staff_resource_id) REFERENCES resource(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE staff_working_hours (
        resource_id uuid NOT NULL REFERENCES staff_member(resource_id) ON DELETE CASCADE,
        week text NOT NULL DEFAULT 'every' CHECK (week IN ('every', 'A', 'B')),
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts time NOT NULL,
        ends time NOT NULL,
        CHECK (starts < ends),
        PRIMARY KEY (resource_id, week, weekday, starts)
      )`);
    await q.query(`
      CREATE TABLE staff_leave (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES staff_member(resource_id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('vacation', 'sick', 'training', 'other')),
        period tstzrange NOT NULL CHECK (NOT isempty(period)),
        note text NOT NULL DEFAULT '',
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_leave_no_overlap EXCLUDE USING gist (resource_id WITH =, period WITH &&)
      )`);
    await q.query('ALTER TABLE booking_occurrence ADD COLUMN needs_reschedule boolean NOT NULL DEFAULT false');
    await q.query(`
      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        minutes_per_period integer CHECK (minutes_per_period >= 0),
        period_unit text NOT NULL DEFAULT 'month' CHECK (period_unit IN ('week', 'month', 'year')),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on IS NULL OR ends_on > starts_on),
        over_quota text NOT NULL DEFAULT 'refuse' CHECK (over_quota IN ('refuse', 'warn')),
        rollover text NOT NULL DEFAULT 'none' CHECK (rollover IN ('none', 'next')),
        rollover_cap_minutes integer CHECK (rollover_cap_minutes >= 0),
        fixed_share_percent numeric(5, 2) CHECK (fixed_share_percent BETWEEN 0 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agreement_no_overlap EXCLUDE USING gist (
          organisation_id WITH =, resource_id WITH =, daterange(starts_on, ends_on) WITH &&)
      )`);
    await q.query('CREATE INDEX agreement_resource_idx ON agreement (resource_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS agreement');
    await q.query('ALTER TABLE booking_occurrence DROP COLUMN IF EXISTS needs_reschedule');
    await q.query('DROP TABLE IF EXISTS staff_leave');
    await q.query('DROP TABLE IF EXISTS staff_working_hours');
    await q.query('ALTER TABLE app_user DROP CONSTRAINT IF EXISTS app_user_staff_resource_fk');
    await q.query('DROP TABLE IF EXISTS staff_member');
  }
}
