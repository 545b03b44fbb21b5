import type { EntityManager } from 'typeorm';

/**
 * After a password change or reset, whoever knew the old password may hold a session or an API token:
 * they all end, except the session making the change (if any).
 */
export async function endCredentialsAfterPasswordChange(
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
