import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/run-migrations';
import { createTestDataDirectory, removeStaleTestDataDirectories } from './test-data-directories';
import { ADMIN_URL_VAR, TEMPLATE_VAR } from './test-database-env';

declare global {
  var __MUTUALIS_EMBEDDED_PG__: { handle: EmbeddedPostgresHandle; dataDir: string } | undefined;
}

/**
 * Once per `jest` run: a PostgreSQL (DATABASE_URL, or a throwaway embedded one with fsync off)
 * and a template database with every migration applied. Each test file clones the template.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    await removeStaleTestDataDirectories();
    const dataDir = await createTestDataDirectory();
    const embedded = await startEmbeddedPostgres({ dataDir, database: 'postgres', durable: false });
    globalThis.__MUTUALIS_EMBEDDED_PG__ = { handle: embedded, dataDir };
    adminUrl = embedded.url;
  }
  const template = `mutualis_template_${process.pid}`;
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template}`);
    await client.query(`CREATE DATABASE ${template}`);
  });
  await runMigrations(withDatabase(adminUrl, template));
  process.env[ADMIN_URL_VAR] = adminUrl;
  process.env[TEMPLATE_VAR] = template;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
