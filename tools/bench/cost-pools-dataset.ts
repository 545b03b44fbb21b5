import type { Pool } from 'pg';
import type { Dataset } from './bookings-dataset';

/**
 * Pools of a benchmark network: each follows a tenth of the rooms (with 20 pools, a twentieth), split
 * by usage, with a monthly amount for two years; and the dataset's user becomes the network's
 * coordinator, who sees every line of the allocation report and the impact page.
 */
export async function createCostPools(pool: Pool, data: Dataset, pools: number): Promise<void> {
  const rooms = data.busySpaceIds;
  const perPool = Math.ceil(rooms.length / pools);
  for (let p = 0; p < pools; p += 1) {
    const [{ id }] = (
      await pool.query(
        `INSERT INTO cost_pool (network_id, name, allocation_key) VALUES ($1, $2, '{"kind": "usage_share", "fallback": "equal_split"}')
         RETURNING id`,
        [data.networkId, `Pool ${p + 1}`],
      )
    ).rows;
    await pool.query('INSERT INTO cost_pool_resource (pool_id, resource_id) SELECT $1, unnest($2::uuid[])', [
      id,
      rooms.slice(p * perPool, (p + 1) * perPool),
    ]);
    await pool.query(
      `INSERT INTO cost_pool_amount (pool_id, period, amount_cents)
       SELECT $1, daterange(m::date, (m + interval '1 month')::date), 500000 + $2 * 1000
         FROM generate_series(date_trunc('month', now() - interval '1 year'), date_trunc('month', now() + interval '1 year'), interval '1 month') m`,
      [id, p],
    );
  }
  await pool.query(
    `INSERT INTO network_coordinator (user_id, network_id)
     SELECT user_id, $1 FROM organisation_membership WHERE organisation_id = $2`,
    [data.networkId, data.organisationId],
  );
}
