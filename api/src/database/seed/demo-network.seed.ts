import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { Clock } from '../../clock/clock';
import { dataSourceOptions } from '../data-source-options';
import { ARGON2_OPTIONS } from '../../modules/credentials/password-hasher';
import { seedDemoPremises } from './demo-premises.seed';
import { seedDemoAllocation } from './demo-allocation.seed';
import { seedDemoStaff } from './demo-staff.seed';
import { seedDemoImpact } from './demo-impact.seed';
import { seedDemoBoard } from './demo-board.seed';
import { seedDemoEquipment } from './demo-equipment.seed';

/** Demo-only password, printed at start and in the README; every demo account uses it. */
export const DEMO_PASSWORD = 'demo12345';

export interface DemoAccount {
  email: string;
  name: string;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'coordination@demo.test',
    name: 'Camille Coordination',
    description: 'coordonnatrice du réseau / network coordinator',
  },
  { email: 'admin@famille.demo.test', name: 'Alex Administration', description: 'admin, Maison de la famille' },
  { email: 'membre@famille.demo.test', name: 'Maxime Membre', description: 'membre, Maison de la famille' },
  { email: 'admin@culture.demo.test', name: 'Dominique Culture', description: 'admin, Centre culturel' },
  { email: 'comptable@demo.test', name: 'Sasha Comptable', description: 'comptable partagé·e / pooled accountant' },
  {
    email: 'communications@demo.test',
    name: 'Noa Communications',
    description: 'agent·e de communication partagé·e / pooled communications officer',
  },
];

/**
 * Seeds « Réseau Laurentides (démo) » on a database that has no network yet, in one transaction,
 * around the app's today (`clock`). Returns false when there was already data (the seed never
 * touches a used database).
 */
export async function seedDemoNetwork(url: string, clock: Clock): Promise<boolean> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, { size: 1 }), logging: ['error'] });
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      // Serialises concurrent first starts of several instances.
      await manager.query('LOCK TABLE network IN EXCLUSIVE MODE');
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM network');
      if (count > 0) return false;

      const [network] = await manager.query(`INSERT INTO network (name) VALUES ('Réseau Laurentides (démo)') RETURNING id`);
      const organisations: Record<string, string> = {};
      for (const name of ['Maison de la famille (démo)', 'Centre culturel (démo)', 'Banque alimentaire (démo)']) {
        const [row] = await manager.query('INSERT INTO organisation (name) VALUES ($1) RETURNING id', [name]);
        // Members since the start of last year: every month the demo's reports show counts them.
        await manager.query(
          'INSERT INTO network_membership_period (network_id, organisation_id, joined_on) VALUES ($1, $2, $3)',
          [network.id, row.id, `${new Date(clock.nowMs()).getUTCFullYear() - 1}-01-01`],
        );
        organisations[name] = row.id;
      }
      const hash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
      const users: Record<string, string> = {};
      for (const account of DEMO_ACCOUNTS) {
        const [row] = await manager.query('INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id', [
          account.email,
          account.name,
          hash,
        ]);
        users[account.email] = row.id;
      }
      const famille = organisations['Maison de la famille (démo)'];
      const culture = organisations['Centre culturel (démo)'];
      const memberships: Array<[string, string, 'admin' | 'member']> = [
        ['admin@famille.demo.test', famille, 'admin'],
        ['membre@famille.demo.test', famille, 'member'],
        ['admin@culture.demo.test', culture, 'admin'],
      ];
      for (const [email, organisationId, role] of memberships) {
        await manager.query('INSERT INTO organisation_membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
          users[email],
          organisationId,
          role,
        ]);
      }
      await manager.query('INSERT INTO network_coordinator (user_id, network_id) VALUES ($1, $2)', [
        users['coordination@demo.test'],
        network.id,
      ]);
      await seedDemoPremises(
        manager,
        { networkId: network.id, organisations: { famille, culture, banque: organisations['Banque alimentaire (démo)'] }, users },
        clock,
      );
      await seedDemoStaff(
        manager,
        { networkId: network.id, organisations: { famille, culture, banque: organisations['Banque alimentaire (démo)'] }, users },
        clock,
      );
      await seedDemoAllocation(
        manager,
        { networkId: network.id, organisations: { famille, culture, banque: organisations['Banque alimentaire (démo)'] }, users },
        clock,
      );
      await seedDemoImpact(
        manager,
        { networkId: network.id, organisations: { famille, culture, banque: organisations['Banque alimentaire (démo)'] }, users },
        clock,
      );
      await seedDemoEquipment(
        manager,
        { networkId: network.id, organisations: { famille, culture, banque: organisations['Banque alimentaire (démo)'] }, users },
        clock,
      );
      await seedDemoBoard(
        manager,
        { networkId: network.id, organisations: { famille, culture, banque: organisations['Banque alimentaire (démo)'] }, users },
        clock,
      );
      await manager.query(
        `INSERT INTO audit_event (entity, entity_id, action, network_id, after) VALUES ('network', $1::text, 'seed-demo', $1::uuid, $2)`,
        [network.id, JSON.stringify({ accounts: DEMO_ACCOUNTS.map((a) => a.email) })],
      );
      return true;
    });
  } finally {
    await dataSource.destroy();
  }
}
