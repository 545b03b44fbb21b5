import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AllocationKey, CostPoolAmount, CostPoolView } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface CostPoolRow {
  id: string;
  network_id: string;
  name: string;
  description: string;
  carrier_organisation_id: string | null;
  site_id: string | null;
  allocation_key: AllocationKey;
  resource_ids: string[];
  amounts: CostPoolAmount[];
  created_at: Date;
  updated_at: Date;
}

const POOL_SELECT = `
  SELECT p.id, p.network_id, p.name, p.description, p.carrier_organisation_id, p.site_id, p.allocation_key,
         p.created_at, p.updated_at,
         ARRAY(SELECT pr.resource_id::text FROM cost_pool_resource pr WHERE pr.pool_id = p.id ORDER BY pr.resource_id) AS resource_ids,
         COALESCE((SELECT json_agg(json_build_object('id', a.id, 'from', lower(a.period), 'to', upper(a.period),
                                                     'amountCents', a.amount_cents) ORDER BY lower(a.period))
                     FROM cost_pool_amount a WHERE a.pool_id = p.id), '[]') AS amounts
    FROM cost_pool p`;

export interface PoolFields {
  name: string;
  description: string;
  carrierOrganisationId: string | null;
  siteId: string | null;
  key: AllocationKey;
}

/** What validation needs to know about the network a pool lives in. */
export interface NetworkFacts {
  organisationIds: Set<string>;
  resources: Map<string, { type: string; hourlyRateCents: number | null }>;
  siteIds: Set<string>;
}

@Injectable()
export class CostPoolsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async list(networkId: string): Promise<CostPoolView[]> {
    const rows: CostPoolRow[] = await this.dataSource.query(`${POOL_SELECT} WHERE p.network_id = $1 ORDER BY p.name, p.id`, [
      networkId,
    ]);
    return rows.map(toView);
  }

  async get(m: EntityManager, id: string): Promise<CostPoolView | null> {
    const rows: CostPoolRow[] = await m.query(`${POOL_SELECT} WHERE p.id = $1`, [id]);
    return rows[0] ? toView(rows[0]) : null;
  }

  async networkFacts(m: EntityManager, networkId: string): Promise<NetworkFacts> {
    const [row]: Array<{
      organisation_ids: string[];
      resources: Array<{ id: string; type: string; hourly_rate_cents: number | null }>;
      site_ids: string[];
    }> = await m.query(
      `SELECT ARRAY(SELECT organisation_id::text FROM network_membership WHERE network_id = $1) AS organisation_ids,
              COALESCE((SELECT json_agg(json_build_object('id', id, 'type', type, 'hourly_rate_cents', hourly_rate_cents))
                          FROM resource WHERE network_id = $1), '[]') AS resources,
              ARRAY(SELECT id::text FROM site WHERE network_id = $1) AS site_ids`,
      [networkId],
    );
    return {
      organisationIds: new Set(row.organisation_ids),
      resources: new Map(row.resources.map((r) => [r.id, { type: r.type, hourlyRateCents: r.hourly_rate_cents }])),
      siteIds: new Set(row.site_ids),
    };
  }

  /** Sum of the agreements' fixed shares on a resource on a day, in hundredths of a percent. */
  async fixedSharesOn(m: EntityManager, resourceId: string, day: string): Promise<number> {
    const [row]: Array<{ total: number }> = await m.query(
      `SELECT COALESCE(round(sum(fixed_share_percent) * 100), 0)::int AS total FROM agreement
        WHERE resource_id = $1 AND fixed_share_percent IS NOT NULL AND daterange(starts_on, ends_on) @> $2::date`,
      [resourceId, day],
    );
    return row.total;
  }

  async insert(m: EntityManager, networkId: string, fields: PoolFields): Promise<string> {
    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO cost_pool (network_id, name, description, carrier_organisation_id, site_id, allocation_key)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [networkId, fields.name, fields.description, fields.carrierOrganisationId, fields.siteId, JSON.stringify(fields.key)],
    );
    return row.id;
  }

  async update(m: EntityManager, id: string, fields: PoolFields): Promise<void> {
    await m.query(
      `UPDATE cost_pool SET name = $2, description = $3, carrier_organisation_id = $4, site_id = $5, allocation_key = $6,
                            updated_at = now()
        WHERE id = $1 AND (name, description, carrier_organisation_id, site_id, allocation_key)
                          IS DISTINCT FROM ($2, $3, $4::uuid, $5::uuid, $6::jsonb)`,
      [id, fields.name, fields.description, fields.carrierOrganisationId, fields.siteId, JSON.stringify(fields.key)],
    );
  }

  /** Replaces the resources, touching nothing when they are the same (closed periods freeze them). */
  async replaceResources(m: EntityManager, id: string, resourceIds: string[]): Promise<void> {
    await m.query('DELETE FROM cost_pool_resource WHERE pool_id = $1 AND NOT (resource_id = ANY($2::uuid[]))', [id, resourceIds]);
    await m.query(`INSERT INTO cost_pool_resource (pool_id, resource_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      id,
      resourceIds,
    ]);
  }

  /** Replaces the amounts; an amount left exactly as it was is not touched (it may lie in a closed period). */
  async replaceAmounts(m: EntityManager, id: string, amounts: Array<Omit<CostPoolAmount, 'id'>>): Promise<void> {
    const payload = JSON.stringify(amounts.map((a) => ({ from: a.from, to: a.to, amount_cents: a.amountCents })));
    await m.query(
      `DELETE FROM cost_pool_amount a
        WHERE a.pool_id = $1 AND NOT EXISTS (
          SELECT 1 FROM json_to_recordset($2::json) AS n("from" date, "to" date, amount_cents bigint)
           WHERE daterange(n."from", n."to") = a.period AND n.amount_cents IS NOT DISTINCT FROM a.amount_cents)`,
      [id, payload],
    );
    await m.query(
      `INSERT INTO cost_pool_amount (pool_id, period, amount_cents)
       SELECT $1, daterange(n."from", n."to"), n.amount_cents
         FROM json_to_recordset($2::json) AS n("from" date, "to" date, amount_cents bigint)
        WHERE NOT EXISTS (SELECT 1 FROM cost_pool_amount a
                           WHERE a.pool_id = $1 AND a.period = daterange(n."from", n."to")
                             AND a.amount_cents IS NOT DISTINCT FROM n.amount_cents)`,
      [id, payload],
    );
  }

  async delete(m: EntityManager, id: string): Promise<void> {
    await m.query('DELETE FROM cost_pool WHERE id = $1', [id]);
  }
}

function toView(row: CostPoolRow): CostPoolView {
  return {
    id: row.id,
    networkId: row.network_id,
    name: row.name,
    description: row.description,
    carrierOrganisationId: row.carrier_organisation_id,
    resourceIds: row.resource_ids,
    siteId: row.site_id,
    key: row.allocation_key,
    amounts: row.amounts.map((a) => ({ ...a, amountCents: a.amountCents === null ? null : Number(a.amountCents) })),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
