import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import { ARGON2_OPTIONS } from '../src/modules/credentials/password-hasher';
import type { OrganisationRole } from '@mutualis/contracts';
import { generateSecretToken } from '../src/modules/credentials/secret-token';
import { SESSION_COOKIE } from '../src/modules/auth/session-cookie';
import { linkStaffAccount } from '../src/modules/staff/staff-account.repository';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

/**
 * Builds exactly the data a test needs, in its own database: `f.network()`, `f.organisation(n)`,
 * `f.user({ memberOf: [[org, 'admin']] })`. No shared seed.
 */
export class Factory {
  private sequence = 0;

  constructor(private readonly dataSource: DataSource) {}

  private unique(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}-${randomBytes(3).toString('hex')}`;
  }

  async network(name = this.unique('Network')): Promise<{ id: string; name: string }> {
    const [row] = await this.dataSource.query('INSERT INTO network (name) VALUES ($1) RETURNING id', [name]);
    return { id: row.id, name };
  }

  /** An organisation, member of the network since `joinedOn` (long before any test's dates unless given). */
  async organisation(
    networkId: string,
    name = this.unique('Organisation'),
    options: { joinedOn?: string; leftOn?: string } = {},
  ): Promise<{ id: string; name: string }> {
    const [row] = await this.dataSource.query('INSERT INTO organisation (name) VALUES ($1) RETURNING id', [name]);
    await this.dataSource.query(
      'INSERT INTO network_membership_period (network_id, organisation_id, joined_on, left_on) VALUES ($1, $2, $3, $4)',
      [networkId, row.id, options.joinedOn ?? '2000-01-01', options.leftOn ?? null],
    );
    return { id: row.id, name };
  }

  /** A user; with `password: null` no hash is computed (fast), for users that never sign in by password. */
  async user(
    options: {
      email?: string;
      name?: string;
      password?: string | null;
      memberOf?: Array<[string, OrganisationRole]>;
      coordinatorOf?: string[];
      active?: boolean;
    } = {},
  ): Promise<TestUser> {
    const email = options.email ?? `${this.unique('user')}@example.test`;
    const name = options.name ?? `User ${email.split('@')[0]}`;
    const password = options.password === undefined ? 'correct horse battery' : options.password;
    const hash = password === null ? null : await argon2.hash(password, ARGON2_OPTIONS);
    const [row] = await this.dataSource.query(
      'INSERT INTO app_user (email, name, password_hash, active) VALUES ($1, $2, $3, $4) RETURNING id',
      [email, name, hash, options.active ?? true],
    );
    for (const [organisationId, role] of options.memberOf ?? []) {
      await this.dataSource.query('INSERT INTO organisation_membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
        row.id,
        organisationId,
        role,
      ]);
    }
    for (const networkId of options.coordinatorOf ?? []) {
      await this.dataSource.query('INSERT INTO network_coordinator (user_id, network_id) VALUES ($1, $2)', [row.id, networkId]);
    }
    return { id: row.id, email, password: password ?? '', name };
  }

  /**
   * A session opened directly in the database; returns the Cookie header value. It never expires, so
   * that it holds whatever the test clock and the machine's date (expiry is tested through sign-in).
   */
  async sessionCookie(userId: string): Promise<string> {
    const { token, hash } = generateSecretToken('ms');
    await this.dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, 'infinity')`, [
      hash,
      userId,
    ]);
    return `${SESSION_COOKIE}=${token}`;
  }

  async apiToken(userId: string): Promise<{ id: string; token: string }> {
    const { token, hash } = generateSecretToken('mut');
    const [row] = await this.dataSource.query(
      'INSERT INTO api_token (user_id, name, prefix, token_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [userId, this.unique('token'), token.slice(0, 10), hash],
    );
    return { id: row.id, token };
  }

  /** A site open every day 00:00–24:00 unless hours are given (ISO weekday, 'HH:mm'). */
  async site(
    networkId: string,
    options: { timeZone?: string; hours?: Array<[number, string, string]> } = {},
  ): Promise<{ id: string }> {
    const [row] = await this.dataSource.query('INSERT INTO site (network_id, name, time_zone) VALUES ($1, $2, $3) RETURNING id', [
      networkId,
      this.unique('Site'),
      options.timeZone ?? 'America/Toronto',
    ]);
    for (const [weekday, opens, closes] of options.hours ?? []) {
      await this.dataSource.query('INSERT INTO site_opening_hours (site_id, weekday, opens, closes) VALUES ($1, $2, $3, $4)', [
        row.id,
        weekday,
        opens,
        closes,
      ]);
    }
    return { id: row.id };
  }

  /** A room; `rules` uses the resource table's column names (e.g. { approval_required: true, buffer_after_minutes: 15 }). */
  async space(networkId: string, siteId: string, rules: Record<string, unknown> = {}): Promise<{ id: string }> {
    const columns = Object.keys(rules);
    const [row] = await this.dataSource.query(
      `INSERT INTO resource (network_id, type, name, min_lead_minutes${columns.map((c) => `, ${c}`).join('')})
       VALUES ($1, 'space', $2, 0${columns.map((_, i) => `, $${i + 3}`).join('')}) RETURNING id`,
      [networkId, this.unique('Room'), ...Object.values(rules)],
    );
    await this.dataSource.query('INSERT INTO space (resource_id, site_id, capacity) VALUES ($1, $2, 10)', [row.id, siteId]);
    return { id: row.id };
  }

  /**
   * A pooled employee (a staff resource), linked to `userId`'s account as if they had accepted the
   * invitation; working hours Monday–Friday 08:00–17:00 unless given.
   */
  async staffMember(
    networkId: string,
    options: { userId?: string; name?: string; timeZone?: string; hours?: Array<[number, string, string]> } = {},
  ): Promise<{ id: string }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO resource (network_id, type, name, time_zone, approval_required, min_duration_minutes, granularity_minutes,
                             min_lead_minutes, max_advance_days)
       VALUES ($1, 'staff', $2, $3, true, 15, 15, 0, 365) RETURNING id`,
      [networkId, options.name ?? this.unique('Employee'), options.timeZone ?? 'America/Toronto'],
    );
    await this.dataSource.query('INSERT INTO staff_member (resource_id, user_id) VALUES ($1, $2)', [
      row.id,
      options.userId ?? null,
    ]);
    if (options.userId) {
      await this.dataSource.query('UPDATE app_user SET staff_resource_id = $1 WHERE id = $2', [row.id, options.userId]);
    }
    const hours = options.hours ?? [1, 2, 3, 4, 5].map((weekday): [number, string, string] => [weekday, '08:00', '17:00']);
    for (const [weekday, starts, ends] of hours) {
      await this.dataSource.query(
        `INSERT INTO staff_working_hours (resource_id, week, weekday, starts, ends) VALUES ($1, 'every', $2, $3, $4)`,
        [row.id, weekday, starts, ends],
      );
    }
    return { id: row.id };
  }

  /** What accepting a staff invitation does: `userId`'s account becomes the pooled employee's. */
  async acceptStaffInvitation(resourceId: string, userId: string): Promise<void> {
    await this.dataSource.transaction((manager) => linkStaffAccount(manager, resourceId, userId));
  }

  /** `userId` joins the organisation with `role` (an existing account; `user({ memberOf })` does it at creation). */
  async membership(organisationId: string, userId: string, role: OrganisationRole = 'member'): Promise<void> {
    await this.dataSource.query('INSERT INTO organisation_membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
      userId,
      organisationId,
      role,
    ]);
  }

  /**
   * A one-off booking of `minutes` from `startsAt` (an instant), written straight to the tables as a
   * confirmed booking unless `status` says otherwise: no rule is checked, but the database's
   * constraints and triggers (overlap, closed periods, monthly usage) still apply.
   */
  async booking(
    resourceId: string,
    organisationId: string,
    startsAt: string | Date,
    minutes: number,
    options: { status?: 'pending' | 'confirmed' | 'cancelled' | 'declined'; title?: string; timeZone?: string } = {},
  ): Promise<{ seriesId: string; occurrenceId: string }> {
    const start = new Date(startsAt);
    const end = new Date(start.getTime() + minutes * 60_000);
    const timeZone = options.timeZone ?? 'America/Toronto';
    const [series] = await this.dataSource.query(
      `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes)
       VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE $5), $5, $6) RETURNING id`,
      [resourceId, organisationId, options.title ?? 'Réunion', start, timeZone, minutes],
    );
    const [occurrence] = await this.dataSource.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       VALUES ($1, $2, $3, $4, $5, tstzrange($4, $5), $6) RETURNING id`,
      [series.id, resourceId, organisationId, start, end, options.status ?? 'confirmed'],
    );
    return { seriesId: series.id, occurrenceId: occurrence.id };
  }

  /** An agreement of the organisation on a pooled employee, from `startsOn` (a date) until `endsOn` or open-ended. */
  async agreement(
    organisationId: string,
    resourceId: string,
    options: { startsOn: string; endsOn?: string; minutesPerPeriod?: number; periodUnit?: 'week' | 'month' | 'year' },
  ): Promise<{ id: string }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, starts_on, ends_on)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        organisationId,
        resourceId,
        options.minutesPerPeriod ?? null,
        options.periodUnit ?? 'month',
        options.startsOn,
        options.endsOn ?? null,
      ],
    );
    return { id: row.id };
  }

  /** Leave of a pooled employee between two instants. */
  async leave(
    resourceId: string,
    start: string | Date,
    end: string | Date,
    kind: 'vacation' | 'sick' | 'training' | 'other' = 'vacation',
  ): Promise<{ id: string }> {
    const [row] = await this.dataSource.query(
      'INSERT INTO staff_leave (resource_id, kind, period) VALUES ($1, $2, tstzrange($3, $4)) RETURNING id',
      [resourceId, kind, new Date(start), new Date(end)],
    );
    return { id: row.id };
  }

  /** A closure of a site or of one resource between two instants. */
  async blackout(
    closes: { siteId: string } | { resourceId: string },
    start: string | Date,
    end: string | Date,
    reason = 'Fermé',
  ): Promise<{ id: string }> {
    const [row] = await this.dataSource.query(
      'INSERT INTO blackout (site_id, resource_id, period, reason) VALUES ($1, $2, tstzrange($3, $4), $5) RETURNING id',
      [
        'siteId' in closes ? closes.siteId : null,
        'resourceId' in closes ? closes.resourceId : null,
        new Date(start),
        new Date(end),
        reason,
      ],
    );
    return { id: row.id };
  }

  /**
   * A cost pool (equal split unless `allocationKey` is given) over `resourceIds`, with an amount per
   * window `[from, to)` of dates.
   */
  async costPool(
    networkId: string,
    options: {
      name?: string;
      allocationKey?: object;
      resourceIds?: string[];
      amounts?: Array<{ from: string; to: string; cents: number }>;
    } = {},
  ): Promise<{ id: string }> {
    const [pool] = await this.dataSource.query(
      'INSERT INTO cost_pool (network_id, name, allocation_key) VALUES ($1, $2, $3) RETURNING id',
      [networkId, options.name ?? this.unique('Pool'), JSON.stringify(options.allocationKey ?? { kind: 'equal_split' })],
    );
    for (const resourceId of options.resourceIds ?? []) {
      await this.dataSource.query('INSERT INTO cost_pool_resource (pool_id, resource_id) VALUES ($1, $2)', [pool.id, resourceId]);
    }
    for (const amount of options.amounts ?? []) {
      await this.dataSource.query(
        'INSERT INTO cost_pool_amount (pool_id, period, amount_cents) VALUES ($1, daterange($2::date, $3::date), $4)',
        [pool.id, amount.from, amount.to, amount.cents],
      );
    }
    return { id: pool.id };
  }

  /** A closed accounting period `[from, to)` of dates, with an empty snapshot (what closing writes is tested through the API). */
  async closedPeriod(networkId: string, from: string, to: string): Promise<{ id: string }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO accounting_period (network_id, period, snapshot) VALUES ($1, daterange($2::date, $3::date), '{}') RETURNING id`,
      [networkId, from, to],
    );
    return { id: row.id };
  }

  async invitation(
    organisationId: string,
    email = `${this.unique('invitee')}@example.test`,
  ): Promise<{ id: string; token: string }> {
    const { token, hash } = generateSecretToken('inv');
    const [row] = await this.dataSource.query(
      `INSERT INTO invitation (organisation_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'member', $3, now() + interval '7 days') RETURNING id`,
      [organisationId, email, hash],
    );
    return { id: row.id, token };
  }
}
