import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Pool, PoolClient } from 'pg';
import { generateSecretToken } from '../../api/src/modules/credentials/secret-token';
import { SESSION_COOKIE } from '../../api/src/modules/auth/session-cookie';

export const STAFF_ZONE = 'America/Toronto';
/** One-hour bookings every working day; 11:30 and 15:30 stay free. */
const BOOKED_SLOTS = ['08:30', '09:30', '10:30', '12:30', '13:30', '14:30'];

export interface StaffDataset {
  resourceId: string;
  /** The three organisations with an agreement; the first one requests in the benchmarks. */
  organisationIds: string[];
  /** A member (admin) of the first organisation. */
  cookie: string;
  /** Local date of the Monday the year of data starts on (26 weeks ago). */
  firstDay: string;
  occurrences: number;
  timesheetEntries: number;
}

/**
 * One pooled accountant as the issue describes her: Monday–Friday 08:30–16:30, at most 7 h a day and
 * 35 h a week, agreements with three organisations (60 h, 50 h, 50 h a month), some leave, and a year
 * of confirmed one-hour bookings (26 weeks back, 26 ahead, six a day, none on leave) with confirmed or
 * locked timesheets for the past. Generated inside PostgreSQL, like the bookings dataset.
 */
export async function generateStaffDataset(
  pool: Pool,
  /** An existing network and three of its organisations (the first one requests); a new network otherwise. */
  into?: { networkId: string; orgs: string[] },
  analyze = true,
): Promise<StaffDataset> {
  const monday = DateTime.now().setZone(STAFF_ZONE).startOf('week');
  const firstDay = monday.minus({ weeks: 26 }).toISODate() as string;
  const localDay = (weeks: number, weekday: number) =>
    monday.plus({ weeks, days: weekday - 1 }).toISO({ suppressMilliseconds: true }) as string;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { networkId, orgs } = into ?? (await newNetwork(client));
    const [{ id: resourceId }] = (
      await client.query(
        `INSERT INTO resource (network_id, type, name, time_zone, carrier_organisation_id, hourly_rate_cents, approval_required,
                               min_duration_minutes, granularity_minutes, min_lead_minutes, max_advance_days)
         VALUES ($1, 'staff', 'Comptable partagée', $2, $3, 4800, true, 15, 15, 0, 730) RETURNING id`,
        [networkId, STAFF_ZONE, orgs[0]],
      )
    ).rows;
    // Holidays are worked here so that the benchmarked request never lands on one by the calendar's chance.
    await client.query(
      `INSERT INTO staff_member (resource_id, job_title, max_minutes_per_day, max_minutes_per_week, holidays_off)
       VALUES ($1, 'Comptable', 420, 2100, false)`,
      [resourceId],
    );
    await client.query(
      `INSERT INTO staff_working_hours (resource_id, week, weekday, starts, ends)
       SELECT $1, 'every', d, '08:30', '16:30' FROM generate_series(1, 5) d`,
      [resourceId],
    );
    await client.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, starts_on, over_quota)
       SELECT o, $1, m, 'month', $3::date - 365, q FROM unnest($2::uuid[], ARRAY[3600, 3000, 3000], ARRAY['refuse', 'warn', 'warn']) AS t(o, m, q)`,
      [resourceId, orgs, firstDay],
    );
    // A week of vacation and a sick day in the past, a training Friday in two weeks (inside the searched month).
    await client.query(
      `INSERT INTO staff_leave (resource_id, kind, period)
       SELECT $1, k, tstzrange(s::timestamptz, e::timestamptz) FROM unnest($2::text[], $3::text[], $4::text[]) AS t(k, s, e)`,
      [
        resourceId,
        ['vacation', 'sick', 'training'],
        [localDay(-10, 1), localDay(-4, 2), localDay(2, 5)],
        [localDay(-10, 6), localDay(-4, 3), localDay(2, 6)],
      ],
    );
    // Series k on weekday d: slot k of the day, organisation k % 3 (two hours a day each).
    await client.query(
      `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes, rrule)
       SELECT $1, ($2::uuid[])[1 + (s.k - 1) % 3], 'Mandat ' || s.k, ($3::date + (d - 1)) + s.t, $4, 60, 'FREQ=WEEKLY;COUNT=52'
         FROM generate_series(1, 5) d, unnest($5::time[]) WITH ORDINALITY AS s(t, k)`,
      [resourceId, orgs, firstDay, STAFF_ZONE, BOOKED_SLOTS],
    );
    const occurrences = await client.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT s.id, s.resource_id, s.organisation_id, t.s, t.s + interval '1 hour', tstzrange(t.s, t.s + interval '1 hour'), 'confirmed'
         FROM booking_series s
         CROSS JOIN LATERAL (SELECT (s.start_local + make_interval(weeks => w)) AT TIME ZONE $2 AS s FROM generate_series(0, 51) w) t
        WHERE s.resource_id = $1
          AND NOT EXISTS (SELECT 1 FROM staff_leave l WHERE l.resource_id = $1 AND l.period && tstzrange(t.s, t.s + interval '1 hour'))`,
      [resourceId, STAFF_ZONE],
    );
    // What was worked: the planned hours, a quarter of an hour less every third day; locked after a month.
    const timesheets = await client.query(
      `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, status)
       SELECT $1, organisation_id, day, sum(60)::int - CASE WHEN extract(doy FROM day)::int % 3 = 0 THEN 15 ELSE 0 END,
              CASE WHEN day < current_date - 30 THEN 'locked' ELSE 'confirmed' END
         FROM (SELECT organisation_id, (starts_at AT TIME ZONE $2)::date AS day FROM booking_occurrence
                WHERE resource_id = $1 AND starts_at < now() - interval '1 day') o
        GROUP BY organisation_id, day`,
      [resourceId, STAFF_ZONE],
    );
    const email = `bench-staff-${randomBytes(4).toString('hex')}@example.test`;
    const [{ id: userId }] = (
      await client.query(`INSERT INTO app_user (email, name) VALUES ($1, 'Bench requester') RETURNING id`, [email])
    ).rows;
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
      resourceId,
      organisationIds: orgs,
      cookie: `${SESSION_COOKIE}=${token}`,
      firstDay,
      occurrences: occurrences.rowCount ?? 0,
      timesheetEntries: timesheets.rowCount ?? 0,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function newNetwork(client: PoolClient): Promise<{ networkId: string; orgs: string[] }> {
  const [{ id: networkId }] = (await client.query(`INSERT INTO network (name) VALUES ('Bench staff network') RETURNING id`)).rows;
  const orgs = (
    await client.query(
      `INSERT INTO organisation (name) SELECT 'Organisation ' || g FROM generate_series(1, 3) g ORDER BY g RETURNING id`,
    )
  ).rows.map((r) => r.id as string);
  await client.query('INSERT INTO network_membership (network_id, organisation_id) SELECT $1, unnest($2::uuid[])', [
    networkId,
    orgs,
  ]);
  return { networkId, orgs };
}
