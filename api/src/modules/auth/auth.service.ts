import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiTokenView, CreatedApiToken, InvitationPreview, MeResponse, Locale } from '@mutualis/contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { InvitationEntity, OrganisationEntity, OrganisationMembershipEntity, UserEntity } from '../directory/directory.entities';
import { linkStaffAccount, staffInvitationTarget } from '../staff/staff-account.repository';
import { ApiTokenEntity, UserSessionEntity } from './auth.entities';
import { toApiTokenView, toMeResponse } from './auth.mapper';
import { AuthenticatedUserRepository } from './authenticated-user.repository';
import { CredentialRepository } from '../credentials/credential.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from '../credentials/password-hasher';
import { generateSecretToken, hashSecretToken } from '../credentials/secret-token';
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
    private readonly credentials: CredentialRepository,
    private readonly throttle: LoginThrottle,
    private readonly users: AuthenticatedUserRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    const attempt = await this.throttle.begin(normalised, client.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const valid = (await this.hasher.verify(user?.passwordHash ?? null, password)) && user?.active === true;
    await this.throttle.settle(attempt, valid);
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

  async updateMe(actor: Actor, changes: { name?: string; locale?: Locale }): Promise<MeResponse> {
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

  /** The current password is throttled like a sign-in: a stolen session must not become a password oracle. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, client: ClientInfo): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.user.id })
      .getOneOrFail();
    const attempt = await this.throttle.begin(user.email, client.ip);
    const valid = await this.hasher.verify(user.passwordHash, currentPassword);
    await this.throttle.settle(attempt, valid);
    if (!valid) throw new DomainError('INVALID_CREDENTIALS', 'The current password is not right.');
    const passwordHash = await this.hasher.hash(newPassword, { email: user.email, name: user.name });
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, mustChangePassword: false });
      const keep = actor.user.credential.kind === 'session' ? actor.user.credential.tokenHash : null;
      await this.credentials.endAfterPasswordChange(manager, user.id, this.clock.now(), keep);
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
        { revokedAt: this.clock.now() },
      );
      if (!result.affected) throw notFound('API token', tokenId);
      await this.audit.record(manager, actor, { entity: 'api_token', entityId: tokenId, action: 'revoke' });
    });
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const invitation = await this.findUsableInvitation(this.dataSource.manager, token);
    const existing = await this.dataSource.manager.existsBy(UserEntity, { email: invitation.email });
    if (invitation.staffResourceId) {
      const target = await staffInvitationTarget(this.dataSource.manager, invitation.staffResourceId);
      return {
        organisationName: target.networkName,
        staffName: target.staffName,
        email: invitation.email,
        role: 'staff',
        existingAccount: existing,
      };
    }
    const organisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: invitation.organisationId ?? undefined,
    });
    return {
      organisationName: organisation.name,
      email: invitation.email,
      role: invitation.role ?? 'member',
      existingAccount: existing,
    };
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
        // Proving an existing account is a password check too: throttled like a sign-in.
        const attempt = await this.throttle.begin(user.email, client.ip);
        const valid = user.active && (await this.hasher.verify(user.passwordHash, input.password));
        await this.throttle.settle(attempt, valid);
        if (!valid) {
          throw new DomainError('INVALID_CREDENTIALS', 'This e-mail already has an account: enter its password to accept.');
        }
      } else {
        if (!input.name) {
          throw new DomainError('VALIDATION_FAILED', 'Your name is required to create the account.', {
            fields: [{ field: 'name', messages: ['name should not be empty'] }],
          });
        }
        const passwordHash = await this.hasher.hash(input.password, { email: invitation.email, name: input.name });
        // The account starts in the language its invitation was written in.
        user = await manager.save(
          manager.create(UserEntity, { email: invitation.email, name: input.name, passwordHash, locale: invitation.locale }),
        );
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
      if (invitation.staffResourceId) {
        // The person consents to be the pooled employee's account: only now is it linked.
        await linkStaffAccount(manager, invitation.staffResourceId, user.id);
      } else {
        await manager.upsert(
          OrganisationMembershipEntity,
          { userId: user.id, organisationId: invitation.organisationId ?? undefined, role: invitation.role ?? 'member' },
          ['userId', 'organisationId'],
        );
      }
      await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: this.clock.now() });
      await this.audit.record(
        manager,
        { userId: user.id, requestId: client.requestId },
        {
          entity: 'invitation',
          entityId: invitation.id,
          action: 'accept',
          organisationId: invitation.organisationId,
          after: { userId: user.id, role: invitation.role, staffResourceId: invitation.staffResourceId },
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
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now', { now: this.clock.now() });
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
    const now = this.clock.now();
    await manager.insert(UserSessionEntity, {
      tokenHash: hash,
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
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
    const user = await this.users.findBySession(hash, now, manager);
    // Deactivated between the password check and now (a concurrent request): refused, not a 500.
    if (!user) throw new DomainError('INVALID_CREDENTIALS', 'The e-mail or the password is not right.');
    return { sessionToken: token, me: toMeResponse(user) };
  }
}
