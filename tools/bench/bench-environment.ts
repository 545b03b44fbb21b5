import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { AppModule } from '../../api/src/app/app.module';
import { configureApp } from '../../api/src/app/configure-app';
import { loadConfig } from '../../api/src/config/app-config';
import {
  createDatabaseIfMissing,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../../api/src/database/embedded-postgres';
import { runMigrations } from '../../api/src/database/run-migrations';

/** A migrated database and the real API listening on a free port, for the benchmark suites. */
export interface BenchEnvironment {
  baseUrl: string;
  /** The running API, for suites that measure a service in-process. */
  app: NestExpressApplication;
  pool: Pool;
  databaseUrl: string;
  close(): Promise<void>;
}

export async function startBenchEnvironment(database: string): Promise<BenchEnvironment> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'mutualis-bench-'));
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, database: 'postgres', durable: true });
    adminUrl = embedded.url;
  }
  const url = new URL(adminUrl);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  await createDatabaseIfMissing(adminUrl, database);
  await runMigrations(databaseUrl);

  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WEB_DIST: '/nonexistent',
    MAINTENANCE_INTERVAL_MINUTES: '0',
    // To see how the API behaves with a smaller or larger pool, or a shorter wait for a connection.
    DATABASE_POOL_SIZE: process.env['DATABASE_POOL_SIZE'] ?? '',
    DATABASE_POOL_WAIT_MS: process.env['DATABASE_POOL_WAIT_MS'] ?? '',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl }), {
    bodyParser: false,
    logger: false,
  });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    pool,
    databaseUrl,
    async close() {
      await pool.end();
      await app.close();
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
