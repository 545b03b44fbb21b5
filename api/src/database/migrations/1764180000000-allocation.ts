import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cost allocation: cost pools (what a resource or a building costs, per period, and how it is split),
 * and accounting periods that a coordinator closes. Once a period is closed, the bookings, timesheets
 * and pool amounts inside it cannot change by any path (API, script, psql): triggers raise
 * HINT = 'PERIOD_CLOSED', which the API turns into 409 PERIOD_CLOSED.
 */
export class Allocation1764180000000 implements MigrationInterface {
  name = 'Allocation1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cost_pool (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        carrier_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        site_id uuid REFERENCES site(id) ON DELETE RESTRICT,
        allocation_key jsonb NOT NULL CHECK (
          allocation_key->>'kind' IN ('hourly_rate', 'usage_share', 'fixed_share', 'equal_split', 'floor_area', 'hybrid')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX cost_pool_network_idx ON cost_pool (network_id)');
    await q.query(`
      CREATE TABLE cost_pool_resource (
        pool_id uuid NOT NULL REFERENCES cost_pool(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE RESTRICT,
        PRIMARY KEY (pool_id, resource_id)
      )`);
    await q.query(`
      CREATE TABLE cost_pool_amount (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id uuid NOT NULL REFERENCES cost_pool(id) ON DELETE CASCADE,
        period daterange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
        amount_cents bigint CHECK (amount_cents >= 0),
        CONSTRAINT cost_pool_amount_no_overlap EXCLUDE USING gist (pool_id WITH =, period WITH &&)
      )`);
    await q.query(`
      CREATE TABLE accounting_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        period daterange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
        status text NOT NULL DEFAULT 'closed' CHECK (status IN ('closed', 'reopened')),
        closed_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        reopened_at timestamptz,
        reopened_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        reopen_reason text,
        -- the report as it was when closed, language-neutral (explanations are structured)
        snapshot jsonb NOT NULL,
        CHECK ((status = 'reopened') = (reopened_at IS NOT NULL AND reopen_reason IS NOT NULL)),
        CONSTRAINT accounting_period_no_overlap EXCLUDE USING gist (network_id WITH =, period WITH &&)
          WHERE (status = 'closed')
      )`);

    // Is the day closed in the network? One indexed probe; most networks have few periods.
    await q.query(`
      CREATE FUNCTION period_closed(p_network uuid, p_day date) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM accounting_period
                        WHERE network_id = p_network AND status = 'closed' AND period @> p_day)
      $$`);
    await q.query(`
      CREATE FUNCTION raise_period_closed(p_what text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is in a closed period', p_what USING ERRCODE = 'P0001', HINT = 'PERIOD_CLOSED';
      END $$`);

    // Bookings: nothing billable may change in a closed period. A pending occurrence that expires or
    // is declined was never billed, and columns that do not count (notes, flags) may still change.
    await q.query(`
      CREATE FUNCTION booking_occurrence_period_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_network uuid;
        v_zone text;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM accounting_period WHERE status = 'closed') THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'UPDATE'
           AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at
           AND NEW.resource_id = OLD.resource_id AND NEW.organisation_id = OLD.organisation_id
           AND (NEW.status = OLD.status OR (OLD.status = 'pending' AND NEW.status IN ('expired', 'declined', 'cancelled'))) THEN
          RETURN NEW;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT network_id, time_zone INTO v_network, v_zone FROM resource WHERE id = OLD.resource_id;
          IF period_closed(v_network, (OLD.starts_at AT TIME ZONE v_zone)::date) THEN
            PERFORM raise_period_closed('booking occurrence ' || OLD.id);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT network_id, time_zone INTO v_network, v_zone FROM resource WHERE id = NEW.resource_id;
          IF period_closed(v_network, (NEW.starts_at AT TIME ZONE v_zone)::date) THEN
            PERFORM raise_period_closed('booking occurrence ' || NEW.id);
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_occurrence_period_guard BEFORE INSERT OR UPDATE OR DELETE ON booking_occurrence
        FOR EACH ROW EXECUTE FUNCTION booking_occurrence_period_guard()`);

    await q.query(`
      CREATE FUNCTION timesheet_entry_period_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_network uuid;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM accounting_period WHERE status = 'closed') THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT network_id INTO v_network FROM resource WHERE id = OLD.resource_id;
          IF period_closed(v_network, OLD.work_date) THEN
            PERFORM raise_period_closed('timesheet entry ' || OLD.id);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT network_id INTO v_network FROM resource WHERE id = NEW.resource_id;
          IF period_closed(v_network, NEW.work_date) THEN
            PERFORM raise_period_closed('timesheet entry ' || NEW.id);
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER timesheet_entry_period_guard BEFORE INSERT OR UPDATE OR DELETE ON timesheet_entry
        FOR EACH ROW EXECUTE FUNCTION timesheet_entry_period_guard()`);

    // Pool amounts: an amount overlapping a closed period neither appears, changes nor disappears.
    await q.query(`
      CREATE FUNCTION cost_pool_amount_period_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_network uuid;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT network_id INTO v_network FROM cost_pool WHERE id = OLD.pool_id;
          IF EXISTS (SELECT 1 FROM accounting_period
                      WHERE network_id = v_network AND status = 'closed' AND period && OLD.period) THEN
            PERFORM raise_period_closed('cost pool amount ' || OLD.id);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT network_id INTO v_network FROM cost_pool WHERE id = NEW.pool_id;
          IF EXISTS (SELECT 1 FROM accounting_period
                      WHERE network_id = v_network AND status = 'closed' AND period && NEW.period) THEN
            PERFORM raise_period_closed('cost pool amount ' || NEW.id);
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER cost_pool_amount_period_guard BEFORE INSERT OR UPDATE OR DELETE ON cost_pool_amount
        FOR EACH ROW EXECUTE FUNCTION cost_pool_amount_period_guard()`);

    // A pool's key, resources and site decide how closed amounts were split: frozen while any of its
    // amounts lies in a closed period. Its name and description may still be corrected.
    await q.query(`
      CREATE FUNCTION cost_pool_in_closed_period(p_pool uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM cost_pool_amount a JOIN cost_pool p ON p.id = a.pool_id
                         JOIN accounting_period ap ON ap.network_id = p.network_id AND ap.status = 'closed'
                        WHERE a.pool_id = p_pool AND ap.period && a.period)
      $$`);
    await q.query(`
      CREATE FUNCTION cost_pool_period_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.allocation_key = OLD.allocation_key AND NEW.site_id IS NOT DISTINCT FROM OLD.site_id
           AND NEW.carrier_organisation_id IS NOT DISTINCT FROM OLD.carrier_organisation_id THEN
          RETURN NEW;
        END IF;
        IF cost_pool_in_closed_period(OLD.id) THEN
          PERFORM raise_period_closed('cost pool ' || OLD.id);
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER cost_pool_period_guard BEFORE UPDATE OR DELETE ON cost_pool
        FOR EACH ROW EXECUTE FUNCTION cost_pool_period_guard()`);
    await q.query(`
      CREATE FUNCTION cost_pool_resource_period_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF cost_pool_in_closed_period(CASE WHEN TG_OP = 'DELETE' THEN OLD.pool_id ELSE NEW.pool_id END) THEN
          PERFORM raise_period_closed('cost pool resources');
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER cost_pool_resource_period_guard BEFORE INSERT OR UPDATE OR DELETE ON cost_pool_resource
        FOR EACH ROW EXECUTE FUNCTION cost_pool_resource_period_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS timesheet_entry_period_guard ON timesheet_entry');
    await q.query('DROP TRIGGER IF EXISTS booking_occurrence_period_guard ON booking_occurrence');
    await q.query('DROP TABLE IF EXISTS accounting_period CASCADE');
    await q.query('DROP TABLE IF EXISTS cost_pool_amount CASCADE');
    await q.query('DROP TABLE IF EXISTS cost_pool_resource CASCADE');
    await q.query('DROP TABLE IF EXISTS cost_pool CASCADE');
    for (const fn of [
      'cost_pool_resource_period_guard()',
      'cost_pool_period_guard()',
      'cost_pool_in_closed_period(uuid)',
      'cost_pool_amount_period_guard()',
      'timesheet_entry_period_guard()',
      'booking_occurrence_period_guard()',
      'raise_period_closed(text)',
      'period_closed(uuid, date)',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}
