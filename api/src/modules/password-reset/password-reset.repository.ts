import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Password reset requests and their single-use tokens (only the hash is stored). */
@Injectable()
export class PasswordResetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async recentRequests(email: string, ip: string | null, sinceMs: number): Promise<{ byEmail: number; byIp: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE lower(email) = lower($1))::int AS "byEmail", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
         FROM password_reset WHERE requested_at > $3 AND (lower(email) = lower($1) OR ip = $2)`,
      [email, ip, new Date(sinceMs)],
    );
    return row;
  }

  async activeUserId(manager: EntityManager, email: string): Promise<string | null> {
    const [row] = await manager.query('SELECT id FROM app_user WHERE email = $1 AND active', [email]);
    return row?.id ?? null;
  }

  async insert(
    manager: EntityManager,
    request: {
      email: string;
      ip: string | null;
      userId: string | null;
      tokenHash: Buffer | null;
      nowMs: number;
      expiresMs: number | null;
    },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO password_reset (email, ip, user_id, token_hash, requested_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        request.email,
        request.ip,
        request.userId,
        request.tokenHash,
        new Date(request.nowMs),
        request.expiresMs === null ? null : new Date(request.expiresMs),
      ],
    );
    return row.id;
  }

  /** The reset a token stands for, locked, if still unused and unexpired. */
  async claim(manager: EntityManager, tokenHash: Buffer, nowMs: number): Promise<{ id: string; userId: string } | null> {
    const [row] = await manager.query(
      `SELECT r.id, r.user_id AS "userId" FROM password_reset r JOIN app_user u ON u.id = r.user_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.active FOR UPDATE OF r`,
      [tokenHash, new Date(nowMs)],
    );
    return row ?? null;
  }

  /** Whose password this is: the policy refuses one that contains their e-mail or name. */
  async owner(manager: EntityManager, userId: string): Promise<{ email: string; name: string | null }> {
    const [row] = await manager.query('SELECT email, name FROM app_user WHERE id = $1', [userId]);
    return { email: row.email, name: row.name };
  }

  /** The new password; this link and every other pending one are spent. */
  async resetPassword(manager: EntityManager, userId: string, passwordHash: string, nowMs: number): Promise<void> {
    await manager.query('UPDATE app_user SET password_hash = $2, must_change_password = false WHERE id = $1', [
      userId,
      passwordHash,
    ]);
    await manager.query('UPDATE password_reset SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL', [
      userId,
      new Date(nowMs),
    ]);
  }
}
