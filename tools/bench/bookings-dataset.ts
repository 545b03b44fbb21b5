import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { generateSecretToken } from '../../api/src/modules/credentials/secret-token';
import { SESSION_COOKIE } from '../../api/src/modules/auth/session-cookie';

export interface DatasetOptions {
  organisations: number;
  spaces: number;
  weeks: number;
  /** Weekly series per space, on different weekdays and hours. */
  seriesPerSpace: number;
  /** Empty rooms reserved for the create benchmarks. */
  freeSpaces: number;
  /** `ANALYZE` the whole database afterwards (default); off when many networks are generated in a row. */
  analyze?: boolean;
}

export interface Dataset {
  networkId: string;
  organisationId: string;
  /** Rooms filled with weekly series over the whole period. */
  busySpaceIds: string[];
  freeSpaceIds: string[];
  cookie: string;
  occurrences: number;
  /** Every organisation of the network, the first one the user's. */
  organisationIds: string[];
}

/**
 * The `n`-th free slot of the dataset's empty rooms: each room in turn, one day further each time round,
 * from a week ahead; the caller picks the hour. Distinct `n` never meet at the same hour.
 */
export function freeSlot(data: Dataset, n: number): { room: string; day: string } {
  const rooms = data.freeSpaceIds;
  const day = new Date(Date.now() + (7 + Math.floor(n / rooms.length)) * 86_400_000).toISOString().slice(0, 10);
  return { room: rooms[n % rooms.length], day };
}

/**
 * Generates the dataset inside PostgreSQL (INSERT … SELECT over generate_series, as fast as COPY and
 * with no client round trips): a network, organisations, rooms and weekly series of one hour from
 * a year ago to a year ahead.
 */
export async function generateBookingsDataset(pool: Pool, options: DatasetOptions): Promise<Dataset> {
  const analyze = options.analyze ?? true;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [{ id: networkId }] = (await client.query(`INSERT INTO network (name) VALUES ('Bench network') RETURNING id`)).rows;
    const orgs = (
      await client.query(
        `INSERT INTO organisation (name) SELECT 'Organisation ' || g FROM generate_series(1, $1) g RETURNING id`,
        [options.organisations],
      )
    ).rows.map((r) => r.id as string);
    await client.query('INSERT INTO network_membership (network_id, organisation_id) SELECT $1, unnest($2::uuid[])', [
      networkId,
      orgs,
    ]);
    const [{ id: siteId }] = (
      await client.query(`INSERT INTO site (network_id, name) VALUES ($1, 'Bench site') RETURNING id`, [networkId])
    ).rows;
    const spaces = (
      await client.query(
        `INSERT INTO resource (network_id, type, name, min_lead_minutes, max_advance_days, granularity_minutes, hourly_rate_cents)
         SELECT $1, 'space', 'Room ' || g, 0, 1830, 15, 2000 FROM generate_series(1, $2) g RETURNING id`,
        [networkId, options.spaces + options.freeSpaces],
      )
    ).rows.map((r) => r.id as string);
    await client.query(
      'INSERT INTO space (resource_id, site_id, capacity, floor_area_m2) SELECT unnest($1::uuid[]), $2, 10, 20',
      [spaces, siteId],
    );
    const busy = spaces.slice(0, options.spaces);
    const free = spaces.slice(options.spaces);
    // Series k of a room: weekday k % 5, hour 8 + k (08:00, 09:00, …), organisation chosen round-robin.
    await client.query(
      `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes, rrule, materialised_until)
       SELECT r.id, ($2::uuid[])[1 + (r.ord * $3 + k) % array_length($2::uuid[], 1)], 'Series ' || k,
              date_trunc('week', now() - interval '1 year') + make_interval(days => k % 5, hours => 8 + k), 'America/Toronto', 60,
              'FREQ=WEEKLY', now() + interval '1 year'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS r(id, ord), generate_series(0, $3 - 1) k`,
      [busy, orgs, options.seriesPerSpace],
    );
    const inserted = await client.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT s.id, s.resource_id, s.organisation_id, t.s, t.s + interval '1 hour', tstzrange(t.s, t.s + interval '1 hour'), 'confirmed'
         FROM booking_series s
         JOIN resource r ON r.id = s.resource_id AND r.network_id = $1
         CROSS JOIN LATERAL (SELECT (s.start_local AT TIME ZONE 'America/Toronto') + make_interval(weeks => w) AS s
                               FROM generate_series(0, $2 - 1) w) t`,
      [networkId, options.weeks],
    );
    const email = `bench-${randomBytes(4).toString('hex')}@example.test`;
    const [{ id: userId }] = (await client.query(`INSERT INTO app_user (email, name) VALUES ($1, 'Bench') RETURNING id`, [email]))
      .rows;
    await client.query(`INSERT INTO organisation_membership (user_id, organisation_id, role) VALUES ($1, $2, 'admin')`, [
      userId,
      orgs[0],
    ]);
    const { token, hash } = generateSecretToken('ms');
    await client.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      hash,
      userId,
    ]);
    await client.query('COMMIT');
    if (analyze) await client.query('ANALYZE');
    return {
      networkId,
      organisationId: orgs[0],
      organisationIds: orgs,
      busySpaceIds: busy,
      freeSpaceIds: free,
      cookie: `${SESSION_COOKIE}=${token}`,
      occurrences: inserted.rowCount ?? 0,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
