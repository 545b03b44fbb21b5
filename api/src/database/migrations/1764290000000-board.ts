import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * « Babillard de la mutualisation » (issue #17): offers and needs posted by organisations, private
 * conversations about a post, reports, category follows, and the match that names what came out of it.
 *
 * Search: a text search configuration `board_french` (a copy of `french` whose words go through
 * `unaccent` before the French stemmer), and a stored generated tsvector (title weighted A, the rest B)
 * with a GIN index. `to_tsvector(regconfig, text)` is immutable, so the column can be generated.
 */
export class Board1764290000000 implements MigrationInterface {
  name = 'Board1764290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'board_french') THEN
          CREATE TEXT SEARCH CONFIGURATION board_french (COPY = pg_catalog.french);
          ALTER TEXT SEARCH CONFIGURATION board_french
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
      END $$`);
    await q.query(`
      CREATE TABLE board_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('offer', 'need')),
        category text NOT NULL CHECK (category IN ('premises', 'equipment', 'transport', 'storage', 'expertise', 'other')),
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        quantity text NOT NULL DEFAULT '' CHECK (length(quantity) <= 200),
        hours_per_week numeric(5, 2) CHECK (hours_per_week > 0 AND hours_per_week <= 168),
        starts_on date,
        ends_on date CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
        recurrence_text text NOT NULL DEFAULT '' CHECK (length(recurrence_text) <= 500),
        rrule text CHECK (length(rrule) <= 500),
        site_id uuid REFERENCES site(id) ON DELETE SET NULL,
        municipality text NOT NULL DEFAULT '' CHECK (length(municipality) <= 200),
        resource_id uuid REFERENCES resource(id) ON DELETE SET NULL,
        visibility text NOT NULL DEFAULT 'network' CHECK (visibility IN ('network', 'instance')),
        expires_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'withdrawn')),
        matched_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        matched_at timestamptz,
        created_resource_id uuid REFERENCES resource(id) ON DELETE SET NULL,
        created_agreement_id uuid REFERENCES agreement(id) ON DELETE SET NULL,
        created_booking_series_id uuid REFERENCES booking_series(id) ON DELETE SET NULL,
        hidden_at timestamptz,
        hidden_reason text CHECK (length(hidden_reason) <= 500),
        hidden_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        photo bytea CHECK (octet_length(photo) <= 1048576),
        photo_type text CHECK (photo_type IN ('image/webp', 'image/jpeg')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('board_french'::regconfig, title), 'A') ||
          setweight(to_tsvector('board_french'::regconfig, description || ' ' || quantity || ' ' || municipality), 'B')
        ) STORED,
        CHECK (status <> 'matched' OR matched_at IS NOT NULL),
        CHECK ((photo IS NULL) = (photo_type IS NULL)),
        CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
      )`);
    await q.query('CREATE INDEX board_post_search_idx ON board_post USING gin (search_vector)');
    await q.query(
      `CREATE INDEX board_post_open_idx ON board_post (network_id, created_at DESC) WHERE status = 'open' AND hidden_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX board_post_instance_idx ON board_post (created_at DESC) WHERE status = 'open' AND hidden_at IS NULL AND visibility = 'instance'`,
    );
    await q.query('CREATE INDEX board_post_organisation_idx ON board_post (organisation_id, created_at DESC)');
    await q.query(`
      CREATE TABLE board_conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES board_post(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        started_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (post_id, organisation_id)
      )`);
    await q.query('CREATE INDEX board_conversation_organisation_idx ON board_conversation (organisation_id)');
    await q.query(`
      CREATE TABLE board_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES board_conversation(id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL,
        -- The order of writing, whatever the clock says.
        seq bigint GENERATED ALWAYS AS IDENTITY
      )`);
    await q.query('CREATE INDEX board_message_conversation_idx ON board_message (conversation_id, seq)');
    await q.query(`
      CREATE TABLE board_report (
        post_id uuid NOT NULL REFERENCES board_post(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (post_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE board_category_follow (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('premises', 'equipment', 'transport', 'storage', 'expertise', 'other')),
        PRIMARY KEY (user_id, category)
      )`);
    await q.query('CREATE INDEX board_category_follow_category_idx ON board_category_follow (category)');
    // The logic model may count the board's posts and matches.
    await q.query('ALTER TABLE impact_indicator DROP CONSTRAINT impact_indicator_metric_check');
    await q.query(`
      ALTER TABLE impact_indicator ADD CONSTRAINT impact_indicator_metric_check CHECK (metric IN (
        'entered', 'occupancy_percent', 'hours_booked', 'hours_delivered', 'delivery_percent', 'organisations_served',
        'bookings', 'hour_requests', 'people', 'savings_cents', 'shared_m2_hours', 'board_posts', 'board_matches'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM impact_indicator WHERE metric IN ('board_posts', 'board_matches')`);
    await q.query('ALTER TABLE impact_indicator DROP CONSTRAINT impact_indicator_metric_check');
    await q.query(`
      ALTER TABLE impact_indicator ADD CONSTRAINT impact_indicator_metric_check CHECK (metric IN (
        'entered', 'occupancy_percent', 'hours_booked', 'hours_delivered', 'delivery_percent', 'organisations_served',
        'bookings', 'hour_requests', 'people', 'savings_cents', 'shared_m2_hours'))`);
    await q.query('DROP TABLE IF EXISTS board_category_follow');
    await q.query('DROP TABLE IF EXISTS board_report');
    await q.query('DROP TABLE IF EXISTS board_message');
    await q.query('DROP TABLE IF EXISTS board_conversation');
    await q.query('DROP TABLE IF EXISTS board_post');
    await q.query('DROP TEXT SEARCH CONFIGURATION IF EXISTS board_french');
  }
}
