import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export interface DatabaseConnection {
  url: string;
  embedded: EmbeddedPostgresHandle | null;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL with its data under DATA_DIR. */
export async function connectDatabase(
  config: AppConfig,
  log: { debug(line: string): void; warn(line: string): void },
): Promise<DatabaseConnection> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    database: 'mutualis',
    log: config.logLevel === 'debug' || config.logLevel === 'trace' ? (line) => log.debug(`PostgreSQL: ${line}`) : undefined,
    warn: (line) => log.warn(line),
  });
  return { url: embedded.url, embedded };
}
