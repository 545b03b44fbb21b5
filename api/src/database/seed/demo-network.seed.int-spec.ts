import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { DEMO_ACCOUNTS, seedDemoNetwork } from './demo-network.seed';

describe('demo network seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates the demo network with its five accounts once, and never touches a database that has data', async () => {
    expect(await seedDemoNetwork(db.url)).toBe(true);
    expect(await seedDemoNetwork(db.url)).toBe(false);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const networks = await client.query('SELECT name FROM network');
      expect(networks.rows).toEqual([{ name: 'Réseau Laurentides (démo)' }]);
      const users = await client.query('SELECT email FROM app_user ORDER BY email');
      expect(users.rows.map((r) => r.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
      const organisations = await client.query('SELECT count(*)::int AS n FROM organisation');
      expect(organisations.rows[0].n).toBe(3);
      const rooms = await client.query(`SELECT name FROM resource WHERE type = 'space' ORDER BY name`);
      expect(rooms.rows.map((r) => r.name)).toEqual([
        'Bureau 201',
        'Cuisine collective',
        'Entrepôt',
        'Salle Bouleau',
        'Salle Érable',
      ]);
      const bookings = await client.query(
        `SELECT count(*)::int AS n FROM booking_occurrence WHERE status IN ('pending', 'confirmed')`,
      );
      expect(bookings.rows[0].n).toBeGreaterThan(20);
      const staff = await client.query(
        `SELECT r.name, u.email FROM staff_member s JOIN resource r ON r.id = s.resource_id JOIN app_user u ON u.staff_resource_id = r.id ORDER BY r.name`,
      );
      expect(staff.rows).toEqual([
        { name: 'Agent·e de communication', email: 'communications@demo.test' },
        { name: 'Comptable partagé·e', email: 'comptable@demo.test' },
      ]);
      const shares = await client.query(
        `SELECT sum(fixed_share_percent)::int AS total FROM agreement WHERE fixed_share_percent IS NOT NULL`,
      );
      expect(shares.rows[0].total).toBe(100);
      const impact = await client.query(
        `SELECT (SELECT count(*)::int FROM stand_alone_rate) AS rates, (SELECT count(*)::int FROM impact_indicator) AS indicators,
                (SELECT count(DISTINCT stage)::int FROM impact_indicator) AS stages, (SELECT count(*)::int FROM impact_indicator_value) AS entered`,
      );
      expect(impact.rows[0]).toEqual({ rates: 7, indicators: 9, stages: 3, entered: 6 });
    } finally {
      await client.end();
    }
  });
});
