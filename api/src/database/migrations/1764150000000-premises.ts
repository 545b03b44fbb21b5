import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resources (rooms now, pooled staff later, one model), sites with opening hours, blackouts,
 * and bookings: a series keeps what the user asked, its occurrences are materialised instants.
 * The exclusion constraint makes a double booking impossible, buffers included.
 */
export class Premises1764150000000 implements MigrationInterface {
  name = 'Premises1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        address text NOT NULL DEFAULT '',
        time_zone text NOT NULL DEFAULT 'America/Toronto',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX site_network_idx ON site (network_id)');
    await q.query(`
      CREATE TABLE site_opening_hours (
        site_id uuid NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens time NOT NULL,
        closes time NOT NULL,
        CHECK (opens < closes),
        PRIMARY KEY (site_id, weekday, opens)
      )`);
    await q.query(`
      CREATE TABLE resource (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('space', 'staff', 'equipment')),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        carrier_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        time_zone text NOT NULL DEFAULT 'America/Toronto',
        active boolean NOT NULL DEFAULT true,
        hourly_rate_cents bigint CHECK (hourly_rate_cents >= 0),
        approval_required boolean NOT NULL DEFAULT false,
        min_duration_minutes integer NOT NULL DEFAULT 15 CHECK (min_duration_minutes > 0),
        max_duration_minutes integer NOT NULL DEFAULT 720 CHECK (max_duration_minutes >= min_duration_minutes),
        granularity_minutes integer NOT NULL DEFAULT 15 CHECK (granularity_minutes BETWEEN 1 AND 1440),
        min_lead_minutes integer NOT NULL DEFAULT 0 CHECK (min_lead_minutes >= 0),
        max_advance_days integer NOT NULL DEFAULT 365 CHECK (max_advance_days > 0),
        buffer_before_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 240),
        buffer_after_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 240),
        bookable_by text NOT NULL DEFAULT 'network' CHECK (bookable_by IN ('network', 'list')),
        weekly_minutes_per_organisation integer CHECK (weekly_minutes_per_organisation > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX resource_network_idx ON resource (network_id, type)');
    await q.query(`
      CREATE TABLE resource_bookable_organisation (
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (resource_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE space (
        resource_id uuid PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        site_id uuid NOT NULL REFERENCES site(id) ON DELETE RESTRICT,
        capacity integer CHECK (capacity > 0),
        floor_area_m2 numeric(9, 2) CHECK (floor_area_m2 >= 0),
        equipment text[] NOT NULL DEFAULT '{}',
        accessibility_notes text NOT NULL DEFAULT '',
        dedicated_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL
      )`);
    await q.query('CREATE INDEX space_site_idx ON space (site_id)');
    await q.query(`
      CREATE TABLE blackout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid REFERENCES site(id) ON DELETE CASCADE,
        resource_id uuid REFERENCES resource(id) ON DELETE CASCADE,
        period tstzrange NOT NULL CHECK (NOT isempty(period)),
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((site_id IS NULL) <> (resource_id IS NULL))
      )`);
    await q.query('CREATE INDEX blackout_resource_idx ON blackout USING gist (resource_id, period)');
    await q.query('CREATE INDEX blackout_site_idx ON blackout USING gist (site_id, period)');
    await q.query(`
      CREATE TABLE booking_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE RESTRICT,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        requester_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        notes text NOT NULL DEFAULT '',
        private boolean NOT NULL DEFAULT false,
        start_local timestamp NOT NULL,
        time_zone text NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
        rrule text,
        exdates text[] NOT NULL DEFAULT '{}',
        skip_holidays text CHECK (skip_holidays IN ('QC')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended', 'cancelled')),
        materialised_until timestamptz,
        previous_series_id uuid REFERENCES booking_series(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX booking_series_resource_idx ON booking_series (resource_id)');
    await q.query('CREATE INDEX booking_series_organisation_idx ON booking_series (organisation_id)');
    await q.query(
      `CREATE INDEX booking_series_horizon_idx ON booking_series (materialised_until) WHERE status = 'active' AND rrule IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE booking_occurrence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series_id uuid NOT NULL REFERENCES booking_series(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE RESTRICT,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        -- the guarded period: the occurrence widened by the resource's buffers
        period tstzrange NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled', 'declined', 'expired')),
        title text,
        detached boolean NOT NULL DEFAULT false,
        status_reason text,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at),
        CHECK (period @> tstzrange(starts_at, ends_at)),
        CONSTRAINT booking_occurrence_no_overlap EXCLUDE USING gist (resource_id WITH =, period WITH &&)
          WHERE (status IN ('pending', 'confirmed'))
      )`);
    await q.query('CREATE INDEX booking_occurrence_series_idx ON booking_occurrence (series_id, starts_at)');
    await q.query('CREATE INDEX booking_occurrence_resource_time_idx ON booking_occurrence (resource_id, starts_at)');
    await q.query('CREATE INDEX booking_occurrence_organisation_time_idx ON booking_occurrence (organisation_id, starts_at)');
    await q.query(`CREATE INDEX booking_occurrence_pending_idx ON booking_occurrence (created_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'booking_occurrence',
      'booking_series',
      'blackout',
      'space',
      'resource_bookable_organisation',
      'resource',
      'site_opening_hours',
      'site',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
