import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HomeCounts, QuotaPeriodUnit } from '@mutualis/contracts';
import { DataSource } from 'typeorm';
import { preparedStatement, runPrepared } from '../../database/prepared-statement';

/** Who the counts are for: the caller's roles, as ids. */
export interface HomeScope {
  now: Date;
  staffResourceId: string | null;
  memberOrganisationIds: string[];
  adminOrganisationIds: string[];
  coordinatedNetworkIds: string[];
  /** Monday of the current week in the employee's zone: weeks before it are due. */
  employeeWeekStart: string | null;
  employeeTimeZone: string | null;
  /** First day of the current month: months before it may be closed. */
  monthStart: string;
}

export interface NextBookingRow {
  occurrence_id: string;
  series_id: string;
  resource_id: string;
  resource_name: string;
  resource_type: 'space' | 'staff' | 'equipment';
  organisation_id: string;
  organisation_name: string;
  title: string;
  private: boolean;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  status: 'pending' | 'confirmed';
}

export interface AgreementRow {
  resource_id: string;
  resource_name: string;
  time_zone: string;
  organisation_id: string;
  organisation_name: string;
  network_id: string;
  minutes_per_period: number;
  period_unit: QuotaPeriodUnit;
  rollover: 'none' | 'next';
  rollover_cap_minutes: number | null;
}

/** Weeks and months in the counts are looked back this far: older leftovers are not "now". */
const WEEKS_BACK = 8;
const MONTHS_BACK = 12;

/**
 * Every count of « Accueil », one statement of independent scalar sub-queries: a role the caller does
 * not have is an empty array or a null, whose sub-query reads nothing. Planned once per connection
 * (`genericPlan`): left to choose, PostgreSQL planned it on every call (2–3 ms, against 0.4 ms of
 * reading on the benchmark), and its generic plan reads as fast as the custom ones. The months to close
 * are counted back from a constant series: a `generate_series` between parameters would make the
 * generic plan read 39 ms.
 */
const COUNTS = preparedStatement(
  'home-counts',
  `SELECT
        (SELECT count(*) FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id
          WHERE r.network_id = ANY($1::uuid[]) AND o.status = 'pending' AND o.starts_at > $5
            AND NOT (o.organisation_id = ANY($3::uuid[])))::int AS "approvalsWaiting",
        (SELECT count(DISTINCT o.series_id) FROM booking_occurrence o
          WHERE o.resource_id = $2 AND o.status = 'pending' AND o.starts_at > $5
            AND NOT (o.organisation_id = ANY($3::uuid[])))::int AS "hourRequestsWaiting",
        (SELECT count(*) FROM (
           SELECT date_trunc('week', e.work_date)::date FROM timesheet_entry e
            WHERE e.resource_id = $2 AND e.status = 'draft'
              AND e.work_date < $6::date AND e.work_date >= $6::date - ${7 * WEEKS_BACK}
           UNION
           SELECT date_trunc('week', o.starts_at AT TIME ZONE $7)::date FROM booking_occurrence o
            WHERE o.resource_id = $2 AND o.status = 'confirmed'
              AND o.starts_at >= ($6::date - ${7 * WEEKS_BACK})::timestamp AT TIME ZONE $7
              AND o.starts_at < ($6::date)::timestamp AT TIME ZONE $7
              AND NOT EXISTS (SELECT 1 FROM timesheet_entry e WHERE e.resource_id = o.resource_id
                                 AND e.organisation_id = o.organisation_id AND e.work_date = (o.starts_at AT TIME ZONE $7)::date)
         ) weeks)::int AS "timesheetsToSubmit",
        (SELECT count(*) FROM (SELECT DISTINCT resource_id, organisation_id, date_trunc('week', work_date) FROM timesheet_entry
          WHERE organisation_id = ANY($4::uuid[]) AND status = 'submitted') weeks)::int AS "timesheetsToConfirm",
        (SELECT count(*) FROM (SELECT DISTINCT e.resource_id, e.organisation_id, date_trunc('week', e.work_date)
           FROM timesheet_entry e JOIN resource r ON r.id = e.resource_id
          WHERE e.status = 'disputed'
            AND (e.resource_id = $2 OR e.organisation_id = ANY($4::uuid[]) OR r.network_id = ANY($1::uuid[]))) weeks)::int AS disputes,
        (SELECT count(*) FROM invitation i
          WHERE i.organisation_id = ANY($4::uuid[]) AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $5)::int
          AS "invitationsPending",
        (SELECT count(*) FROM unnest($1::uuid[]) n(id)
           CROSS JOIN generate_series(1, ${MONTHS_BACK}) back(months)
           CROSS JOIN LATERAL (SELECT ($8::date - make_interval(months => back.months))::date AS start) m
          WHERE NOT EXISTS (SELECT 1 FROM accounting_period p WHERE p.network_id = n.id AND p.status = 'closed'
                               AND p.period && daterange(m.start, (m.start + interval '1 month')::date))
            AND (EXISTS (SELECT 1 FROM resource r JOIN timesheet_entry e ON e.resource_id = r.id
                          WHERE r.network_id = n.id AND e.work_date >= m.start AND e.work_date < m.start + interval '1 month')
              OR EXISTS (SELECT 1 FROM cost_pool c JOIN cost_pool_amount a ON a.pool_id = c.id
                          WHERE c.network_id = n.id AND a.period && daterange(m.start, (m.start + interval '1 month')::date)))
        )::int AS "periodsToClose"`,
  { genericPlan: true },
);

/** The caller's organisations' next bookings and the employee's own, soonest first (one plan: 0.5 ms against 2–3 ms of planning). */
const NEXT_BOOKINGS = preparedStatement(
  'home-next-bookings',
  `WITH picked AS (
         SELECT first.* FROM unnest($1::uuid[]) org(id)
           CROSS JOIN LATERAL (SELECT o.* FROM booking_occurrence o
                                WHERE o.organisation_id = org.id AND o.status IN ('pending', 'confirmed')
                                  AND o.starts_at >= $3 AND o.ends_at > $4
                                ORDER BY o.starts_at LIMIT $5) first
         UNION
         (SELECT o.* FROM booking_occurrence o
           WHERE o.resource_id = $2 AND o.status IN ('pending', 'confirmed') AND o.starts_at >= $3 AND o.ends_at > $4
           ORDER BY o.starts_at LIMIT $5)
       )
       SELECT p.id AS occurrence_id, p.series_id, p.resource_id, r.name AS resource_name, r.type AS resource_type,
              p.organisation_id, org.name AS organisation_name, COALESCE(p.title, s.title) AS title, s.private,
              p.starts_at, p.ends_at, r.time_zone, p.status
         FROM picked p
         JOIN booking_series s ON s.id = p.series_id
         JOIN resource r ON r.id = p.resource_id
         JOIN organisation org ON org.id = p.organisation_id
        ORDER BY p.starts_at, p.id
        LIMIT $5`,
  { genericPlan: true },
);

/** One agreement's booked and worked minutes in its previous and current periods. */
const BANK_USAGE = preparedStatement(
  'home-bank-usage',
  `SELECT
         COALESCE((SELECT round(sum(extract(epoch FROM o.ends_at - o.starts_at)) / 60)
                     FROM booking_occurrence o
                    WHERE o.resource_id = $1 AND o.organisation_id = $2 AND o.status IN ('pending', 'confirmed')
                      AND o.starts_at >= ($4::date)::timestamp AT TIME ZONE $3
                      AND o.starts_at < ($5::date)::timestamp AT TIME ZONE $3), 0)::int AS previous,
         COALESCE((SELECT round(sum(extract(epoch FROM o.ends_at - o.starts_at)) / 60)
                     FROM booking_occurrence o
                    WHERE o.resource_id = $1 AND o.organisation_id = $2 AND o.status IN ('pending', 'confirmed')
                      AND o.starts_at >= ($5::date)::timestamp AT TIME ZONE $3
                      AND o.starts_at < ($6::date)::timestamp AT TIME ZONE $3), 0)::int AS booked,
         COALESCE((SELECT sum(e.minutes) FROM timesheet_entry e
                    WHERE e.resource_id = $1 AND e.organisation_id = $2 AND e.status IN ('confirmed', 'locked')
                      AND e.work_date >= $5::date AND e.work_date < $6::date), 0)::int AS worked`,
);

/**
 * Every read of « Accueil ». Each count is what its page lists (approvals: the queue of
 * `BookingRepository.pendingFor`, which leaves out the approver's own organisations' requests).
 * Each count's sub-query is served by an index of its table; a role the caller does not have is an
 * empty array, so its sub-query costs nothing. The fixed texts are named statements, parsed once per
 * connection; those whose generic plan was measured as good are planned once (see `COUNTS`).
 */
@Injectable()
export class HomeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(s: HomeScope): Promise<HomeCounts> {
    const [row] = await runPrepared<HomeCounts>(this.dataSource.manager, COUNTS, [
      s.coordinatedNetworkIds,
      s.staffResourceId,
      s.memberOrganisationIds,
      s.adminOrganisationIds,
      s.now,
      s.employeeWeekStart ?? s.monthStart,
      s.employeeTimeZone ?? 'UTC',
      s.monthStart,
    ]);
    return row;
  }

  /**
   * The next bookings of the caller's organisations and of the employee's own time, soonest first.
   * Each source takes its first rows from the (organisation | resource, starts_at) index, so a busy
   * organisation's thousands of future occurrences are never sorted.
   */
  nextBookings(s: HomeScope, limit: number): Promise<NextBookingRow[]> {
    // An occurrence lasts at most a day: one that started before this bound has ended.
    const from = new Date(s.now.getTime() - 86_400_000);
    return runPrepared<NextBookingRow>(this.dataSource.manager, NEXT_BOOKINGS, [
      s.memberOrganisationIds,
      s.staffResourceId,
      from,
      s.now,
      limit,
    ]);
  }

  /** Agreements with an hour quota, in force on the day, of the given organisations. */
  agreements(organisationIds: string[], day: string): Promise<AgreementRow[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.resource_id, r.name AS resource_name, r.time_zone, a.organisation_id, o.name AS organisation_name, r.network_id,
              a.minutes_per_period, a.period_unit, a.rollover, a.rollover_cap_minutes
         FROM agreement a
         JOIN resource r ON r.id = a.resource_id
         JOIN organisation o ON o.id = a.organisation_id
        WHERE a.organisation_id = ANY($1::uuid[]) AND a.minutes_per_period IS NOT NULL
          AND a.starts_on <= $2::date AND (a.ends_on IS NULL OR a.ends_on > $2::date)
        ORDER BY o.name, r.name`,
      [organisationIds, day],
    );
  }

  /**
   * An agreement's booked minutes (pending and confirmed) in the previous and the current period,
   * and its worked minutes (confirmed timesheets) in the current one; periods are local dates.
   */
  async bankUsage(
    a: AgreementRow,
    previousStart: string,
    currentStart: string,
    currentEnd: string,
  ): Promise<{ previous: number; booked: number; worked: number }> {
    const [row] = await runPrepared<{ previous: number; booked: number; worked: number }>(this.dataSource.manager, BANK_USAGE, [
      a.resource_id,
      a.organisation_id,
      a.time_zone,
      previousStart,
      currentStart,
      currentEnd,
    ]);
    return row;
  }

  async staffTimeZone(resourceId: string): Promise<string | null> {
    const rows = await this.dataSource.query('SELECT time_zone FROM resource WHERE id = $1', [resourceId]);
    return rows[0]?.time_zone ?? null;
  }
}
