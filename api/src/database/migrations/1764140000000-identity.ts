import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Networks, organisations, users and their roles, sessions, API tokens, invitations, login throttling, audit. */
export class Identity1764140000000 implements MigrationInterface {
  name = 'Identity1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        show_organisation_names boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE network_membership (
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, organisation_id)
      )`);
    await q.query('CREATE INDEX network_membership_organisation_idx ON network_membership (organisation_id)');
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        password_hash text,
        locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
        active boolean NOT NULL DEFAULT true,
        must_change_password boolean NOT NULL DEFAULT false,
        staff_resource_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organisation_membership (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, organisation_id)
      )`);
    await q.query('CREATE INDEX organisation_membership_organisation_idx ON organisation_membership (organisation_id)');
    await q.query(`
      CREATE TABLE network_coordinator (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, network_id)
      )`);
    await q.query(`
      CREATE TABLE user_session (
        token_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip inet,
        user_agent text
      )`);
    await q.query('CREATE INDEX user_session_user_idx ON user_session (user_id)');
    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        prefix text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX api_token_user_idx ON api_token (user_id)');
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        email citext NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'member')),
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX invitation_organisation_idx ON invitation (organisation_id)');
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email citext NOT NULL,
        ip inet,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX login_attempt_email_idx ON login_attempt (email, at) WHERE NOT succeeded');
    await q.query('CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at) WHERE NOT succeeded');
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        network_id uuid REFERENCES network(id) ON DELETE SET NULL,
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text
      )`);
    await q.query('CREATE INDEX audit_event_network_idx ON audit_event (network_id, at DESC)');
    await q.query('CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event',
      'login_attempt',
      'invitation',
      'api_token',
      'user_session',
      'network_coordinator',
      'organisation_membership',
      'app_user',
      'network_membership',
      'organisation',
      'network',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
