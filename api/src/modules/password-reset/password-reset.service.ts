import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { AuditTrail } from '../audit/audit-trail';
import { CredentialRepository } from '../credentials/credential.repository';
import { PasswordHasher } from '../credentials/password-hasher';
import { generateSecretToken, hashSecretToken } from '../credentials/secret-token';
import { AccountNotices } from '../notifications/account-notices';
import { PasswordResetRepository } from './password-reset.repository';

const LINK_LIFETIME_MS = 60 * 60_000;
const WINDOW_MS = 60 * 60_000;
/** Per address and per hour: enough for a lost e-mail, too few to flood a mailbox. */
export const MAX_REQUESTS_PER_EMAIL = 3;
export const MAX_REQUESTS_PER_IP = 20;

/**
 * Password reset by e-mail. The request always answers the same (202), whether or not the address has an
 * account, and silently sends nothing beyond the hourly limits; the link is single-use and lasts one hour.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    private readonly resets: PasswordResetRepository,
    private readonly hasher: PasswordHasher,
    private readonly credentials: CredentialRepository,
    private readonly notices: AccountNotices,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async request(email: string, ip: string | null): Promise<void> {
    const nowMs = this.clock.nowMs();
    const recent = await this.resets.recentRequests(email, ip, nowMs - WINDOW_MS);
    if (recent.byEmail >= MAX_REQUESTS_PER_EMAIL || recent.byIp >= MAX_REQUESTS_PER_IP) {
      this.logger.warn({ ip }, 'Password reset throttled');
      return;
    }
    await this.resets.transaction(async (manager) => {
      const userId = await this.resets.activeUserId(manager, email);
      const secret = userId ? generateSecretToken('pwr') : null;
      const id = await this.resets.insert(manager, {
        email,
        ip,
        userId,
        tokenHash: secret?.hash ?? null,
        nowMs,
        expiresMs: secret ? nowMs + LINK_LIFETIME_MS : null,
      });
      if (!userId || !secret) return;
      await this.notices.passwordReset(manager, { id, userId, token: secret.token });
      await this.audit.record(
        manager,
        { userId: null, requestId: null },
        { entity: 'user', entityId: userId, action: 'request-password-reset' },
      );
    });
  }

  async confirm(token: string, password: string): Promise<void> {
    const nowMs = this.clock.nowMs();
    await this.resets.transaction(async (manager) => {
      const reset = await this.resets.claim(manager, hashSecretToken(token), nowMs);
      if (!reset) throw new DomainError('RESET_LINK_INVALID', 'This reset link is invalid, expired or already used.');
      // The policy knows the owner (no e-mail or name in the password); a refusal rolls back: the link stays usable.
      const passwordHash = await this.hasher.hash(password, await this.resets.owner(manager, reset.userId));
      await this.resets.resetPassword(manager, reset.userId, passwordHash, nowMs);
      // Every session and API token dies with the old password.
      await this.credentials.endAfterPasswordChange(manager, reset.userId, new Date(nowMs));
      await this.audit.record(
        manager,
        { userId: reset.userId, requestId: null },
        {
          entity: 'user',
          entityId: reset.userId,
          action: 'reset-password',
        },
      );
      await this.notices.passwordChanged(manager, reset.userId);
    });
  }
}
