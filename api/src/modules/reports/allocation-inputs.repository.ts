import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AllocationBasis, AllocationKey } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { ComputedAllocation } from './computed-allocation';

export interface NetworkRow {
  id: string;
  name: string;
}

export interface OrganisationRow {
  id: string;
  name: string;
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
    type: 'space' | 'staff' | 'equipment';
    hourly_rate_cents: number | null;
    dedicated_organisation_id: string | null;
    floor_area_centi_m2: number | null;
  }>;
  explicit_resource_ids: string[];
  /** Amounts overlapping the window: [from, to) days and cents. */
  amounts: Array<{ from: string; to: string; amount_cents: number | null }>;
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

  organisations(m: EntityManager, networkId: string): Promise<OrganisationRow[]> {
    return m.query(
      `SELECT o.id, o.name FROM network_membership nm JOIN organisation o ON o.id = nm.organisation_id
        WHERE nm.network_id = $1 ORDER BY o.id`,
      [networkId],
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
                         'id', r.id, 'type', r.type, 'hourly_rate_cents', r.hourly_rate_cents,
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
   * Minutes per resource and organisation in [from, to), each resource's days read in its own zone.
   * planned: confirmed occurrences, clipped to the window. actual: confirmed or locked timesheets
   * for staff, confirmed occurrences for rooms (rooms keep no timesheet).
   */
  usage(m: EntityManager, networkId: string, from: string, to: string, basis: AllocationBasis): Promise<UsageRow[]> {
    // A year of a busy network is half a million rows to group: with the default 4 MB the planner
    // sorts them on disk; with room for it, it hashes them in memory (decision 0005).
    return m.transaction(async (tm) => {
      await tm.query("SET LOCAL work_mem = '64MB'");
      return this.usageRows(tm, networkId, from, to, basis);
    });
  }

  private usageRows(m: EntityManager, networkId: string, from: string, to: string, basis: AllocationBasis): Promise<UsageRow[]> {
    return m.query(
      // MATERIALIZED: each resource's window is converted from its zone once, not once per occurrence.
      `WITH res AS MATERIALIZED (
         SELECT r.id, r.type, ($2::date::timestamp AT TIME ZONE r.time_zone) AS ws, ($3::date::timestamp AT TIME ZONE r.time_zone) AS we
           FROM resource r WHERE r.id IN (${POOL_RESOURCES})
       ), booked AS (
         SELECT o.resource_id, o.organisation_id,
                extract(epoch FROM sum(least(o.ends_at, res.we) - greatest(o.starts_at, res.ws))) / 60 AS minutes
           FROM res JOIN booking_occurrence o
             ON o.resource_id = res.id AND o.status = 'confirmed'
            -- constant bounds a day or two wider than any zone's (the planner can push them into the scan),
            -- then each resource's exact window
            AND o.starts_at < ($3::date + 2)::timestamptz AND o.ends_at > ($2::date - 2)::timestamptz
            AND o.starts_at < res.we AND o.ends_at > res.ws
          WHERE $4 = 'planned' OR res.type <> 'staff'
          GROUP BY o.resource_id, o.organisation_id
       ), worked AS (
         SELECT t.resource_id, t.organisation_id, sum(t.minutes) AS minutes
           FROM res JOIN timesheet_entry t
             ON t.resource_id = res.id AND t.status IN ('confirmed', 'locked') AND t.work_date >= $2::date AND t.work_date < $3::date
          WHERE $4 = 'actual' AND res.type = 'staff'
          GROUP BY t.resource_id, t.organisation_id
       )
       SELECT resource_id, organisation_id, round(minutes)::int AS minutes FROM booked
       UNION ALL
       SELECT resource_id, organisation_id, minutes::int FROM worked`,
      [networkId, from, to, basis],
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
