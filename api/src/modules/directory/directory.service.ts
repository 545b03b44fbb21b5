import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreatedInvitation,
  InvitationView,
  MemberView,
  NetworkView,
  OrganisationRole,
  OrganisationView,
  Locale,
} from '@mutualis/contracts';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { Clock } from '../../clock/clock';
import { todayIn } from '../../clock/zone-day';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { CredentialRepository } from '../credentials/credential.repository';
import { PasswordHasher } from '../credentials/password-hasher';
import { generateSecretToken } from '../credentials/secret-token';
import {
  InvitationEntity,
  NetworkCoordinatorEntity,
  NetworkEntity,
  OrganisationEntity,
  OrganisationMembershipEntity,
  UserEntity,
} from './directory.entities';
import { DirectoryRepository, toInvitationView } from './directory.repository';
import { AccountNotices } from '../notifications/account-notices';

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Networks, organisations, their people and invitations. Each write: check → change → audit, in one transaction. */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditTrail,
    private readonly hasher: PasswordHasher,
    private readonly credentials: CredentialRepository,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  listNetworks(actor: Actor): Promise<NetworkView[]> {
    return this.directory.networksVisibleTo(actor.user);
  }

  /** A coordinator opens a new network and coordinates it. */
  async createNetwork(actor: Actor, input: { name: string; showOrganisationNames?: boolean }): Promise<NetworkView> {
    AccessPolicy.assertCoordinatorOfAny(actor.user);
    return this.dataSource.transaction(async (manager) => {
      const network = await manager.save(manager.create(NetworkEntity, input));
      await manager.insert(NetworkCoordinatorEntity, { userId: actor.user.id, networkId: network.id });
      await this.audit.record(manager, actor, {
        entity: 'network',
        entityId: network.id,
        action: 'create',
        networkId: network.id,
        after: input,
      });
      return {
        id: network.id,
        name: network.name,
        showOrganisationNames: network.showOrganisationNames,
        organisationCount: 0,
        isCoordinator: true,
      };
    });
  }

  async updateNetwork(
    actor: Actor,
    networkId: string,
    changes: { name?: string; showOrganisationNames?: boolean },
  ): Promise<NetworkView> {
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(NetworkEntity, { id: networkId });
      await manager.update(NetworkEntity, { id: networkId }, changes);
      await this.audit.record(manager, actor, {
        entity: 'network',
        entityId: networkId,
        action: 'update',
        networkId,
        before: { name: before.name, showOrganisationNames: before.showOrganisationNames },
        after: changes,
      });
    });
    const views = await this.directory.networksVisibleTo(actor.user);
    return views.find((n) => n.id === networkId) as NetworkView;
  }

  /** The same answer whether or not the e-mail has an account, so that this is no way to find out who has one. */
  async addCoordinator(actor: Actor, networkId: string, email: string): Promise<void> {
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { email });
      if (!user) return;
      await manager.upsert(NetworkCoordinatorEntity, { userId: user.id, networkId }, ['userId', 'networkId']);
      await this.audit.record(manager, actor, { entity: 'network_coordinator', entityId: user.id, action: 'add', networkId });
    });
  }

  listOrganisations(actor: Actor): Promise<OrganisationView[]> {
    return this.directory.organisationsVisibleTo(actor.user);
  }

  async getOrganisation(actor: Actor, organisationId: string): Promise<OrganisationView> {
    const found = (await this.directory.organisationsVisibleTo(actor.user)).find((o) => o.id === organisationId);
    if (!found) throw notFound('organisation', organisationId);
    return found;
  }

  async listCoordinators(actor: Actor, networkId: string): Promise<Array<{ userId: string; name: string; email: string }>> {
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    return this.directory.coordinators(networkId);
  }

  /** A coordinator may step down or remove a co-coordinator, but a network always keeps one. */
  async removeCoordinator(actor: Actor, networkId: string, userId: string): Promise<void> {
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    await this.dataSource.transaction(async (manager) => {
      const coordinatorIds = await this.directory.coordinatorIdsForUpdate(manager, networkId);
      if (!coordinatorIds.includes(userId)) throw notFound('coordinator', userId);
      if (coordinatorIds.length === 1)
        throw new DomainError('LAST_ADMIN', 'A network keeps at least one coordinator: add another first.');
      await this.directory.deleteCoordinator(manager, networkId, userId);
      await this.audit.record(manager, actor, { entity: 'network_coordinator', entityId: userId, action: 'remove', networkId });
    });
  }

  async createOrganisation(actor: Actor, networkId: string, name: string): Promise<OrganisationView> {
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.save(manager.create(OrganisationEntity, { name }));
      await this.directory.joinNetwork(manager, networkId, organisation.id, todayIn(this.clock));
      await this.audit.record(manager, actor, {
        entity: 'organisation',
        entityId: organisation.id,
        action: 'create',
        networkId,
        organisationId: organisation.id,
        after: { name },
      });
      return { id: organisation.id, name, networkIds: [networkId], myRole: null, canManage: true };
    });
  }

  /**
   * The organisation leaves the network today: its membership ends (kept, with its dates, for the
   * reports of the months it was a member), and from now on it is not a member.
   */
  async removeOrganisation(actor: Actor, networkId: string, organisationId: string): Promise<void> {
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    const today = todayIn(this.clock);
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.directory.currentMembershipForUpdate(manager, networkId, organisationId);
      if (!membership) throw notFound('organisation', organisationId);
      // Joined today (or later): it never was a member for a whole day, so nothing is kept.
      if (membership.joinedOn >= today) {
        await this.directory.deleteMembership(manager, membership.id);
      } else {
        await this.directory.endMembership(manager, membership.id, today);
      }
      await this.audit.record(manager, actor, {
        entity: 'network_membership',
        entityId: organisationId,
        action: 'leave',
        networkId,
        organisationId,
        before: { joinedOn: membership.joinedOn },
        after: { leftOn: today },
      });
    });
  }

  async updateOrganisation(actor: Actor, organisationId: string, changes: { name?: string }): Promise<OrganisationView> {
    AccessPolicy.assertCanManageOrganisation(actor.user, organisationId);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(OrganisationEntity, { id: organisationId });
      await manager.update(OrganisationEntity, { id: organisationId }, changes);
      await this.audit.record(manager, actor, {
        entity: 'organisation',
        entityId: organisationId,
        action: 'update',
        organisationId,
        before: { name: before.name },
        after: changes,
      });
      return {
        id: organisationId,
        name: changes.name ?? before.name,
        networkIds: await this.directory.organisationNetworkIds(manager, organisationId),
        myRole: actor.user.memberships.get(organisationId)?.role ?? null,
        canManage: true,
      };
    });
  }

  listMembers(actor: Actor, organisationId: string): Promise<MemberView[]> {
    AccessPolicy.assertCanSeeOrganisationPeople(actor.user, organisationId);
    return this.directory.members(organisationId);
  }

  async changeRole(actor: Actor, organisationId: string, userId: string, role: OrganisationRole): Promise<MemberView[]> {
    AccessPolicy.assertCanManageOrganisation(actor.user, organisationId);
    await this.dataSource.transaction(async (manager) => {
      await this.directory.lockMemberships(manager, organisationId);
      const membership = await manager.findOneBy(OrganisationMembershipEntity, { organisationId, userId });
      if (!membership) throw notFound('member', userId);
      await manager.update(OrganisationMembershipEntity, { organisationId, userId }, { role });
      await this.assertStillHasAdmin(manager, actor, organisationId);
      await this.audit.record(manager, actor, {
        entity: 'organisation_membership',
        entityId: userId,
        action: 'change-role',
        organisationId,
        before: { role: membership.role },
        after: { role },
      });
    });
    return this.directory.members(organisationId);
  }

  async removeMember(actor: Actor, organisationId: string, userId: string): Promise<void> {
    AccessPolicy.assertCanManageOrganisation(actor.user, organisationId);
    await this.dataSource.transaction(async (manager) => {
      await this.directory.lockMemberships(manager, organisationId);
      const membership = await manager.findOneBy(OrganisationMembershipEntity, { organisationId, userId });
      if (!membership) throw notFound('member', userId);
      await manager.delete(OrganisationMembershipEntity, { organisationId, userId });
      await this.assertStillHasAdmin(manager, actor, organisationId);
      await this.audit.record(manager, actor, {
        entity: 'organisation_membership',
        entityId: userId,
        action: 'remove',
        organisationId,
        before: { role: membership.role },
      });
    });
  }

  async listInvitations(actor: Actor, organisationId: string): Promise<InvitationView[]> {
    AccessPolicy.assertCanManageOrganisation(actor.user, organisationId);
    const invitations = await this.dataSource.getRepository(InvitationEntity).find({
      where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
    });
    return invitations.map(toInvitationView);
  }

  async invite(
    actor: Actor,
    organisationId: string,
    email: string,
    role: OrganisationRole,
    locale: Locale = actor.user.locale,
  ): Promise<CreatedInvitation> {
    AccessPolicy.assertCanManageOrganisation(actor.user, organisationId);
    const { token, hash } = generateSecretToken('inv');
    return this.dataSource.transaction(async (manager) => {
      if (await this.directory.isMemberByEmail(manager, organisationId, email))
        throw new DomainError('EMAIL_TAKEN', 'This person is already a member of the organisation.', { email });
      // A new invitation replaces any pending one for the same person.
      await manager.update(
        InvitationEntity,
        { organisationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          organisationId,
          email,
          role,
          locale,
          tokenHash: hash,
          invitedBy: actor.user.id,
          expiresAt: new Date(this.clock.nowMs() + INVITATION_LIFETIME_MS),
        }),
      );
      await this.audit.record(manager, actor, {
        entity: 'invitation',
        entityId: invitation.id,
        action: 'create',
        organisationId,
        after: { email, role },
      });
      await this.accountNotices.invitation(manager, actor, { id: invitation.id, organisationId, email, token, locale });
      return { ...toInvitationView(invitation), acceptUrl: `/invitation/${token}` };
    });
  }

  async revokeInvitation(actor: Actor, organisationId: string, invitationId: string): Promise<void> {
    AccessPolicy.assertCanManageOrganisation(actor.user, organisationId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        InvitationEntity,
        { id: invitationId, organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      if (!result.affected) throw notFound('invitation', invitationId);
      await this.audit.record(manager, actor, { entity: 'invitation', entityId: invitationId, action: 'revoke', organisationId });
    });
  }

  /** Ends every session and API token of the account at once. */
  async setActive(actor: Actor, userId: string, active: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.directory.accountScope(manager, userId);
      if (!scope) throw notFound('user', userId);
      AccessPolicy.assertCanManageAccount(actor.user, scope);
      await manager.update(UserEntity, { id: userId }, { active });
      if (!active) {
        await this.credentials.endAll(manager, userId);
      }
      await this.audit.record(manager, actor, {
        entity: 'user',
        entityId: userId,
        action: active ? 'reactivate' : 'deactivate',
        organisationId: scope.organisationIds[0] ?? null,
        networkId: scope.coordinatedNetworkIds[0] ?? scope.staffNetworkIds[0] ?? null,
      });
    });
  }

  /** Until e-mailed reset links exist, an admin sets a temporary password that must be changed at next sign-in. */
  async setTemporaryPassword(actor: Actor, userId: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.directory.accountScope(manager, userId);
      if (!scope) throw notFound('user', userId);
      AccessPolicy.assertCanManageAccount(actor.user, scope);
      const user = await manager.findOneByOrFail(UserEntity, { id: userId });
      const passwordHash = await this.hasher.hash(password, { email: user.email, name: user.name });
      await manager.update(UserEntity, { id: userId }, { passwordHash, mustChangePassword: true });
      await this.credentials.endAfterPasswordChange(manager, userId, this.clock.now());
      await this.audit.record(manager, actor, {
        entity: 'user',
        entityId: userId,
        action: 'set-temporary-password',
        organisationId: scope.organisationIds[0] ?? null,
      });
    });
  }

  private async assertStillHasAdmin(
    manager: import('typeorm').EntityManager,
    actor: Actor,
    organisationId: string,
  ): Promise<void> {
    // Coordinators can always step in, so only an admin acting alone is kept from orphaning the organisation.
    if (actor.user.coordinatedOrganisationIds.has(organisationId)) return;
    if ((await this.directory.adminCount(manager, organisationId)) === 0) {
      throw new DomainError('LAST_ADMIN', 'An organisation keeps at least one admin: name another admin first.');
    }
  }
}
