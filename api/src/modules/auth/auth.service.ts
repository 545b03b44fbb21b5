import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiTokenView, CreatedApiToken, InvitationPreview, MeResponse } from '@mutualis/contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { InvitationEntity, OrganisationEntity, OrganisationMembershipEntity, UserEntity } from '../directory/directory.entities';
import { ApiTokenEntity, UserSessionEntity } from './auth.entities';
import { toApiTokenView, toMeResponse } from './auth.mapper';
import { AuthenticatedUserRepository } from './authenticated-user.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { generateSecretToken, hashSecretToken } from './secret-token';
import { SESSION_LIFETIME_MS } from './session-cookie';
import { AccountNotices } from '../notifications/account-notices';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface SignedIn {
  sessionToken: string;
  me: MeResponse;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly users: AuthenticatedUserRepository,
    private readonly audit: AuditTrail,
    private readonly accountNotices: AccountNotices,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalised, client.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const valid = (await this.hasher.verify(user?.passwordHash ?? null, password)) && user?.active === true;
    await this.throttle.record(normalised, client.ip, valid);
    if (!valid || !user) throw new DomainError('INVALID_CREDENTIALS', 'The e-mail or the password is not right.');
    return this.dataSource.transaction((manager) => this.openSession(manager, user.id, client, 'login'));
  }

  async logout(user: AuthenticatedUser, requestId: string | null): Promise<void> {
    if (user.credential.kind !== 'session') return;
    const { tokenHash } = user.credential;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(UserSessionEntity, { tokenHash });
      await this.audit.record(manager, { user, requestId }, { entity: 'user', entityId: user.id, action: 'logout' });
    });
  }

  async updateMe(actor: Actor, changes: { name?: string; locale?: 'fr' | 'en' }): Promise<MeResponse> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(UserEntity, { id: actor.user.id });
      await manager.update(UserEntity, { id: actor.user.id }, changes);
      await this.audit.record(manager, actor, {
        entity: 'user',
        entityId: actor.user.id,
        action: 'update',
        before: { name: before.name, locale: before.locale },
        after: { name: changes.name ?? before.name, locale: changes.locale ?? before.locale },
      });
    });
    return toMeResponse({ ...actor.user, ...changes });
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.user.id })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is not right.');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, mustChangePassword: false });
      // Other browsers signed in with the old password are signed out.
      const keep = actor.user.credential.kind === 'session' ? actor.user.credential.tokenHash : Buffer.alloc(0);
      await manager.query('DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2', [user.id, keep]);
      await this.audit.record(manager, actor, { entity: 'user', entityId: user.id, action: 'change-password' });
      await this.accountNotices.passwordChanged(manager, user.id);
    });
  }

  async listTokens(user: AuthenticatedUser): Promise<ApiTokenView[]> {
    const tokens = await this.dataSource
      .getRepository(ApiTokenEntity)
      .find({ where: { userId: user.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return tokens.map(toApiTokenView);
  }

  async createToken(actor: Actor, name: string): Promise<CreatedApiToken> {
    const { token, hash } = generateSecretToken('mut');
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ApiTokenEntity, { userId: actor.user.id, name, prefix: token.slice(0, 10), tokenHash: hash }),
      );
      await this.audit.record(manager, actor, { entity: 'api_token', entityId: saved.id, action: 'create', after: { name } });
      await this.accountNotices.tokenCreated(manager, actor.user.id, name);
      return { ...toApiTokenView(saved), token };
    });
  }

  async revokeToken(actor: Actor, tokenId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ApiTokenEntity,
        { id: tokenId, userId: actor.user.id, revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      if (!result.affected) throw notFound('API token', tokenId);
      await this.audit.record(manager, actor, { entity: 'api_token', entityId: tokenId, action: 'revoke' });
    });
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const invitation = await this.findUsableInvitation(this.dataSource.manager, token);
    const organisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, { id: invitation.organisationId });
    const existing = await this.dataSource.manager.existsBy(UserEntity, { email: invitation.email });
    return { organisationName: organisation.name, email: invitation.email, role: invitation.role, existingAccount: existing };
  }

  /** A new account is created, or an existing one proves itself with its password; either way the invitee is signed in. */
  async acceptInvitation(token: string, input: { name?: string; password: string }, client: ClientInfo): Promise<SignedIn> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsableInvitation(manager, token, true);
      let user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.email = :email', { email: invitation.email })
        .getOne();
      if (user) {
        if (!user.active || !(await this.hasher.verify(user.passwordHash, input.password))) {
          throw new DomainError('INVALID_CREDENTIALS', 'This e-mail already has an account: enter its password to accept.');
        }
      } else {
        if (!input.name) {
          throw new DomainError('VALIDATION_FAILED', 'Your name is required to create the account.', {
            fields: [{ field: 'name', messages: ['name should not be empty'] }],
          });
        }
        const passwordHash = await this.hasher.hash(input.password);
        user = await manager.save(manager.create(UserEntity, { email: invitation.email, name: input.name, passwordHash }));
        await this.audit.record(
          manager,
          { userId: user.id, requestId: client.requestId },
          {
            entity: 'user',
            entityId: user.id,
            action: 'create',
            organisationId: invitation.organisationId,
            after: { email: user.email, name: user.name },
          },
        );
      }
      await manager.upsert(
        OrganisationMembershipEntity,
        { userId: user.id, organisationId: invitation.organisationId, role: invitation.role },
        ['userId', 'organisationId'],
      );
      await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: () => 'now()' });
      await this.audit.record(
        manager,
        { userId: user.id, requestId: client.requestId },
        {
          entity: 'invitation',
          entityId: invitation.id,
          action: 'accept',
          organisationId: invitation.organisationId,
          after: { userId: user.id, role: invitation.role },
        },
      );
      return this.openSession(manager, user.id, client, null);
    });
  }

  private async findUsableInvitation(manager: EntityManager, token: string, lock = false): Promise<InvitationEntity> {
    const query = manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.tokenHash = :hash', { hash: hashSecretToken(token) })
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()');
    const invitation = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!invitation) throw new DomainError('INVITATION_INVALID', 'This invitation link is invalid, expired or already used.');
    return invitation;
  }

  private async openSession(
    manager: EntityManager,
    userId: string,
    client: ClientInfo,
    auditAction: string | null,
  ): Promise<SignedIn> {
    const { token, hash } = generateSecretToken('ms');
    await manager.insert(UserSessionEntity, {
      tokenHash: hash,
      userId,
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    if (auditAction) {
      await this.audit.record(
        manager,
        { userId, requestId: client.requestId },
        { entity: 'user', entityId: userId, action: auditAction },
      );
    }
    const user = await this.users.findBySession(hash, manager);
    if (!user) throw new Error('A session just opened was not found');
    return { sessionToken: token, me: toMeResponse(user) };
  }
}
