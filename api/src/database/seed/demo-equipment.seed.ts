import type { AllocationKey } from '@mutualis/contracts';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock/clock';
import type { DemoDirectory } from './demo-premises.seed';

const ZONE = 'America/Toronto';

interface DemoLoan {
  resource: string;
  organisation: keyof DemoDirectory['organisations'];
  requester: string;
  title: string;
  /** Days from today (local), first and last day of the loan. */
  from: number;
  to: number;
  quantity?: number;
  /** Storage: midnight to midnight. Otherwise 09:00 to 17:00. */
  wholeDays?: boolean;
  /** Checked out (and returned, with the odometer for the van) or still out. */
  loan?: { driver?: string; odometer?: [number, number | null]; notes: string; returnNotes?: string; late?: boolean };
}

/**
 * Issue #16's demo: « Camionnette », 40 folding tables, a projector and a sound system lent from the
 * Carrefour, 6 shelves in « Entrepôt » allocated by the month; a returned van loan with its kilometres,
 * a late one still out, and cost pools by kilometres, units × days and storage area (m² × days).
 */
export async function seedDemoEquipment(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const [site] = await manager.query('SELECT id FROM site WHERE network_id = $1 ORDER BY created_at LIMIT 1', [
    directory.networkId,
  ]);
  const items: Array<{ type: string; name: string; quantity: number; unit: string; area?: number; maxDays: number }> = [
    { type: 'vehicle', name: 'Camionnette', quantity: 1, unit: '', maxDays: 14 },
    { type: 'equipment', name: 'Tables pliantes', quantity: 40, unit: 'table', maxDays: 14 },
    { type: 'equipment', name: 'Projecteur', quantity: 1, unit: '', maxDays: 7 },
    { type: 'equipment', name: 'Système de son', quantity: 1, unit: '', maxDays: 7 },
    { type: 'storage', name: 'Tablettes — Entrepôt', quantity: 6, unit: 'tablette', area: 1.5, maxDays: 366 },
  ];
  const ids: Record<string, string> = {};
  for (const item of items) {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, time_zone, site_id, quantity, unit_label, unit_area_m2, max_duration_minutes,
                             carrier_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        directory.networkId,
        item.type,
        item.name,
        ZONE,
        site.id,
        item.quantity,
        item.unit,
        item.area ?? null,
        item.maxDays * 1440,
        directory.organisations.banque,
      ],
    );
    ids[item.name] = row.id;
  }
  const today = DateTime.fromMillis(clock.nowMs(), { zone: ZONE }).startOf('day');
  const loans: DemoLoan[] = [
    {
      resource: 'Camionnette',
      organisation: 'famille',
      requester: 'membre@famille.demo.test',
      title: 'Collecte de vêtements',
      from: -9,
      to: -8,
      loan: { driver: 'Maxime Membre', odometer: [48210, 48342], notes: 'Plein fait', returnNotes: 'Propre, plein fait' },
    },
    {
      resource: 'Camionnette',
      organisation: 'culture',
      requester: 'admin@culture.demo.test',
      title: 'Tournée du spectacle',
      from: -3,
      to: -1,
      loan: { driver: 'Dominique Culture', odometer: [48342, null], notes: 'Réservoir aux trois quarts', late: true },
    },
    {
      resource: 'Tables pliantes',
      organisation: 'culture',
      requester: 'admin@culture.demo.test',
      title: 'Vernissage',
      from: -6,
      to: -5,
      quantity: 12,
      loan: { notes: '12 tables en bon état', returnNotes: 'Une table égratignée' },
    },
    {
      resource: 'Tables pliantes',
      organisation: 'famille',
      requester: 'admin@famille.demo.test',
      title: 'Fête de quartier',
      from: 4,
      to: 5,
      quantity: 30,
    },
    {
      resource: 'Projecteur',
      organisation: 'famille',
      requester: 'membre@famille.demo.test',
      title: 'Ciné-famille',
      from: 2,
      to: 2,
    },
    {
      resource: 'Système de son',
      organisation: 'culture',
      requester: 'admin@culture.demo.test',
      title: 'Concert',
      from: 4,
      to: 5,
    },
    {
      resource: 'Tablettes — Entrepôt',
      organisation: 'banque',
      requester: 'coordination@demo.test',
      title: 'Denrées sèches',
      from: -today.day + 1,
      to: -today.day + 1 + 365,
      quantity: 3,
      wholeDays: true,
    },
    {
      resource: 'Tablettes — Entrepôt',
      organisation: 'famille',
      requester: 'admin@famille.demo.test',
      title: 'Archives et jouets',
      from: -today.day + 1,
      to: -today.day + 1 + 180,
      quantity: 2,
      wholeDays: true,
    },
  ];
  // The late loan last: from then on it blocks the van.
  for (const demo of loans) await insertLoan(manager, directory, ids[demo.resource], demo, today, clock.nowMs());

  const pools: Array<{ name: string; description: string; resource: string; key: AllocationKey; amountCents: number }> = [
    {
      name: 'Camionnette — assurance et entretien',
      description: 'Assurance, immatriculation et entretien, selon les kilomètres parcourus.',
      resource: 'Camionnette',
      key: { kind: 'kilometres', fallback: 'equal_split', minChargeCents: null, capCents: null },
      amountCents: 45_000,
    },
    {
      name: 'Matériel partagé — tables',
      description: 'Remplacement et réparation des tables, selon les unités · jours empruntées.',
      resource: 'Tables pliantes',
      key: { kind: 'unit_days', fallback: 'equal_split', minChargeCents: null, capCents: null },
      amountCents: 8_000,
    },
    {
      name: 'Entreposage — Entrepôt',
      description: 'Part du loyer de l’entrepôt, selon la superficie occupée (m² · jours).',
      resource: 'Tablettes — Entrepôt',
      key: { kind: 'storage_area', fallback: 'equal_split', minChargeCents: null, capCents: null },
      amountCents: 30_000,
    },
  ];
  const year = today.year;
  for (const pool of pools) {
    const [row] = await manager.query(
      `INSERT INTO cost_pool (network_id, name, description, carrier_organisation_id, allocation_key)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [directory.networkId, pool.name, pool.description, directory.organisations.banque, JSON.stringify(pool.key)],
    );
    await manager.query('INSERT INTO cost_pool_resource (pool_id, resource_id) VALUES ($1, $2)', [row.id, ids[pool.resource]]);
    await manager.query(
      `INSERT INTO cost_pool_amount (pool_id, period, amount_cents)
       SELECT $1, daterange(m::date, (m + interval '1 month')::date), $2
         FROM generate_series(make_date($3, 1, 1), make_date($3 + 1, 12, 1), interval '1 month') m`,
      [row.id, pool.amountCents, year],
    );
  }
}

async function insertLoan(
  manager: EntityManager,
  directory: DemoDirectory,
  resourceId: string,
  demo: DemoLoan,
  today: DateTime,
  nowMs: number,
): Promise<void> {
  const start = demo.wholeDays ? today.plus({ days: demo.from }) : today.plus({ days: demo.from }).set({ hour: 9 });
  const end = demo.wholeDays ? today.plus({ days: demo.to + 1 }) : today.plus({ days: demo.to }).set({ hour: 17 });
  const minutes = Math.round(end.diff(start, 'minutes').minutes);
  const requester = directory.users[demo.requester];
  const organisationId = directory.organisations[demo.organisation];
  const [series] = await manager.query(
    `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, start_local, time_zone, duration_minutes,
                                 quantity, pooled)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true) RETURNING id`,
    [resourceId, organisationId, requester, demo.title, start.toFormat("yyyy-MM-dd'T'HH:mm"), ZONE, minutes, demo.quantity ?? 1],
  );
  const [occurrence] = await manager.query(
    `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status, quantity, pooled)
     VALUES ($1, $2, $3, $4, $5, tstzrange($4, $5), 'confirmed', $6, true) RETURNING id`,
    [series.id, resourceId, organisationId, start.toJSDate(), end.toJSDate(), demo.quantity ?? 1],
  );
  if (!demo.loan) return;
  const returned = !demo.loan.late && end.toMillis() < nowMs;
  await manager.query(
    `INSERT INTO loan (occurrence_id, resource_id, checked_out_at, checked_out_by, driver_name, odometer_out_km, checkout_notes,
                       returned_at, returned_by, odometer_in_km, return_notes, late_since)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      occurrence.id,
      resourceId,
      start.toJSDate(),
      requester,
      demo.loan.driver ?? null,
      demo.loan.odometer?.[0] ?? null,
      demo.loan.notes,
      returned ? end.minus({ minutes: 30 }).toJSDate() : null,
      returned ? requester : null,
      returned ? (demo.loan.odometer?.[1] ?? null) : null,
      returned ? (demo.loan.returnNotes ?? '') : '',
      demo.loan.late ? end.plus({ minutes: 15 }).toJSDate() : null,
    ],
  );
}
