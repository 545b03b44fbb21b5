import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition used by the app, the migration commands and the tests. Schema changes go through migrations only. */
export function dataSourceOptions(url: string, overrides: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Query errors reach the exception filter (and the logs, when they are bugs); expected ones such as
    // exclusion violations under concurrency are not noise to print.
    logging: ['migration'],
    extra: { max: overrides.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  };
}
