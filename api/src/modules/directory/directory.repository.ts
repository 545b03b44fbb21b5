import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvitationView, MemberView, NetworkView, OrganisationView } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../access/authenticated-user';
import type { InvitationEntity } from './directory.entities';

/** Every read of the directory, scoped by what the caller may see. */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async networksVisibleTo(user: AuthenticatedUser): Promise<NetworkView[]> {
    const ids = [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])];
    const rows = await this.dataSource.query(
      `SELECT n.id, n.name, n.show_organisation_names,
              (SELECT count(*)::int FROM network_membership nm WHERE nm.network_id = n.id) AS organisation_count
         FROM network n WHERE n.id = ANY($1::uuid[]) ORDER BY n.name`,
      [ids],
    );
    return rows.map((r: { id: string; name: string; show_organisation_names: boolean; organisation_count: number }) => ({
      id: r.id,
      name: r.name,
      showOrganisationNames: r.show_organisation_names,
      organisationCount: r.organisation_count,
      isCoordinator: user.coordinatorOf.has(r.id),
    }));
  }

  /** The caller's organisations and every organisation of the networks they belong to or coordinate. */
  async organisationsVisibleTo(user: AuthenticatedUser): Promise<OrganisationView[]> {
    const networkIds = [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])];
    const rows = await this.dataSource.query(
      `SELECT o.id, o.name, COALESCE(array_agg(nm.network_id) FILTER (WHERE nm.network_id = ANY($1::uuid[])), '{}') AS network_ids
         FROM organisation o LEFT JOIN network_membership nm ON nm.organisation_id = o.id
        WHERE o.id = ANY($2::uuid[]) OR nm.network_id = ANY($1::uuid[])
        GROUP BY o.id ORDER BY o.name`,
      [networkIds, [...user.memberships.keys()]],
    );
    return rows.map((r: { id: string; name: string; network_ids: string[] }) => ({
      id: r.id,
      name: r.name,
      networkIds: r.network_ids,
      myRole: user.memberships.get(r.id)?.role ?? null,
      canManage: AccessPolicy.canManageOrganisation(user, r.id),
    }));
  }

  async organisationNetworkIds(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = await manager.query('SELECT network_id FROM network_membership WHERE organisation_id = $1', [organisationId]);
    return rows.map((r: { network_id: string }) => r.network_id);
  }

  async members(organisationId: string): Promise<MemberView[]> {
    const rows = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.active, m.role
         FROM organisation_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1 ORDER BY u.name`,
      [organisationId],
    );
    return rows.map((r: { id: string; email: string; name: string; active: boolean; role: 'admin' | 'member' }) => ({
      userId: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      active: r.active,
    }));
  }

  /**
   * Serialises the changes of an organisation's roles: two admins demoting or removing each other at once
   * would each still count the other as an admin, and leave none. Foreign keys to the organisation
   * (KEY SHARE) are not blocked.
   */
  async lockMemberships(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query('SELECT 1 FROM organisation WHERE id = $1 FOR NO KEY UPDATE', [organisationId]);
  }

  async adminCount(manager: EntityManager, organisationId: string): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM organisation_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.role = 'admin' AND u.active`,
      [organisationId],
    );
    return count;
  }

  /** What authority over an account requires: its organisations and the networks it coordinates. */
  async accountScope(
    manager: EntityManager,
    userId: string,
  ): Promise<{ id: string; organisationIds: string[]; coordinatedNetworkIds: string[]; staffNetworkIds: string[] } | null> {
    const rows = await manager.query(
      `SELECT u.id,
              COALESCE((SELECT array_agg(organisation_id) FROM organisation_membership WHERE user_id = u.id), '{}') AS organisation_ids,
              COALESCE((SELECT array_agg(network_id) FROM network_coordinator WHERE user_id = u.id), '{}') AS network_ids,
              COALESCE((SELECT array_agg(r.network_id) FROM staff_member s JOIN resource r ON r.id = s.resource_id
                         WHERE s.user_id = u.id), '{}') AS staff_network_ids
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          organisationIds: row.organisation_ids,
          coordinatedNetworkIds: row.network_ids,
          staffNetworkIds: row.staff_network_ids,
        }
      : null;
  }

  async coordinators(networkId: string): Promise<Array<{ userId: string; name: string; email: string }>> {
    const rows = await this.dataSource.query(
      `SELECT u.id, u.name, u.email FROM network_coordinator c JOIN app_user u ON u.id = c.user_id WHERE c.network_id = $1 ORDER BY u.name`,
      [networkId],
    );
    return rows.map((r: { id: string; name: string; email: string }) => ({ userId: r.id, name: r.name, email: r.email }));
  }

  /** The network's coordinators, locked until the end of the transaction. */
  async coordinatorIdsForUpdate(manager: EntityManager, networkId: string): Promise<string[]> {
    const rows = await manager.query('SELECT user_id FROM network_coordinator WHERE network_id = $1 FOR UPDATE', [networkId]);
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  async deleteCoordinator(manager: EntityManager, networkId: string, userId: string): Promise<void> {
    await manager.query('DELETE FROM network_coordinator WHERE network_id = $1 AND user_id = $2', [networkId, userId]);
  }

  async joinNetwork(manager: EntityManager, networkId: string, organisationId: string, joinedOn: string): Promise<void> {
    await manager.query('INSERT INTO network_membership_period (network_id, organisation_id, joined_on) VALUES ($1, $2, $3)', [
      networkId,
      organisationId,
      joinedOn,
    ]);
  }

  /** The current membership of an organisation in a network, locked; null when it is not a member. */
  async currentMembershipForUpdate(
    manager: EntityManager,
    networkId: string,
    organisationId: string,
  ): Promise<{ id: string; joinedOn: string } | null> {
    const [row]: Array<{ id: string; joined_on: string }> = await manager.query(
      `SELECT id, to_char(joined_on, 'YYYY-MM-DD') AS joined_on FROM network_membership_period
        WHERE network_id = $1 AND organisation_id = $2 AND left_on IS NULL FOR UPDATE`,
      [networkId, organisationId],
    );
    return row ? { id: row.id, joinedOn: row.joined_on } : null;
  }

  async deleteMembership(manager: EntityManager, membershipId: string): Promise<void> {
    await manager.query('DELETE FROM network_membership_period WHERE id = $1', [membershipId]);
  }

  async endMembership(manager: EntityManager, membershipId: string, leftOn: string): Promise<void> {
    await manager.query('UPDATE network_membership_period SET left_on = $2 WHERE id = $1', [membershipId, leftOn]);
  }

  async isMemberByEmail(manager: EntityManager, organisationId: string, email: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM organisation_membership m JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = $2`,
      [organisationId, email],
    );
    return rows.length > 0;
  }
}

export function toInvitationView(invitation: InvitationEntity): InvitationView {
  return {
    id: invitation.id,
    // Only organisations' invitations are listed here (staff invitations are the staff module's).
    organisationId: invitation.organisationId ?? '',
    email: invitation.email,
    role: invitation.role ?? 'member',
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  };
}
