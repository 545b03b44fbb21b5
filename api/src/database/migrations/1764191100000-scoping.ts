import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Network memberships get dates, so that an equal split counts the organisations that were members
 * during the window (not those that are members now), and leaving keeps the history: the rows move
 * to `network_membership_period`; `network_membership` stays, as a view of the current members, so
 * that every access rule that reads it keeps meaning "members now".
 *
 * Invitations can also name a staff resource: linking an existing account to a pooled employee
 * takes that person's consent (they accept the invitation), never a coordinator's word alone.
 */
export class Scoping1764191100000 implements MigrationInterface {
  name = 'Scoping1764191100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE network_membership RENAME TO network_membership_period');
    await q.query('ALTER TABLE network_membership_period DROP CONSTRAINT network_membership_pkey');
    await q.query(`
      ALTER TABLE network_membership_period
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        ADD COLUMN joined_on date,
        ADD COLUMN left_on date`);
    await q.query('UPDATE network_membership_period SET joined_on = joined_at::date');
    // The default only serves inserts that say nothing; the API passes the day from its clock.
    await q.query(`
      ALTER TABLE network_membership_period
        ALTER COLUMN joined_on SET NOT NULL,
        ALTER COLUMN joined_on SET DEFAULT current_date,
        ADD CONSTRAINT network_membership_period_dates CHECK (left_on IS NULL OR left_on > joined_on),
        ADD CONSTRAINT network_membership_period_no_overlap EXCLUDE USING gist (
          network_id WITH =, organisation_id WITH =, daterange(joined_on, left_on) WITH &&)`);
    await q.query(
      'CREATE UNIQUE INDEX network_membership_current ON network_membership_period (network_id, organisation_id) WHERE left_on IS NULL',
    );
    await q.query('CREATE INDEX network_membership_period_organisation_idx ON network_membership_period (organisation_id)');
    // Simple enough to stay updatable: inserts through it land in the table with its defaults.
    await q.query(`
      CREATE VIEW network_membership AS
        SELECT network_id, organisation_id, joined_at, joined_on FROM network_membership_period WHERE left_on IS NULL`);

    await q.query(`
      ALTER TABLE invitation
        ALTER COLUMN organisation_id DROP NOT NULL,
        ALTER COLUMN role DROP NOT NULL,
        ADD COLUMN staff_resource_id uuid REFERENCES staff_member(resource_id) ON DELETE CASCADE,
        ADD CONSTRAINT invitation_target CHECK (
          (organisation_id IS NOT NULL AND role IS NOT NULL AND staff_resource_id IS NULL)
          OR (organisation_id IS NULL AND role IS NULL AND staff_resource_id IS NOT NULL))`);
    await q.query(
      'CREATE INDEX invitation_staff_resource_idx ON invitation (staff_resource_id) WHERE staff_resource_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM invitation WHERE staff_resource_id IS NOT NULL');
    await q.query(`
      ALTER TABLE invitation
        DROP CONSTRAINT invitation_target,
        DROP COLUMN staff_resource_id,
        ALTER COLUMN organisation_id SET NOT NULL,
        ALTER COLUMN role SET NOT NULL`);
    await q.query('DROP VIEW network_membership');
    await q.query('DELETE FROM network_membership_period WHERE left_on IS NOT NULL');
    await q.query(`
      ALTER TABLE network_membership_period
        DROP CONSTRAINT network_membership_period_no_overlap,
        DROP CONSTRAINT network_membership_period_dates,
        DROP COLUMN left_on,
        DROP COLUMN joined_on,
        DROP COLUMN id`);
    await q.query('DROP INDEX IF EXISTS network_membership_current');
    await q.query('DROP INDEX IF EXISTS network_membership_period_organisation_idx');
    await q.query('ALTER TABLE network_membership_period ADD PRIMARY KEY (network_id, organisation_id)');
    await q.query('ALTER TABLE network_membership_period RENAME TO network_membership');
  }
}
