import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';

/**
 * Linking an account to a pooled employee happens only when that person accepts an invitation
 * (auth's accept flow calls this in its transaction): a coordinator alone cannot make anyone an
 * employee. A newer link replaces the resource's previous account.
 */
export async function linkStaffAccount(manager: EntityManager, resourceId: string, userId: string): Promise<void> {
  const [user]: Array<{ staff_resource_id: string | null }> = await manager.query(
    'SELECT staff_resource_id FROM app_user WHERE id = $1 FOR UPDATE',
    [userId],
  );
  if (user?.staff_resource_id && user.staff_resource_id !== resourceId) {
    throw new DomainError('CONFLICT', 'This account is already the account of another pooled employee.', { userId });
  }
  await manager.query('UPDATE app_user SET staff_resource_id = NULL WHERE staff_resource_id = $1 AND id <> $2', [
    resourceId,
    userId,
  ]);
  await manager.query('UPDATE staff_member SET user_id = $2 WHERE resource_id = $1', [resourceId, userId]);
  await manager.query('UPDATE app_user SET staff_resource_id = $1 WHERE id = $2', [resourceId, userId]);
}

/** What a staff invitation shows before it is accepted: the employee's record and their network. */
export async function staffInvitationTarget(
  manager: EntityManager,
  resourceId: string,
): Promise<{ staffName: string; networkName: string; networkId: string }> {
  const [row] = await manager.query(
    `SELECT r.name AS staff_name, n.name AS network_name, n.id AS network_id
       FROM resource r JOIN network n ON n.id = r.network_id WHERE r.id = $1`,
    [resourceId],
  );
  return { staffName: row.staff_name, networkName: row.network_name, networkId: row.network_id };
}
