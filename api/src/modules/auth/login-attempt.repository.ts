import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

// `IS NOT DISTINCT FROM` would not use the (ip, at) index; an unknown address (a closed socket) is rare.
const SAME_ADDRESS = '(ip = $2::inet OR ($2::inet IS NULL AND ip IS NULL))';

export interface RecentFailures {
  byPair: number;
  firstByPair: Date | string | null;
  byAddress: number;
  firstByAddress: Date | string | null;
}

/** Every query on login attempts (the throttle's memory). */
@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises the attempts of one address until the end of the transaction. */
  async lockAddress(manager: EntityManager, ip: string | null): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`login-throttle:${ip ?? '-'}`]);
  }

  async recentFailures(
    manager: EntityManager,
    email: string,
    ip: string | null,
    since: Date,
    now: Date,
  ): Promise<RecentFailures> {
    const [row] = await manager.query(
      `SELECT count(*) FILTER (WHERE email = $1) AS by_pair,
              min(at) FILTER (WHERE email = $1) AS first_by_pair,
              count(*) AS by_address,
              min(at) AS first_by_address
         FROM login_attempt
        WHERE NOT succeeded AND ${SAME_ADDRESS} AND at > $3 AND at <= $4`,
      [email, ip, since, now],
    );
    return {
      byPair: Number(row.by_pair),
      firstByPair: row.first_by_pair,
      byAddress: Number(row.by_address),
      firstByAddress: row.first_by_address,
    };
  }

  /** Records an attempt as a failure until settled; returns its id. */
  async insertFailure(manager: EntityManager, email: string, ip: string | null, at: Date): Promise<string> {
    const [inserted] = await manager.query(
      'INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, $2, false, $3) RETURNING id',
      [email, ip, at],
    );
    return String(inserted.id);
  }

  /** The attempt succeeded: this address's failures on the account are forgiven. */
  async settleSuccess(id: string, email: string, ip: string | null): Promise<void> {
    await this.dataSource.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [id]);
    await this.dataSource.query(`DELETE FROM login_attempt WHERE email = $1 AND ${SAME_ADDRESS} AND NOT succeeded`, [email, ip]);
  }

  /** Failures on the account from every address in the window, this attempt excepted. */
  async accountFailures(email: string, since: Date, now: Date, exceptId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      'SELECT count(*) AS failures FROM login_attempt WHERE email = $1 AND NOT succeeded AND at > $2 AND at <= $3 AND id <> $4',
      [email, since, now, exceptId],
    );
    return Number(row.failures);
  }
}
