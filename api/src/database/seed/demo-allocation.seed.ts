import type { AllocationKey } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock/clock';
import type { DemoDirectory } from './demo-premises.seed';

const ZONE = 'America/Toronto';

/**
 * Cost pools for every month of the current and the next year, so that a coordinator's report is
 * meaningful on first start: the accountant by usage, the communications officer by the agreements'
 * fixed shares (40/35/25 %), and the Carrefour building half by dedicated floor area, half by the use
 * of its shared rooms. The warehouse and an office become dedicated spaces for the floor-area part.
 */
export async function seedDemoAllocation(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const nowMs = clock.nowMs();
  const { famille, culture, banque } = directory.organisations;
  const [site] = await manager.query('SELECT id FROM site WHERE network_id = $1 ORDER BY created_at LIMIT 1', [
    directory.networkId,
  ]);
  await manager.query(
    `UPDATE space SET dedicated_organisation_id = $2
      WHERE resource_id = (SELECT id FROM resource WHERE network_id = $1 AND name = 'Entrepôt')`,
    [directory.networkId, banque],
  );
  const [office] = await manager.query(
    `INSERT INTO resource (network_id, type, name, carrier_organisation_id, time_zone, bookable_by)
     VALUES ($1, 'space', 'Bureau 201', $2, $3, 'list') RETURNING id`,
    [directory.networkId, banque, ZONE],
  );
  await manager.query('INSERT INTO resource_bookable_organisation (resource_id, organisation_id) VALUES ($1, $2)', [
    office.id,
    famille,
  ]);
  await manager.query(
    `INSERT INTO space (resource_id, site_id, capacity, floor_area_m2, equipment, dedicated_organisation_id)
     VALUES ($1, $2, 4, 24, '{bureau}', $3)`,
    [office.id, site.id, famille],
  );

  const staff = async (name: string): Promise<string> =>
    (
      await manager.query(`SELECT id FROM resource WHERE network_id = $1 AND type = 'staff' AND name = $2`, [
        directory.networkId,
        name,
      ])
    )[0].id;
  const year = new Date(nowMs).getUTCFullYear();
  const pools: Array<{
    name: string;
    description: string;
    carrier: string;
    resourceId?: string;
    siteId?: string;
    key: AllocationKey;
    amountCents: number;
  }> = [
    {
      name: 'Salaire et charges — comptable',
      description: 'Salaire, avantages sociaux et charges de la comptable partagée.',
      carrier: famille,
      resourceId: await staff('Comptable partagé·e'),
      key: { kind: 'usage_share', fallback: 'equal_split', minChargeCents: null, capCents: null },
      amountCents: 520_000,
    },
    {
      name: 'Salaire et charges — communications',
      description: 'Agent·e de communication, réparti selon les parts fixes des ententes.',
      carrier: culture,
      resourceId: await staff('Agent·e de communication'),
      key: { kind: 'fixed_share', fallback: 'equal_split', minChargeCents: null, capCents: null },
      amountCents: 430_000,
    },
    {
      name: 'Loyer et énergie — Carrefour',
      description: 'Loyer, chauffage et électricité du Carrefour communautaire.',
      carrier: banque,
      siteId: site.id,
      key: {
        kind: 'hybrid',
        parts: [
          { key: 'floor_area', percent: 50 },
          { key: 'usage_share', percent: 50 },
        ],
        fallback: 'equal_split',
        minChargeCents: null,
        capCents: null,
      },
      amountCents: 340_000,
    },
  ];
  for (const pool of pools) {
    const [row] = await manager.query(
      `INSERT INTO cost_pool (network_id, name, description, carrier_organisation_id, site_id, allocation_key)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [directory.networkId, pool.name, pool.description, pool.carrier, pool.siteId ?? null, JSON.stringify(pool.key)],
    );
    if (pool.resourceId) {
      await manager.query('INSERT INTO cost_pool_resource (pool_id, resource_id) VALUES ($1, $2)', [row.id, pool.resourceId]);
    }
    await manager.query(
      `INSERT INTO cost_pool_amount (pool_id, period, amount_cents)
       SELECT $1, daterange(m::date, (m + interval '1 month')::date), $2
         FROM generate_series(make_date($3, 1, 1), make_date($3 + 1, 12, 1), interval '1 month') m`,
      [row.id, pool.amountCents, year],
    );
  }
}
