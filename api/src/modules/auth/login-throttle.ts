import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { LoginAttemptRepository } from './login-attempt.repository';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Wrong passwords one address may try on one account per window. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
/** Wrong passwords one address may try on all accounts per window (spraying one password over many e-mails). */
export const MAX_FAILURES_PER_ADDRESS = 50;
/** Beyond this many failures on one account from all addresses, each attempt waits a little longer. */
export const ACCOUNT_SLOWDOWN_AFTER = 10;
const SLOWDOWN_STEP_MS = 250;
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
    private readonly attempts: LoginAttemptRepository,
    private readonly clock: Clock,
  ) {}

  /** Reserves one password evaluation for this account and address, or throws RATE_LIMITED with Retry-After. */
  async begin(email: string, ip: string | null): Promise<ThrottledAttempt> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const attempt = await this.attempts.transaction(async (manager) => {
      await this.attempts.lockAddress(manager, ip);
      const failures = await this.attempts.recentFailures(manager, email, ip, since, now);
      if (failures.byPair >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) this.refuse(failures.firstByPair, now);
      if (failures.byAddress >= MAX_FAILURES_PER_ADDRESS) this.refuse(failures.firstByAddress, now);
      const id = await this.attempts.insertFailure(manager, email, ip, now);
      return { id, email, ip };
    });
    await this.slowDownIfAttacked(attempt, since, now);
    return attempt;
  }

  /** A success forgives this address's failures on the account (not other addresses': an attack may go on). */
  async settle(attempt: ThrottledAttempt, succeeded: boolean): Promise<void> {
    if (!succeeded) return;
    await this.attempts.settleSuccess(attempt.id, attempt.email, attempt.ip);
  }

  private refuse(oldest: Date | string | null, now: Date): never {
    const retryAt = new Date(oldest ?? now).getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
    throw new DomainError('RATE_LIMITED', 'Too many failed attempts from this address. Try again later.', { retryAfterSeconds });
  }

  /** Many addresses guessing one account each wait longer; the owner still gets in, a little later. */
  private async slowDownIfAttacked(attempt: ThrottledAttempt, since: Date, now: Date): Promise<void> {
    const failures = await this.attempts.accountFailures(attempt.email, since, now, attempt.id);
    const excess = failures - ACCOUNT_SLOWDOWN_AFTER + 1;
    if (excess > 0) await sleep(Math.min(excess * SLOWDOWN_STEP_MS, MAX_SLOWDOWN_MS));
  }
}
