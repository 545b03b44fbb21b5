import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition used by the app, the migration commands and the tests. Schema changes go through migrations only. */
export function dataSourceOptions(url: string, pool: { size?: number; waitMs?: number } = {}): DataSourceOptions {
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
    // A request that waits `waitMs` for a free connection gives up with pg-pool's "timeout exceeded when
    // trying to connect", answered 503 OVERLOADED with Retry-After (api/src/errors/database-failure.ts).
    // Connections once opened are kept (min = max): opening one costs a backend fork and a SCRAM
    // handshake, which under CPU saturation can alone outlast the wait; a burst after a quiet spell
    // would otherwise pay it for every connection at once.
    extra: { max: pool.size ?? 10, min: pool.size ?? 10, connectionTimeoutMillis: pool.waitMs ?? 5000 },
  };
}
