import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { preparedStatement, runPrepared } from './prepared-statement';

const PLAIN = preparedStatement('test-plan-mode', `SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n`);
const GENERIC = preparedStatement('test-plan-mode-generic', `SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n`, {
  genericPlan: true,
});

describe('prepared statements', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('plan as PostgreSQL chooses unless declared with a generic plan, which they then always use', async () => {
    expect(await runPrepared(dataSource.manager, PLAIN, [1])).toEqual([{ mode: 'auto', n: 1 }]);
    for (let call = 0; call < 3; call += 1) {
      expect(await runPrepared(dataSource.manager, GENERIC, [call])).toEqual([{ mode: 'force_generic_plan', n: call }]);
    }
    const [plans] = await runPrepared<{ generic: number; custom: number }>(
      dataSource.manager,
      preparedStatement(
        'test-plans-of-generic',
        `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = $1`,
        { genericPlan: true },
      ),
      ['test-plan-mode-generic'],
    );
    // Calls one after another take the same idle connection: the one that planned the three calls above.
    expect(plans).toEqual({ generic: 3, custom: 0 });
  });

  it('run in the transaction they are given, with the plan mode of its connection', async () => {
    const rows = await dataSource.transaction((manager) => runPrepared(manager, GENERIC, [7]));
    expect(rows).toEqual([{ mode: 'auto', n: 7 }]);
  });
});
