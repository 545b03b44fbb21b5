import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Sessions and API tokens, as far as ending them goes. */
@Injectable()
export class CredentialRepository {
  /**
   * After a password change or reset, whoever knew the old password may hold a session or an API token:
   * they all end, except the session making the change (if any).
   */
  async endAfterPasswordChange(
    manager: EntityManager,
    userId: string,
    now: Date,
    keepSessionHash: Buffer | null = null,
  ): Promise<void> {
    await manager.query('DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2', [
      userId,
      keepSessionHash ?? Buffer.alloc(0),
    ]);
    await manager.query('UPDATE api_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, now]);
  }

  /** A deactivated account: every session and API token ends at once. */
  async endAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
    await manager.query('UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }
}
