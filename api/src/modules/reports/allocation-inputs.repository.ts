import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AllocationBasis, AllocationKey } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { earliestOverlappingStart } from '../../database/occurrence-window';
import { preparedStatement, runPrepared } from '../../database/prepared-statement';
import type { ComputedAllocation } from './computed-allocation';

export interface NetworkRow {
  id: string;
  name: string;
}

export interface OrganisationRow {
  id: string;
  name: string;
  /** A member of the network on at least one day of the window (they take part in equal splits). */
  member_in_window: boolean;
}

export interface PoolRow {
  id: string;
  name: string;
  carrier_organisation_id: string | null;
  carrier_name: string | null;
  site_id: string | null;
  allocation_key: AllocationKey;
  /** Every resource the pool follows: its own, and the spaces of its site. */
  resources: Array<{
    id: string;
    type: 'space' | 'staff' | 'equipment' | 'vehicle' | 'storage';
    time_zone: string;
    hourly_rate_cents: number | null;
    dedicated_organisation_id: string | null;
    floor_area_centi_m2: number | null;
  }>;
  explicit_resource_ids: string[];
  /** Amounts overlapping the window: [from, to) days and cents. */
  amounts: Array<{ from: string; to: string; amount_cents: number | null }>;
}

/**
 * Units × days and kilometres an organisation took of equipment, vehicles and storage in the window, and the
 * storage area it held there (hundredths of m² × days; bigint, read as text) (issue #16).
 */
export interface MeasuredUseRow {
  resource_id: string;
  organisation_id: string;
  unit_days: number;
  kilometres: number;
  storage_area_centi_m2_days: string;
}

/**
 * The networks of some organisations, each with what its planned allocation of whole months
 * [$2, $3) depends on (see `networksWithPlannedVersions`). Planned once per connection: « Accueil »
 * reads it on every visit, and its plan does not depend on the values (the network's months by
 * `booking_month_usage_network_idx`, index only).
 */
const NETWORKS_WITH_PLANNED_VERSIONS = preparedStatement(
  'allocation-networks-with-planned-versions',
  `WITH membership AS (
     SELECT nm.organisation_id, o.name AS organisation_name, nm.network_id
       FROM network_membership nm JOIN organisation o ON o.id = nm.organisation_id
      WHERE nm.organisation_id = ANY($1::uuid[])
   ), version AS (
     SELECT n.network_id,
            (SELECT revision FROM allocation_inputs_revision)::text || '/' ||
            (SELECT count(*) FROM booking_month_usage u
              WHERE u.network_id = n.network_id AND u.month >= $2::date AND u.month < $3::date)::text AS version
       FROM (SELECT DISTINCT network_id FROM membership) n
   )
   SELECT m.organisation_id, m.organisation_name, m.network_id, v.version
     FROM membership m JOIN version v ON v.network_id = m.network_id
    ORDER BY m.organisation_name, m.network_id`,
  { genericPlan: true },
);

/** An organisation's network and the version of that network's planned allocation inputs. */
export interface OrganisationNetworkVersion {
  organisation_id: string;
  organisation_name: string;
  network_id: string;
  version: string;
}

/** Minutes an organisation used on a resource in the window. */
export interface UsageRow {
  resource_id: string;
  organisation_id: string;
  minutes: number;
}

export interface FixedShareRow {
  resource_id: string;
  organisation_id: string;
  basis_points: number;
}

/** The resources followed by the network's ($1) pools that have an amount in [$2, $3): their own and their sites' spaces. */
const POOL_RESOURCES = `
  SELECT pr.resource_id FROM cost_pool p JOIN cost_pool_resource pr ON pr.pool_id = p.id
   WHERE p.network_id = $1 AND EXISTS (SELECT 1 FROM cost_pool_amount a WHERE a.pool_id = p.id AND a.period && daterange($2::date, $3::date))
  UNION
  SELECT s.resource_id FROM cost_pool p JOIN space s ON s.site_id = p.site_id
   WHERE p.network_id = $1 AND EXISTS (SELECT 1 FROM cost_pool_amount a WHERE a.pool_id = p.id AND a.period && daterange($2::date, $3::date))`;

/**
 * Everything an allocation report reads, each in one set-based query: the figures are aggregated by
 * PostgreSQL (one GROUP BY over the occurrences), never by loading occurrences into the API.
 */
@Injectable()
export class AllocationInputsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async network(m: EntityManager, networkId: string): Promise<NetworkRow | null> {
    const rows: NetworkRow[] = await m.query('SELECT id, name FROM network WHERE id = $1', [networkId]);
    return rows[0] ?? null;
  }

  /** Every organisation that ever was a member of the network, and whether it was one during [from, to). */
  organisations(m: EntityManager, networkId: string, from: string, to: string): Promise<OrganisationRow[]> {
    return m.query(
      `SELECT o.id, o.name, bool_or(daterange(nm.joined_on, nm.left_on) && daterange($2::date, $3::date)) AS member_in_window
         FROM network_membership_period nm JOIN organisation o ON o.id = nm.organisation_id
        WHERE nm.network_id = $1 GROUP BY o.id ORDER BY o.id`,
      [networkId, from, to],
    );
  }

  /** Pools with an amount in [from, to), with their resources and those amounts. */
  pools(m: EntityManager, networkId: string, from: string, to: string): Promise<PoolRow[]> {
    return m.query(
      `WITH pools AS (
         SELECT p.* FROM cost_pool p
          WHERE p.network_id = $1
            AND EXISTS (SELECT 1 FROM cost_pool_amount a WHERE a.pool_id = p.id AND a.period && daterange($2::date, $3::date))
       ), pool_resources AS (
         SELECT pr.pool_id, pr.resource_id FROM cost_pool_resource pr JOIN pools p ON p.id = pr.pool_id
         UNION
         SELECT p.id, s.resource_id FROM pools p JOIN space s ON s.site_id = p.site_id
       )
       SELECT p.id, p.name, p.carrier_organisation_id, co.name AS carrier_name, p.site_id, p.allocation_key,
              COALESCE((SELECT json_agg(json_build_object(
                         'id', r.id, 'type', r.type, 'time_zone', r.time_zone, 'hourly_rate_cents', r.hourly_rate_cents,
                         'dedicated_organisation_id', s.dedicated_organisation_id,
                         'floor_area_centi_m2', round(s.floor_area_m2 * 100)) ORDER BY r.id)
                          FROM pool_resources pr JOIN resource r ON r.id = pr.resource_id
                          LEFT JOIN space s ON s.resource_id = r.id
                         WHERE pr.pool_id = p.id), '[]') AS resources,
              ARRAY(SELECT pr.resource_id FROM cost_pool_resource pr WHERE pr.pool_id = p.id ORDER BY pr.resource_id)::text[]
                AS explicit_resource_ids,
              (SELECT json_agg(json_build_object('from', lower(a.period), 'to', upper(a.period),
                                                 'amount_cents', a.amount_cents) ORDER BY lower(a.period))
                 FROM cost_pool_amount a WHERE a.pool_id = p.id AND a.period && daterange($2::date, $3::date)) AS amounts
         FROM pools p LEFT JOIN organisation co ON co.id = p.carrier_organisation_id
        ORDER BY p.name, p.id`,
      [networkId, from, to],
    );
  }

  /**
   * Confirmed booked minutes per resource and organisation within [windowStart, windowEnd), each
   * occurrence clipped to the window. The bounds are instants computed by the caller for the
   * resources' zone, so they are constants to the planner: one (parallel) scan and a hash aggregate,
   * the shape of a hand-written aggregate (decision 0005).
   */
  booked(m: EntityManager, resourceIds: string[], windowStart: Date, windowEnd: Date): Promise<UsageRow[]> {
    if (resourceIds.length === 0) return Promise.resolve([]);
    // A busy year is half a million rows to group. With the defaults the planner sorts them on disk
    // (4 MB of work_mem) in one process; given room and cheaper parallel workers, it scans them in
    // parallel and hashes them in memory — the plan a hand-written aggregate gets (decision 0005).
    return m.transaction(async (tm) => {
      await tm.query("SET LOCAL work_mem = '64MB'; SET LOCAL parallel_setup_cost = 100; SET LOCAL parallel_tuple_cost = 0.01");
      return tm.query(
        `SELECT o.resource_id, o.organisation_id,
                round(extract(epoch FROM sum(least(o.ends_at, $3::timestamptz) - greatest(o.starts_at, $2::timestamptz))) / 60)::int
                  AS minutes
           FROM booking_occurrence o
          WHERE o.resource_id = ANY($1::uuid[]) AND o.status = 'confirmed'
            AND o.starts_at < $3::timestamptz AND o.ends_at > $2::timestamptz
            AND o.starts_at > $4::timestamptz
          GROUP BY o.resource_id, o.organisation_id`,
        [resourceIds, windowStart, windowEnd, await earliestOverlappingStart(tm, windowStart)],
      );
    });
  }

  /**
   * The same figures as `booked` for a window of whole local months [fromMonth, toMonth) (first days
   * of months), read from the per-month usage the database keeps up to date (`booking_month_usage`):
   * each month's seconds are exact, so the minutes are rounded once over the window like `booked`'s.
   */
  bookedInMonths(m: EntityManager, resourceIds: string[], fromMonth: string, toMonth: string): Promise<UsageRow[]> {
    if (resourceIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT u.resource_id, u.organisation_id, round(sum(u.seconds) / 60)::int AS minutes
         FROM booking_month_usage u JOIN unnest($1::uuid[]) AS r(id) ON r.id = u.resource_id
        WHERE u.month >= $2::date AND u.month < $3::date
        GROUP BY u.resource_id, u.organisation_id
       HAVING sum(u.seconds) > 0`,
      [resourceIds, fromMonth, toMonth],
    );
  }

  /**
   * The networks of the given organisations, each with what a planned allocation of its whole months
   * [fromMonth, toMonth) depends on, as a value that changes whenever it may: the revision of the
   * allocation's other inputs, and how many rows of per-month usage the network's months hold (those
   * rows are only ever appended, one per change). Read it before computing: what is computed
   * afterwards is at least as new.
   */
  networksWithPlannedVersions(
    m: EntityManager,
    organisationIds: string[],
    fromMonth: string,
    toMonth: string,
  ): Promise<OrganisationNetworkVersion[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return runPrepared<OrganisationNetworkVersion>(m, NETWORKS_WITH_PLANNED_VERSIONS, [organisationIds, fromMonth, toMonth]);
  }

  /**
   * Units × days (each local day an occurrence touches in the window counts whole, times its quantity),
   * storage area × days (the same days, times the units' area) and kilometres (returned loans, by return date
   * in the window) per pooled resource and organisation.
   */
  measuredUse(m: EntityManager, resourceIds: string[], windowStart: Date, windowEnd: Date): Promise<MeasuredUseRow[]> {
    if (resourceIds.length === 0) return Promise.resolve([]);
    return m.query(
      `WITH days AS (
         SELECT o.resource_id, o.organisation_id, sum(o.quantity * d.days)::int AS unit_days,
                sum(CASE WHEN r.type = 'storage'
                         THEN o.quantity::bigint * round(COALESCE(r.unit_area_m2, 0) * 100)::bigint * d.days ELSE 0 END)
                  AS storage_area_centi_m2_days
           FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id
           CROSS JOIN LATERAL (
             SELECT ((least(o.ends_at, $3::timestamptz) - interval '1 second') AT TIME ZONE r.time_zone)::date
                    - (greatest(o.starts_at, $2::timestamptz) AT TIME ZONE r.time_zone)::date + 1 AS days) d
          WHERE o.resource_id = ANY($1::uuid[]) AND o.pooled AND o.status = 'confirmed'
            AND o.starts_at < $3::timestamptz AND o.ends_at > $2::timestamptz
          GROUP BY 1, 2
       ), km AS (
         SELECT l.resource_id, o.organisation_id, sum(l.odometer_in_km - l.odometer_out_km)::int AS kilometres
           FROM loan l JOIN booking_occurrence o ON o.id = l.occurrence_id
          WHERE l.resource_id = ANY($1::uuid[]) AND l.returned_at >= $2::timestamptz AND l.returned_at < $3::timestamptz
            AND l.odometer_in_km IS NOT NULL
          GROUP BY 1, 2
       )
       SELECT COALESCE(days.resource_id, km.resource_id) AS resource_id, COALESCE(days.organisation_id, km.organisation_id) AS organisation_id,
              COALESCE(days.unit_days, 0) AS unit_days, COALESCE(km.kilometres, 0) AS kilometres,
              COALESCE(days.storage_area_centi_m2_days, 0)::text AS storage_area_centi_m2_days
         FROM days FULL JOIN km ON km.resource_id = days.resource_id AND km.organisation_id = days.organisation_id`,
      [resourceIds, windowStart, windowEnd],
    );
  }

  /** Confirmed (or locked) timesheet minutes per staff resource and organisation, days in [from, to). */
  worked(m: EntityManager, resourceIds: string[], from: string, to: string): Promise<UsageRow[]> {
    if (resourceIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT resource_id, organisation_id, sum(minutes)::int AS minutes
         FROM timesheet_entry
        WHERE resource_id = ANY($1::uuid[]) AND status IN ('confirmed', 'locked') AND work_date >= $2::date AND work_date < $3::date
        GROUP BY resource_id, organisation_id`,
      [resourceIds, from, to],
    );
  }

  /** Each organisation's fixed share on each resource: the latest agreement overlapping the window. */
  fixedShares(m: EntityManager, networkId: string, from: string, to: string): Promise<FixedShareRow[]> {
    return m.query(
      `SELECT DISTINCT ON (resource_id, organisation_id) resource_id, organisation_id,
              round(fixed_share_percent * 100)::int AS basis_points
         FROM agreement
        WHERE resource_id IN (${POOL_RESOURCES}) AND fixed_share_percent IS NOT NULL
          AND daterange(starts_on, ends_on) && daterange($2::date, $3::date)
        ORDER BY resource_id, organisation_id, starts_on DESC`,
      [networkId, from, to],
    );
  }

  /** The snapshot of the closed period that is exactly [from, to), if any. */
  async closedSnapshot(
    m: EntityManager,
    networkId: string,
    from: string,
    to: string,
  ): Promise<{ id: string; snapshot: Record<AllocationBasis, ComputedAllocation> } | null> {
    const rows = await m.query(
      `SELECT id, snapshot FROM accounting_period
        WHERE network_id = $1 AND status = 'closed' AND period = daterange($2::date, $3::date)`,
      [networkId, from, to],
    );
    return rows[0] ?? null;
  }
}
