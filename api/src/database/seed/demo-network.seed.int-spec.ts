import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { TEST_NOW } from '../../../test/test-app';
import { FixedClock } from '../../clock/clock';
import { DEMO_ACCOUNTS, seedDemoNetwork } from './demo-network.seed';

describe('demo network seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates the demo network with its five accounts once, and never touches a database that has data', async () => {
    const clock = new FixedClock(TEST_NOW.getTime());
    expect(await seedDemoNetwork(db.url, clock)).toBe(true);
    expect(await seedDemoNetwork(db.url, clock)).toBe(false);
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
        'Bureau du mardi (Centre culturel)',
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
      // Dated by the clock it is given, whatever the machine's date.
      const decided = await client.query('SELECT DISTINCT decided_at FROM timesheet_entry WHERE decided_at IS NOT NULL');
      expect(decided.rows).toEqual([{ decided_at: TEST_NOW }]);
      const worked = await client.query(`SELECT to_char(max(work_date), 'YYYY-MM-DD') AS last FROM timesheet_entry`);
      expect(worked.rows[0].last < '2026-11-16').toBe(true);
      expect(worked.rows[0].last >= '2026-11-09').toBe(true);
      const joined = await client.query(`SELECT DISTINCT to_char(joined_on, 'YYYY-MM-DD') AS d FROM network_membership_period`);
      expect(joined.rows).toEqual([{ d: '2025-01-01' }]);
      // The fiscal year (April to March) of the clock the seed was given has its targets.
      const fiscalStart = TEST_NOW.getUTCMonth() >= 3 ? TEST_NOW.getUTCFullYear() : TEST_NOW.getUTCFullYear() - 1;
      const impact = await client.query(
        `SELECT (SELECT count(*)::int FROM stand_alone_rate) AS rates, (SELECT count(*)::int FROM impact_indicator) AS indicators,
                (SELECT count(DISTINCT stage)::int FROM impact_indicator) AS stages, (SELECT count(*)::int FROM impact_indicator_value) AS entered,
                (SELECT count(*)::int FROM impact_indicator_target WHERE period = daterange($1::date, $2::date)) AS this_fiscal_year,
                (SELECT count(*)::int FROM impact_indicator_target) AS targets`,
        [`${fiscalStart}-04-01`, `${fiscalStart + 1}-04-01`],
      );
      expect(impact.rows[0]).toEqual({ rates: 7, indicators: 9, stages: 3, entered: 6, this_fiscal_year: 6, targets: 12 });
      const board = await client.query(
        `SELECT (SELECT count(*)::int FROM board_post) AS posts, (SELECT count(DISTINCT category)::int FROM board_post) AS categories,
                (SELECT count(*)::int FROM board_conversation) AS conversations,
                (SELECT count(*)::int FROM board_post WHERE status = 'matched' AND created_resource_id IS NOT NULL) AS matched`,
      );
      expect(board.rows[0]).toEqual({ posts: 12, categories: 6, conversations: 2, matched: 1 });
    } finally {
      await client.end();
    }
  });
});
