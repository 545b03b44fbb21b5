import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, OrganisationRole } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedStatement, runPrepared } from '../../database/prepared-statement';
import type { AuthenticatedUser } from '../access/authenticated-user';

interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  must_change_password: boolean;
  staff_resource_id: string | null;
  memberships: Array<{ organisationId: string; organisationName: string; role: OrganisationRole }>;
  coordinator_of: Array<{ networkId: string; networkName: string }>;
  coordinated_org_ids: string[];
  member_network_ids: string[];
  credential_id: string | null;
}

// One round trip: the user, their roles and the organisations they can reach.
const USER_COLUMNS = `
  u.id, u.email, u.name, u.locale, u.must_change_password, u.staff_resource_id,
  COALESCE((SELECT json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role) ORDER BY o.name)
            FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.user_id = u.id), '[]') AS memberships,
  COALESCE((SELECT json_agg(json_build_object('networkId', n.id, 'networkName', n.name) ORDER BY n.name)
            FROM network_coordinator c JOIN network n ON n.id = c.network_id WHERE c.user_id = u.id), '[]') AS coordinator_of,
  COALESCE((SELECT array_agg(DISTINCT nm.organisation_id) FROM network_coordinator c
            JOIN network_membership nm ON nm.network_id = c.network_id WHERE c.user_id = u.id), '{}') AS coordinated_org_ids,
  COALESCE((SELECT array_agg(DISTINCT n.network_id) FROM (
              SELECT nm.network_id FROM organisation_membership m JOIN network_membership nm ON nm.organisation_id = m.organisation_id
               WHERE m.user_id = u.id
              UNION SELECT r.network_id FROM resource r WHERE r.id = u.staff_resource_id) n), '{}') AS member_network_ids`;

@Injectable()
export class AuthenticatedUserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `now` is the app's clock: a session expires by it, not by the database server's time. */
  async findBySession(tokenHash: Buffer, now: Date, manager?: EntityManager): Promise<AuthenticatedUser | null> {
    manager ??= this.dataSource.manager;
    const rows = await runPrepared<UserRow & { stale: boolean }>(manager, BY_SESSION, [tokenHash, now]);
    if (!rows[0]) return null;
    // Reads stay reads: the last-seen time is written at most every five minutes.
    if (rows[0].stale) await manager.query('UPDATE user_session SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now]);
    return toUser(rows[0], { kind: 'session', tokenHash });
  }

  async findByApiToken(tokenHash: Buffer, now: Date): Promise<AuthenticatedUser | null> {
    const rows = await runPrepared<UserRow & { stale: boolean }>(this.dataSource.manager, BY_API_TOKEN, [tokenHash, now]);
    const row = rows[0];
    if (!row?.credential_id) return null;
    if (row.stale) await this.dataSource.query('UPDATE api_token SET last_used_at = $2 WHERE id = $1', [row.credential_id, now]);
    return toUser(row, { kind: 'api-token', tokenId: row.credential_id });
  }
}

// Every request reads its user: prepared, each pooled connection plans these sub-selects once.
const BY_SESSION = preparedStatement(
  'authenticated-user-by-session',
  `SELECT ${USER_COLUMNS}, NULL AS credential_id, s.last_seen_at < $2::timestamptz - interval '5 minutes' AS stale
   FROM user_session s JOIN app_user u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
);

const BY_API_TOKEN = preparedStatement(
  'authenticated-user-by-api-token',
  `SELECT ${USER_COLUMNS}, t.id AS credential_id,
        t.last_used_at IS NULL OR t.last_used_at < $2::timestamptz - interval '5 minutes' AS stale
   FROM api_token t JOIN app_user u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active`,
);

function toUser(row: UserRow, credential: AuthenticatedUser['credential']): AuthenticatedUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    mustChangePassword: row.must_change_password,
    staffResourceId: row.staff_resource_id,
    memberships: new Map(row.memberships.map((m) => [m.organisationId, { role: m.role, organisationName: m.organisationName }])),
    coordinatorOf: new Map(row.coordinator_of.map((c) => [c.networkId, c.networkName])),
    coordinatedOrganisationIds: new Set(row.coordinated_org_ids),
    memberNetworkIds: new Set(row.member_network_ids),
    credential,
  };
}
