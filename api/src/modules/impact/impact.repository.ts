import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StandAloneRateKind } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { earliestOverlappingStart } from '../../database/occurrence-window';
import { isWholeMonths, type DateWindow } from './impact-window';

export interface RoomRow {
  id: string;
  name: string;
  site_id: string;
  site_name: string;
  /** The site's zone, in which the room's figures are read. */
  time_zone: string;
  /** The resource's own zone, in which the database keeps its monthly and hourly usage. */
  resource_time_zone: string;
  floor_area_m2: number | null;
  /** The organisation that occupies the room all the time (a dedicated office or storage). */
  dedicated_organisation_id: string | null;
  opening_hours: Array<{ weekday: number; start: string; end: string }>;
  /** Closures of the room or its site overlapping the window, as [start, end) epoch milliseconds. */
  closures: Array<[number, number]>;
}

export interface StaffRow {
  id: string;
  name: string;
  job_title: string;
  time_zone: string;
  holidays_off: boolean;
  alternating_weeks_anchor: string | null;
  working_hours: Array<{ week: 'every' | 'A' | 'B'; weekday: number; start: string; end: string }>;
  leave: Array<[number, number]>;
}

export interface MinutesRow {
  resource_id: string;
  organisation_id: string;
  minutes: number;
  /** Distinct local months with use (rooms only). */
  months?: number;
}

/** A row of `bookedByMonthAndOrganisation`: per month (no organisation) or per organisation (no month). */
export interface BookedRow {
  resource_id: string;
  organisation_id: string | null;
  month: string | null;
  minutes: number;
  months: number | null;
}

export interface MonthRow {
  resource_id: string;
  month: string;
  minutes: number;
}

export interface AgreementRow {
  resource_id: string;
  organisation_id: string;
  minutes_per_period: number;
  period_unit: 'week' | 'month' | 'year';
  starts_on: string;
  ends_on: string | null;
}

export interface RateRow {
  resource_id: string;
  resource_name: string;
  resource_type: 'space' | 'staff' | 'equipment';
  floor_area_m2: number | null;
  kind: StandAloneRateKind | null;
  rate_cents: number | null;
  note: string | null;
}

export interface ReachRow {
  organisations_served: number;
  bookings: number;
  hour_requests: number;
  people: number;
  board_posts: number;
  board_conversations: number;
  board_matches: number;
  board_creations: number;
}

/** Every read of the impact report: aggregated by PostgreSQL, one row per room, month or organisation. */
@Injectable()
export class ImpactRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async networkName(networkId: string): Promise<string | null> {
    const rows = await this.dataSource.query('SELECT name FROM network WHERE id = $1', [networkId]);
    return rows[0]?.name ?? null;
  }

  async organisationNames(networkId: string): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT o.id, o.name FROM network_membership nm JOIN organisation o ON o.id = nm.organisation_id WHERE nm.network_id = $1`,
      [networkId],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  rooms(networkId: string, windowStart: Date, windowEnd: Date): Promise<RoomRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.name, si.id AS site_id, si.name AS site_name, si.time_zone, r.time_zone AS resource_time_zone, s.floor_area_m2::float AS floor_area_m2, s.dedicated_organisation_id,
              COALESCE((SELECT json_agg(json_build_object('weekday', h.weekday, 'start', to_char(h.opens, 'HH24:MI'),
                                        'end', CASE WHEN h.closes = '24:00' THEN '24:00' ELSE to_char(h.closes, 'HH24:MI') END))
                          FROM site_opening_hours h WHERE h.site_id = si.id), '[]') AS opening_hours,
              COALESCE((SELECT json_agg(json_build_array(extract(epoch FROM lower(b.period)) * 1000, extract(epoch FROM upper(b.period)) * 1000))
                          FROM blackout b WHERE (b.resource_id = r.id OR b.site_id = si.id) AND b.period && tstzrange($2, $3)), '[]')
                AS closures
         FROM resource r JOIN space s ON s.resource_id = r.id JOIN site si ON si.id = s.site_id
        WHERE r.network_id = $1 AND r.type = 'space'
        ORDER BY si.name, r.name, r.id`,
      [networkId, windowStart, windowEnd],
    );
  }

  staff(networkId: string, windowStart: Date, windowEnd: Date): Promise<StaffRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.name, sm.job_title, r.time_zone, sm.holidays_off, to_char(sm.alternating_weeks_anchor, 'YYYY-MM-DD') AS alternating_weeks_anchor,
              COALESCE((SELECT json_agg(json_build_object('week', h.week, 'weekday', h.weekday, 'start', to_char(h.starts, 'HH24:MI'),
                                        'end', to_char(h.ends, 'HH24:MI'))) FROM staff_working_hours h WHERE h.resource_id = r.id), '[]')
                AS working_hours,
              COALESCE((SELECT json_agg(json_build_array(extract(epoch FROM lower(l.period)) * 1000, extract(epoch FROM upper(l.period)) * 1000))
                          FROM staff_leave l WHERE l.resource_id = r.id AND l.period && tstzrange($2, $3)), '[]') AS leave
         FROM resource r JOIN staff_member sm ON sm.resource_id = r.id
        WHERE r.network_id = $1
        ORDER BY r.name, r.id`,
      [networkId, windowStart, windowEnd],
    );
  }

  /**
   * Confirmed minutes in the window ($4 is the resources' zone), each occurrence split between the
   * local months it covers and clipped to the window: per resource and month (`organisation_id`
   * null), and per resource and organisation with the number of months they fall in (`month` null);
   * optionally one organisation's only. A window of whole months reads `booking_month_usage`
   * (decision 0013), any other aggregates its occurrences: the same spans, the same rounding.
   */
  bookedByMonthAndOrganisation(
    ids: string[],
    /** The window when it is whole months of these resources' own zone (kept by the database), else null. */
    months: DateWindow | null,
    windowStart: Date,
    windowEnd: Date,
    zone: string,
    organisationId: string | null,
  ): Promise<BookedRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const byMonthAndOrganisation = `
       SELECT resource_id, NULL::uuid AS organisation_id, to_char(month, 'YYYY-MM-DD') AS month,
              round(sum(seconds) / 60)::int AS minutes, NULL::int AS months
         FROM monthly GROUP BY resource_id, month
       UNION ALL
       SELECT resource_id, organisation_id, NULL, sum(round(seconds / 60))::int, count(*)::int
         FROM monthly GROUP BY resource_id, organisation_id`;
    if (months) {
      return this.summed(
        `WITH monthly AS (
           SELECT resource_id, organisation_id, month, sum(seconds) AS seconds
             FROM booking_month_usage
            WHERE month >= $2::date AND month < $3::date AND resource_id = ANY($1::uuid[])
              AND ($4::uuid IS NULL OR organisation_id = $4)
            GROUP BY 1, 2, 3 HAVING sum(seconds) <> 0
         )${byMonthAndOrganisation}`,
        [ids, months.from, months.to, organisationId],
      );
    }
    return this.aggregate(
      windowStart,
      `WITH monthly AS (
         SELECT o.resource_id, o.organisation_id, m.month,
                sum(extract(epoch FROM least(o.ends_at, $3::timestamptz, m.month_end) - greatest(o.starts_at, $2::timestamptz, m.month_start))) AS seconds
           FROM booking_occurrence o
           CROSS JOIN LATERAL booking_months(greatest(o.starts_at, $2::timestamptz), least(o.ends_at, $3::timestamptz), $4) m
          WHERE o.resource_id = ANY($1::uuid[]) AND o.status = 'confirmed' AND o.starts_at < $3 AND o.ends_at > $2
            AND o.starts_at > $6::timestamptz
            AND ($5::uuid IS NULL OR o.organisation_id = $5)
          GROUP BY 1, 2, 3
       )${byMonthAndOrganisation}`,
      [ids, windowStart, windowEnd, zone, organisationId],
    );
  }

  /**
   * Confirmed minutes per local weekday (1–7) and hour of the zone, each occurrence spread over the
   * real minutes of the hours it covers (a night that falls back has two hours 1 h). A window of
   * whole months reads `booking_hour_usage`, any other aggregates its occurrences.
   */
  bookedByWeekdayHour(
    ids: string[],
    /** The window when it is whole months of these resources' own zone (kept by the database), else null. */
    months: DateWindow | null,
    windowStart: Date,
    windowEnd: Date,
    zone: string,
    organisationId: string | null,
  ): Promise<Array<{ weekday: number; hour: number; minutes: number }>> {
    if (ids.length === 0) return Promise.resolve([]);
    if (months) {
      return this.summed(
        `SELECT weekday::int, hour::int, round(sum(seconds) / 60)::int AS minutes
           FROM booking_hour_usage
          WHERE month >= $2::date AND month < $3::date AND resource_id = ANY($1::uuid[])
            AND ($4::uuid IS NULL OR organisation_id = $4)
          GROUP BY 1, 2 HAVING sum(seconds) <> 0`,
        [ids, months.from, months.to, organisationId],
      );
    }
    return this.aggregate(
      windowStart,
      `SELECT h.weekday::int, h.hour::int, round(sum(h.seconds) / 60)::int AS minutes
         FROM booking_occurrence o
         CROSS JOIN LATERAL booking_hours(greatest(o.starts_at, $2::timestamptz), least(o.ends_at, $3::timestamptz), $4) h
        WHERE o.resource_id = ANY($1::uuid[]) AND o.status = 'confirmed' AND o.starts_at < $3 AND o.ends_at > $2
          AND o.starts_at > $6::timestamptz
          AND ($5::uuid IS NULL OR o.organisation_id = $5)
        GROUP BY 1, 2`,
      [ids, windowStart, windowEnd, zone, organisationId],
    );
  }

  /** Delivered minutes (confirmed or locked timesheets) per staff resource and organisation, days in [from, to). */
  delivered(networkId: string, from: string, to: string, organisationId: string | null): Promise<MinutesRow[]> {
    return this.dataSource.query(
      `SELECT e.resource_id, e.organisation_id, sum(e.minutes)::int AS minutes
         FROM timesheet_entry e JOIN resource r ON r.id = e.resource_id
        WHERE r.network_id = $1 AND e.status IN ('confirmed', 'locked') AND e.work_date >= $2::date AND e.work_date < $3::date
          AND ($4::uuid IS NULL OR e.organisation_id = $4)
        GROUP BY 1, 2`,
      [networkId, from, to, organisationId],
    );
  }

  /** Quota agreements of the network in force at some point of [from, to). */
  agreements(networkId: string, from: string, to: string, organisationId: string | null): Promise<AgreementRow[]> {
    return this.dataSource.query(
      `SELECT a.resource_id, a.organisation_id, a.minutes_per_period, a.period_unit, to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on
         FROM agreement a JOIN resource r ON r.id = a.resource_id
        WHERE r.network_id = $1 AND a.minutes_per_period IS NOT NULL
          AND a.starts_on < $3::date AND (a.ends_on IS NULL OR a.ends_on > $2::date)
          AND ($4::uuid IS NULL OR a.organisation_id = $4)`,
      [networkId, from, to, organisationId],
    );
  }

  /**
   * Reach over the window: an occurrence counts when it overlaps the window's local days in its
   * resource's zone; board activity when it happens between the network's midnights ($2, $3). A
   * window of whole months counts the occurrences from `booking_month_reach` (decision 0013), any
   * other reads them; hour requests (distinct series of the few staff resources) are always read.
   */
  async reach(
    networkId: string,
    window: DateWindow,
    windowStart: Date,
    windowEnd: Date,
    organisationId: string | null,
  ): Promise<ReachRow> {
    // Overlapping the window's days in the resource's zone; the constant bounds (a day wider than
    // any zone's) let the index on the occurrences' start bound the range read.
    const overlapping = `o.starts_at < ($5::date::timestamp AT TIME ZONE r.time_zone) AND o.ends_at > ($4::date::timestamp AT TIME ZONE r.time_zone)
            AND o.starts_at < $3::timestamptz + interval '1 day' AND o.starts_at > $7::timestamptz - interval '1 day'
            AND ($6::uuid IS NULL OR o.organisation_id = $6)`;
    const occurrences = isWholeMonths(window)
      ? `counts AS (
           SELECT organisation_id, requester_user_id, staff, confirmed,
                  sum(starts) + COALESCE(sum(crossings) FILTER (WHERE month = $4::date), 0) AS n
             FROM booking_month_reach
            WHERE network_id = $1 AND month >= $4::date AND month < $5::date AND ($6::uuid IS NULL OR organisation_id = $6)
            GROUP BY 1, 2, 3, 4
         ), served AS (
           SELECT organisation_id FROM counts WHERE confirmed AND n > 0
         ), booked AS (
           SELECT COALESCE(sum(n) FILTER (WHERE confirmed AND NOT staff), 0) AS bookings,
                  count(DISTINCT requester_user_id) FILTER (WHERE n > 0) AS people
             FROM counts
         ), requested AS (
           SELECT count(DISTINCT o.series_id) AS hour_requests
             FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id
            WHERE r.network_id = $1 AND r.type = 'staff' AND o.status IN ('pending', 'confirmed') AND ${overlapping}
         )`
      : `occ AS (
           SELECT o.organisation_id, o.series_id, o.status, r.type
             FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id
            WHERE r.network_id = $1 AND o.status IN ('pending', 'confirmed') AND ${overlapping}
         ), served AS (
           SELECT organisation_id FROM occ WHERE status = 'confirmed'
         ), booked AS (
           SELECT count(*) FILTER (WHERE status = 'confirmed' AND type <> 'staff') AS bookings,
                  (SELECT count(DISTINCT s.requester_user_id) FROM booking_series s WHERE s.id IN (SELECT series_id FROM occ)) AS people
             FROM occ
         ), requested AS (
           SELECT count(DISTINCT series_id) FILTER (WHERE type = 'staff') AS hour_requests FROM occ
         )`;
    const [row] = await this.aggregate<ReachRow>(
      windowStart,
      `WITH ${occurrences}
       SELECT
         (SELECT count(*) FROM (SELECT organisation_id FROM served
                                UNION
                                SELECT e.organisation_id FROM timesheet_entry e JOIN resource r ON r.id = e.resource_id
                                 WHERE r.network_id = $1 AND e.status IN ('confirmed', 'locked')
                                   AND e.work_date >= $4::date AND e.work_date < $5::date
                                   AND ($6::uuid IS NULL OR e.organisation_id = $6)) served)::int AS organisations_served,
         (SELECT bookings FROM booked)::int AS bookings,
         (SELECT hour_requests FROM requested)::int AS hour_requests,
         (SELECT people FROM booked)::int AS people,
         (SELECT count(*) FROM board_post p WHERE p.network_id = $1 AND p.created_at >= $2 AND p.created_at < $3
             AND ($6::uuid IS NULL OR p.organisation_id = $6))::int AS board_posts,
         (SELECT count(*) FROM board_conversation c JOIN board_post p ON p.id = c.post_id
           WHERE p.network_id = $1 AND c.created_at >= $2 AND c.created_at < $3
             AND ($6::uuid IS NULL OR $6 IN (p.organisation_id, c.organisation_id)))::int AS board_conversations,
         (SELECT count(*) FROM board_post p WHERE p.network_id = $1 AND p.matched_at >= $2 AND p.matched_at < $3
             AND ($6::uuid IS NULL OR $6 IN (p.organisation_id, p.matched_organisation_id)))::int AS board_matches,
         (SELECT COALESCE(sum((p.created_resource_id IS NOT NULL)::int + (p.created_agreement_id IS NOT NULL)::int
                              + (p.created_booking_series_id IS NOT NULL)::int), 0)
            FROM board_post p WHERE p.network_id = $1 AND p.matched_at >= $2 AND p.matched_at < $3
             AND ($6::uuid IS NULL OR $6 IN (p.organisation_id, p.matched_organisation_id)))::int AS board_creations`,
      [networkId, windowStart, windowEnd, window.from, window.to, organisationId],
    );
    return row;
  }

  /**
   * A read of a window's occurrences: its last parameter is the earliest start that can overlap the
   * window. A year is half a million rows to group: like the allocation's usage (decision 0005),
   * it gets room to hash them in memory and cheaper parallel workers.
   */
  private aggregate<T>(windowStart: Date, sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.transaction(async (m) => {
      await m.query("SET LOCAL work_mem = '64MB'; SET LOCAL parallel_setup_cost = 100; SET LOCAL parallel_tuple_cost = 0.01");
      return m.query(sql, [...params, await earliestOverlappingStart(m, windowStart)]);
    });
  }

  /**
   * A read of the summaries the database keeps: a year of 2,000 rooms is 120,000 rows of room,
   * organisation and month to group. Sorted, they group about three times faster than hashed (a
   * numeric sum per group; EXPLAIN ANALYZE on the benchmark's dataset), and in memory.
   */
  private summed<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.transaction(async (m) => {
      await m.query("SET LOCAL work_mem = '64MB'; SET LOCAL enable_hashagg = off");
      return m.query(sql, params);
    });
  }

  rates(networkId: string): Promise<RateRow[]> {
    return this.dataSource.query(
      `SELECT r.id AS resource_id, r.name AS resource_name, r.type AS resource_type, s.floor_area_m2::float AS floor_area_m2,
              sar.kind, sar.rate_cents::bigint::float AS rate_cents, sar.note
         FROM resource r LEFT JOIN space s ON s.resource_id = r.id LEFT JOIN stand_alone_rate sar ON sar.resource_id = r.id
        WHERE r.network_id = $1
        ORDER BY r.type DESC, r.name, r.id`,
      [networkId],
    );
  }

  async resourceNetwork(m: EntityManager, resourceId: string): Promise<string | null> {
    const rows = await m.query('SELECT network_id FROM resource WHERE id = $1', [resourceId]);
    return rows[0]?.network_id ?? null;
  }

  async upsertRate(
    m: EntityManager,
    resourceId: string,
    kind: StandAloneRateKind,
    rateCents: number,
    note: string,
  ): Promise<void> {
    await m.query(
      `INSERT INTO stand_alone_rate (resource_id, kind, rate_cents, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (resource_id) DO UPDATE SET kind = EXCLUDED.kind, rate_cents = EXCLUDED.rate_cents, note = EXCLUDED.note, updated_at = now()`,
      [resourceId, kind, rateCents, note],
    );
  }
}
