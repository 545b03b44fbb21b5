import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Impact reporting: what each resource would cost an organisation alone (set by the coordinator),
 * and the network's logic model — indicators grouped as activities, outputs and effects, each
 * computed from the data or entered per period, with a target.
 */
export class Impact1764250000000 implements MigrationInterface {
  name = 'Impact1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stand_alone_rate (
        resource_id uuid PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('per_hour', 'per_m2_month')),
        rate_cents bigint NOT NULL CHECK (rate_cents >= 0 AND rate_cents <= 100000000),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE impact_indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('activity', 'output', 'effect')),
        name_fr text NOT NULL CHECK (length(trim(name_fr)) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 200),
        metric text NOT NULL CHECK (metric IN (
          'entered', 'occupancy_percent', 'hours_booked', 'hours_delivered', 'delivery_percent', 'organisations_served',
          'bookings', 'hour_requests', 'people', 'savings_cents', 'shared_m2_hours')),
        target numeric(14, 2) CHECK (target >= 0),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX impact_indicator_network_idx ON impact_indicator (network_id, stage, position)');
    await q.query(`
      CREATE TABLE impact_indicator_value (
        indicator_id uuid NOT NULL REFERENCES impact_indicator(id) ON DELETE CASCADE,
        period daterange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
        value numeric(14, 2) NOT NULL CHECK (value >= 0),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT impact_indicator_value_no_overlap EXCLUDE USING gist (indicator_id WITH =, period WITH &&)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS impact_indicator_value');
    await q.query('DROP TABLE IF EXISTS impact_indicator');
    await q.query('DROP TABLE IF EXISTS stand_alone_rate');
  }
}
