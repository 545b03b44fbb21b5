import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirmed booked seconds per resource, organisation and local month (the resource's zone), kept
 * up to date by the database: « Accueil »'s amount owed and the allocation of whole months read a
 * few thousand rows instead of aggregating every occurrence of the window.
 *
 * Each statement on `booking_occurrence` appends its net change (an occurrence that spans midnight
 * at the end of a month is split between the two months); rows are never updated in place, so
 * concurrent bookings of the same room never wait on one another. Reads sum the rows of a month.
 */
/** The tables an allocation reads besides the occurrences (see `AllocationInputsRepository`). */
const ALLOCATION_INPUT_TABLES = [
  'network',
  'organisation',
  'network_membership_period',
  'resource',
  'space',
  'agreement',
  'cost_pool',
  'cost_pool_resource',
  'cost_pool_amount',
  'accounting_period',
  'loan',
];

export class BookingMonthUsage1764300000000 implements MigrationInterface {
  name = 'BookingMonthUsage1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE booking_month_usage (
        network_id uuid NOT NULL,
        resource_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        month date NOT NULL,
        seconds numeric NOT NULL
      )`);
    await q.query(
      'CREATE INDEX booking_month_usage_month_idx ON booking_month_usage (month, resource_id) INCLUDE (organisation_id, seconds)',
    );
    await q.query('CREATE INDEX booking_month_usage_resource_idx ON booking_month_usage (resource_id)');
    await q.query('CREATE INDEX booking_month_usage_network_idx ON booking_month_usage (network_id, month)');
    // The local months [start, end) covers in the zone, each with its bounds as instants.
    await q.query(`
      CREATE FUNCTION booking_months(s timestamptz, e timestamptz, zone text)
        RETURNS TABLE (month date, month_start timestamptz, month_end timestamptz) LANGUAGE sql STABLE AS $$
        SELECT d::date, d AT TIME ZONE zone, (d + interval '1 month') AT TIME ZONE zone
          FROM generate_series(date_trunc('month', s AT TIME ZONE zone),
                               date_trunc('month', (e AT TIME ZONE zone) - interval '1 microsecond'), interval '1 month') d
      $$`);
    await q.query(`
      CREATE FUNCTION booking_month_usage_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO booking_month_usage (network_id, resource_id, organisation_id, month, seconds)
          SELECT r.network_id, o.resource_id, o.organisation_id, m.month,
                 sum(extract(epoch FROM least(o.ends_at, m.month_end) - greatest(o.starts_at, m.month_start)))
            FROM new_rows o JOIN resource r ON r.id = o.resource_id
            CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, r.time_zone) m
           WHERE o.status = 'confirmed'
           GROUP BY 1, 2, 3, 4;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO booking_month_usage (network_id, resource_id, organisation_id, month, seconds)
          SELECT r.network_id, o.resource_id, o.organisation_id, m.month,
                 -sum(extract(epoch FROM least(o.ends_at, m.month_end) - greatest(o.starts_at, m.month_start)))
            FROM old_rows o JOIN resource r ON r.id = o.resource_id
            CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, r.time_zone) m
           WHERE o.status = 'confirmed'
           GROUP BY 1, 2, 3, 4;
        ELSE
          INSERT INTO booking_month_usage (network_id, resource_id, organisation_id, month, seconds)
          SELECT network_id, resource_id, organisation_id, month, sum(seconds)
            FROM (SELECT r.network_id, o.resource_id, o.organisation_id, m.month,
                         extract(epoch FROM least(o.ends_at, m.month_end) - greatest(o.starts_at, m.month_start)) AS seconds
                    FROM new_rows o JOIN resource r ON r.id = o.resource_id
                    CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, r.time_zone) m
                   WHERE o.status = 'confirmed'
                  UNION ALL
                  SELECT r.network_id, o.resource_id, o.organisation_id, m.month,
                         -extract(epoch FROM least(o.ends_at, m.month_end) - greatest(o.starts_at, m.month_start))
                    FROM old_rows o JOIN resource r ON r.id = o.resource_id
                    CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, r.time_zone) m
                   WHERE o.status = 'confirmed') d
           GROUP BY 1, 2, 3, 4
          HAVING sum(seconds) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_month_usage_insert AFTER INSERT ON booking_occurrence
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION booking_month_usage_track()`);
    await q.query(`
      CREATE TRIGGER booking_month_usage_update AFTER UPDATE ON booking_occurrence
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION booking_month_usage_track()`);
    await q.query(`
      CREATE TRIGGER booking_month_usage_delete AFTER DELETE ON booking_occurrence
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION booking_month_usage_track()`);
    await q.query(`
      CREATE FUNCTION booking_month_usage_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE booking_month_usage;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_month_usage_truncate AFTER TRUNCATE ON booking_occurrence
        FOR EACH STATEMENT EXECUTE FUNCTION booking_month_usage_truncate()`);
    // A resource that moves to another zone has other months: its rows are computed again.
    await q.query(`
      CREATE FUNCTION booking_month_usage_rezone() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM booking_month_usage WHERE resource_id = NEW.id;
        INSERT INTO booking_month_usage (network_id, resource_id, organisation_id, month, seconds)
        SELECT NEW.network_id, o.resource_id, o.organisation_id, m.month,
               sum(extract(epoch FROM least(o.ends_at, m.month_end) - greatest(o.starts_at, m.month_start)))
          FROM booking_occurrence o CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, NEW.time_zone) m
         WHERE o.resource_id = NEW.id AND o.status = 'confirmed'
         GROUP BY 1, 2, 3, 4;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_month_usage_rezone AFTER UPDATE OF time_zone ON resource
        FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION booking_month_usage_rezone()`);
    // Everything else an allocation reads (pools, their resources and amounts, agreements, rooms,
    // memberships, closed periods) is rarely written: one revision, bumped by every statement that
    // writes to those tables, lets a computed allocation be reused until one of them changes.
    await q.query(`
      CREATE TABLE allocation_inputs_revision (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        revision bigint NOT NULL
      )`);
    await q.query('INSERT INTO allocation_inputs_revision (revision) VALUES (1)');
    await q.query(`
      CREATE FUNCTION allocation_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE allocation_inputs_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
    for (const table of ALLOCATION_INPUT_TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_allocation_inputs_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION allocation_inputs_changed()`);
    }
    // Units × days read an occurrence's quantity, which changes no seconds of usage.
    await q.query(`
      CREATE TRIGGER booking_occurrence_quantity_allocation_inputs_changed AFTER UPDATE OF quantity ON booking_occurrence
        FOR EACH STATEMENT EXECUTE FUNCTION allocation_inputs_changed()`);
    // The occurrences already there.
    await q.query(`
      INSERT INTO booking_month_usage (network_id, resource_id, organisation_id, month, seconds)
      SELECT r.network_id, o.resource_id, o.organisation_id, m.month,
             sum(extract(epoch FROM least(o.ends_at, m.month_end) - greatest(o.starts_at, m.month_start)))
        FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id
        CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, r.time_zone) m
       WHERE o.status = 'confirmed'
       GROUP BY 1, 2, 3, 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER booking_occurrence_quantity_allocation_inputs_changed ON booking_occurrence');
    for (const table of ALLOCATION_INPUT_TABLES) {
      await q.query(`DROP TRIGGER ${table}_allocation_inputs_changed ON ${table}`);
    }
    await q.query('DROP FUNCTION allocation_inputs_changed()');
    await q.query('DROP TABLE allocation_inputs_revision');
    await q.query('DROP TRIGGER booking_month_usage_rezone ON resource');
    await q.query('DROP TRIGGER booking_month_usage_truncate ON booking_occurrence');
    await q.query('DROP TRIGGER booking_month_usage_delete ON booking_occurrence');
    await q.query('DROP TRIGGER booking_month_usage_update ON booking_occurrence');
    await q.query('DROP TRIGGER booking_month_usage_insert ON booking_occurrence');
    await q.query('DROP FUNCTION booking_month_usage_rezone()');
    await q.query('DROP FUNCTION booking_month_usage_truncate()');
    await q.query('DROP FUNCTION booking_month_usage_track()');
    await q.query('DROP FUNCTION booking_months(timestamptz, timestamptz, text)');
    await q.query('DROP TABLE booking_month_usage');
  }
}
