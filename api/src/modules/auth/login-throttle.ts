import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../errors/domain-error';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50;

/**
 * Counts failed logins in PostgreSQL, so the limit holds across API instances. Failures age out
 * after the window: an account is slowed down, never locked forever.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT
         count(*) FILTER (WHERE email = $1) AS by_account,
         min(at) FILTER (WHERE email = $1) AS first_by_account,
         count(*) FILTER (WHERE ip = $2) AS by_ip,
         min(at) FILTER (WHERE ip = $2) AS first_by_ip
       FROM (SELECT email, ip, at FROM login_attempt
              WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)
              ORDER BY at DESC LIMIT $4) recent`,
      [email, ip, THROTTLE_WINDOW_MINUTES, MAX_FAILURES_PER_IP + MAX_FAILURES_PER_ACCOUNT],
    );
    const byAccount = Number(row.by_account);
    const byIp = Number(row.by_ip);
    if (byAccount < MAX_FAILURES_PER_ACCOUNT && byIp < MAX_FAILURES_PER_IP) return;
    const oldest = new Date(byAccount >= MAX_FAILURES_PER_ACCOUNT ? row.first_by_account : row.first_by_ip);
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000 - Date.now()) / 1000));
    throw new DomainError('RATE_LIMITED', 'Too many failed sign-in attempts. Try again later.', { retryAfterSeconds });
  }

  async record(email: string, ip: string | null, succeeded: boolean): Promise<void> {
    await this.dataSource.query('INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)', [email, ip, succeeded]);
    if (succeeded) {
      // A successful sign-in forgives that account's earlier failures.
      await this.dataSource.query('DELETE FROM login_attempt WHERE email = $1 AND NOT succeeded', [email]);
    }
  }
}
