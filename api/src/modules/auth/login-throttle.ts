import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Wrong passwords one address may try on one account per window. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
/** Wrong passwords one address may try on all accounts per window (spraying one password over many e-mails). */
export const MAX_FAILURES_PER_ADDRESS = 50;
/** Beyond this many failures on one account from all addresses, each attempt waits a little longer. */
export const ACCOUNT_SLOWDOWN_AFTER = 10;
const SLOWDOWN_STEP_MS = 250;
// `IS NOT DISTINCT FROM` would not use the (ip, at) index; an unknown address (a closed socket) is rare.
const SAME_ADDRESS = '(ip = $2::inet OR ($2::inet IS NULL AND ip IS NULL))';
const MAX_SLOWDOWN_MS = 3_000;

/** A password evaluation that the throttle let through; it counts as a failure until settled as a success. */
export interface ThrottledAttempt {
  id: string;
  email: string;
  ip: string | null;
}

/**
 * Counts failed password checks in PostgreSQL, so the limits hold across API instances. Limits are
 * per (account, address) and per address: an attacker cannot lock the owner out from elsewhere. An
 * account attacked from many addresses is slowed down, never locked. Failures age out after the window.
 *
 * The check and the count are one step: an attempt is recorded *before* the password is evaluated,
 * under a per-address advisory lock, so parallel requests cannot all read "9 failures" and proceed.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Reserves one password evaluation for this account and address, or throws RATE_LIMITED with Retry-After. */
  async begin(email: string, ip: string | null): Promise<ThrottledAttempt> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const attempt = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`login-throttle:${ip ?? '-'}`]);
      const [row] = await manager.query(
        `SELECT count(*) FILTER (WHERE email = $1) AS by_pair,
                min(at) FILTER (WHERE email = $1) AS first_by_pair,
                count(*) AS by_address,
                min(at) AS first_by_address
           FROM login_attempt
          WHERE NOT succeeded AND ${SAME_ADDRESS} AND at > $3 AND at <= $4`,
        [email, ip, since, now],
      );
      if (Number(row.by_pair) >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) this.refuse(row.first_by_pair, now);
      if (Number(row.by_address) >= MAX_FAILURES_PER_ADDRESS) this.refuse(row.first_by_address, now);
      const [inserted] = await manager.query(
        'INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, $2, false, $3) RETURNING id',
        [email, ip, now],
      );
      return { id: String(inserted.id), email, ip };
    });
    await this.slowDownIfAttacked(attempt, since, now);
    return attempt;
  }

  /** A success forgives this address's failures on the account (not other addresses': an attack may go on). */
  async settle(attempt: ThrottledAttempt, succeeded: boolean): Promise<void> {
    if (!succeeded) return;
    await this.dataSource.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [attempt.id]);
    await this.dataSource.query(`DELETE FROM login_attempt WHERE email = $1 AND ${SAME_ADDRESS} AND NOT succeeded`, [
      attempt.email,
      attempt.ip,
    ]);
  }

  private refuse(oldest: Date | string, now: Date): never {
    const retryAt = new Date(oldest).getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
    throw new DomainError('RATE_LIMITED', 'Too many failed attempts from this address. Try again later.', { retryAfterSeconds });
  }

  /** Many addresses guessing one account each wait longer; the owner still gets in, a little later. */
  private async slowDownIfAttacked(attempt: ThrottledAttempt, since: Date, now: Date): Promise<void> {
    const [row] = await this.dataSource.query(
      'SELECT count(*) AS failures FROM login_attempt WHERE email = $1 AND NOT succeeded AND at > $2 AND at <= $3 AND id <> $4',
      [attempt.email, since, now, attempt.id],
    );
    const excess = Number(row.failures) - ACCOUNT_SLOWDOWN_AFTER + 1;
    if (excess > 0) await sleep(Math.min(excess * SLOWDOWN_STEP_MS, MAX_SLOWDOWN_MS));
  }
}
