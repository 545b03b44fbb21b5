import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared equipment, vehicles and storage on the one resource model (decision 0008).
 *
 * - `resource.type` gains 'vehicle' and 'storage'; `resource.quantity` (default 1) says how many
 *   interchangeable units there are; `resource.site_id` places an item that is not a space (pick-up at
 *   the site's opening hours, the site's closures apply).
 * - A booking takes `quantity` units (`booking_series.quantity`, copied on each occurrence). Occurrences of
 *   equipment, vehicles and storage are `pooled`: the exclusion constraint no longer guards them (several
 *   bookings may share a period), the trigger `booking_occurrence_quantity_guard` does: it locks the
 *   resource row (FOR NO KEY UPDATE, which FK checks' KEY SHARE locks do not wait for) and refuses, with
 *   HINT 'INSUFFICIENT_QUANTITY', any write after which the units in use at some instant exceed the
 *   quantity. Under READ COMMITTED each statement of the trigger takes a fresh snapshot after the lock,
 *   so it sees every booking committed before it: the guarantee holds under any concurrency and
 *   whatever the write path. Rooms and staff keep the exclusion constraint and never fire the trigger.
 * - An insert that does not say its quantity (a change of a series, the maintenance job, a seed) takes
 *   its series' (`booking_occurrence_quantity` BEFORE trigger, fired only then).
 * - `loan`: « Emprunt » and « Retour » of one occurrence (who, when, condition notes, driver and odometer
 *   for a vehicle). A loan flagged late (`late_since`) and not returned keeps its units until returned:
 *   the guard counts it as lasting for ever.
 */
export class Equipment1764280000000 implements MigrationInterface {
  name = 'Equipment1764280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE resource DROP CONSTRAINT resource_type_check');
    await q.query(`ALTER TABLE resource ADD CONSTRAINT resource_type_check
                     CHECK (type IN ('space', 'staff', 'equipment', 'vehicle', 'storage'))`);
    await q.query('ALTER TABLE resource ADD COLUMN quantity integer NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 100000)');
    await q.query('ALTER TABLE resource ADD COLUMN site_id uuid REFERENCES site(id) ON DELETE RESTRICT');
    await q.query(`ALTER TABLE resource ADD COLUMN unit_label text NOT NULL DEFAULT '' CHECK (length(unit_label) <= 60)`);
    await q.query('ALTER TABLE resource ADD COLUMN unit_area_m2 numeric(9, 2) CHECK (unit_area_m2 >= 0)');
    await q.query('CREATE INDEX resource_site_idx ON resource (site_id) WHERE site_id IS NOT NULL');

    await q.query('ALTER TABLE booking_series ADD COLUMN quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0)');
    await q.query('ALTER TABLE booking_series ADD COLUMN pooled boolean NOT NULL DEFAULT false');
    // NOT NULL without a default: an insert that does not say takes its series' values (trigger below).
    await q.query('ALTER TABLE booking_occurrence ADD COLUMN quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0)');
    await q.query('ALTER TABLE booking_occurrence ADD COLUMN pooled boolean NOT NULL DEFAULT false');
    await q.query('ALTER TABLE booking_occurrence ALTER COLUMN quantity DROP DEFAULT');
    await q.query('ALTER TABLE booking_occurrence ALTER COLUMN pooled DROP DEFAULT');
    await q.query(`
      CREATE FUNCTION booking_occurrence_quantity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT COALESCE(NEW.quantity, s.quantity), COALESCE(NEW.pooled, s.pooled) INTO NEW.quantity, NEW.pooled
          FROM booking_series s WHERE s.id = NEW.series_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_occurrence_quantity BEFORE INSERT ON booking_occurrence
        FOR EACH ROW WHEN (NEW.quantity IS NULL OR NEW.pooled IS NULL) EXECUTE FUNCTION booking_occurrence_quantity()`);

    await q.query('ALTER TABLE booking_occurrence DROP CONSTRAINT booking_occurrence_no_overlap');
    await q.query(`
      ALTER TABLE booking_occurrence ADD CONSTRAINT booking_occurrence_no_overlap
        EXCLUDE USING gist (resource_id WITH =, period WITH &&) WHERE (status IN ('pending', 'confirmed') AND NOT pooled)`);
    await q.query(`
      CREATE INDEX booking_occurrence_pooled_idx ON booking_occurrence USING gist (resource_id, period)
        WHERE pooled AND status IN ('pending', 'confirmed')`);

    await q.query(`
      CREATE TABLE loan (
        occurrence_id uuid PRIMARY KEY REFERENCES booking_occurrence(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE RESTRICT,
        checked_out_at timestamptz NOT NULL,
        checked_out_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        driver_name text CHECK (length(trim(driver_name)) BETWEEN 1 AND 200),
        odometer_out_km integer CHECK (odometer_out_km >= 0),
        checkout_notes text NOT NULL DEFAULT '' CHECK (length(checkout_notes) <= 2000),
        returned_at timestamptz,
        returned_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        odometer_in_km integer CHECK (odometer_in_km >= 0),
        return_notes text NOT NULL DEFAULT '' CHECK (length(return_notes) <= 2000),
        late_since timestamptz,
        CHECK (returned_at IS NULL OR returned_at >= checked_out_at),
        CHECK (odometer_in_km IS NULL OR (odometer_out_km IS NOT NULL AND odometer_in_km >= odometer_out_km))
      )`);
    await q.query('CREATE INDEX loan_out_idx ON loan (resource_id) WHERE returned_at IS NULL');

    // The units in use at the busiest instant of NEW's period (late loans last until returned) must fit.
    await q.query(`
      CREATE FUNCTION booking_occurrence_quantity_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        capacity integer;
        peak bigint;
      BEGIN
        SELECT quantity INTO capacity FROM resource WHERE id = NEW.resource_id FOR NO KEY UPDATE;
        WITH taken AS (
          SELECT o.quantity,
                 CASE WHEN l.late_since IS NOT NULL AND l.returned_at IS NULL
                      THEN tstzrange(lower(o.period), NULL) ELSE o.period END AS period
            FROM booking_occurrence o
            LEFT JOIN loan l ON l.occurrence_id = o.id
           WHERE o.resource_id = NEW.resource_id AND o.status IN ('pending', 'confirmed')
             AND (o.period && NEW.period
                  OR o.id IN (SELECT occurrence_id FROM loan
                               WHERE resource_id = NEW.resource_id AND returned_at IS NULL AND late_since IS NOT NULL))
        ), instants AS (
          SELECT lower(NEW.period) AS at
          UNION SELECT lower(period) FROM taken WHERE lower(period) > lower(NEW.period) AND lower(period) < upper(NEW.period)
        )
        SELECT max((SELECT COALESCE(sum(t.quantity), 0) FROM taken t WHERE t.period @> i.at)) INTO peak FROM instants i;
        IF peak > capacity THEN
          RAISE EXCEPTION 'resource % would have % units in use, it has %', NEW.resource_id, peak, capacity
            USING ERRCODE = 'P0001', HINT = 'INSUFFICIENT_QUANTITY';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_occurrence_quantity_guard AFTER INSERT OR UPDATE OF period, quantity, status, pooled ON booking_occurrence
        FOR EACH ROW WHEN (NEW.pooled AND NEW.status IN ('pending', 'confirmed'))
        EXECUTE FUNCTION booking_occurrence_quantity_guard()`);

    // Allocation keys by units × days and by kilometres.
    await q.query('ALTER TABLE cost_pool DROP CONSTRAINT cost_pool_allocation_key_check');
    await q.query(`ALTER TABLE cost_pool ADD CONSTRAINT cost_pool_allocation_key_check CHECK (
      allocation_key->>'kind' IN ('hourly_rate', 'usage_share', 'fixed_share', 'equal_split', 'floor_area', 'unit_days', 'kilometres', 'hybrid'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM cost_pool WHERE allocation_key->>'kind' IN ('unit_days', 'kilometres')`);
    await q.query('ALTER TABLE cost_pool DROP CONSTRAINT cost_pool_allocation_key_check');
    await q.query(`ALTER TABLE cost_pool ADD CONSTRAINT cost_pool_allocation_key_check CHECK (
      allocation_key->>'kind' IN ('hourly_rate', 'usage_share', 'fixed_share', 'equal_split', 'floor_area', 'hybrid'))`);
    await q.query('DROP TRIGGER booking_occurrence_quantity_guard ON booking_occurrence');
    await q.query('DROP FUNCTION booking_occurrence_quantity_guard()');
    await q.query('DROP TABLE loan');
    await q.query('DROP INDEX booking_occurrence_pooled_idx');
    await q.query(`DELETE FROM booking_occurrence WHERE pooled`);
    await q.query('ALTER TABLE booking_occurrence DROP CONSTRAINT booking_occurrence_no_overlap');
    await q.query(`
      ALTER TABLE booking_occurrence ADD CONSTRAINT booking_occurrence_no_overlap
        EXCLUDE USING gist (resource_id WITH =, period WITH &&) WHERE (status IN ('pending', 'confirmed'))`);
    await q.query('DROP TRIGGER booking_occurrence_quantity ON booking_occurrence');
    await q.query('DROP FUNCTION booking_occurrence_quantity()');
    await q.query('ALTER TABLE booking_occurrence DROP COLUMN pooled, DROP COLUMN quantity');
    await q.query('ALTER TABLE booking_series DROP COLUMN pooled, DROP COLUMN quantity');
    await q.query(
      'ALTER TABLE resource DROP COLUMN unit_area_m2, DROP COLUMN unit_label, DROP COLUMN site_id, DROP COLUMN quantity',
    );
    await q.query(
      `DELETE FROM booking_series WHERE resource_id IN (SELECT id FROM resource WHERE type IN ('vehicle', 'storage'))`,
    );
    await q.query(`DELETE FROM resource WHERE type IN ('vehicle', 'storage')`);
    await q.query('ALTER TABLE resource DROP CONSTRAINT resource_type_check');
    await q.query(`ALTER TABLE resource ADD CONSTRAINT resource_type_check CHECK (type IN ('space', 'staff', 'equipment'))`);
  }
}
