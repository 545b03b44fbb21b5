import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { fork } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
export interface BenchEnvironment extends BenchApi {
  pool: Pool;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real API on a free port, in this process, over one database. */
export interface BenchApi {
  baseUrl: string;
  /** The running API, for suites that measure a service in-process. */
  app: NestExpressApplication;
  close(): Promise<void>;
}

/** The PostgreSQL server the benchmarks use: `DATABASE_URL`'s, or an embedded one in a throwaway folder. */
export interface BenchServer {
  adminUrl: string;
  /** The URL of database `name` on this server. */
  urlOf(name: string): string;
  /** Drops database `name` if it exists, creates it empty and migrates it. */
  freshDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env['DATABASE_URL'];
  // `BENCH_DATA_DIR` keeps the embedded server's data for a later run (the scale suite's instances).
  const keptDir = process.env['BENCH_DATA_DIR'];
  if (!adminUrl) {
    dataDir = keptDir || mkdtempSync(join(tmpdir(), 'mutualis-bench-'));
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, database: 'postgres', durable: true });
    adminUrl = embedded.url;
  }
  const server: BenchServer = {
    adminUrl,
    urlOf(name) {
      const url = new URL(adminUrl as string);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async freshDatabase(name) {
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      const databaseUrl = server.urlOf(name);
      await createDatabaseIfMissing(adminUrl as string, name);
      await runMigrations(databaseUrl);
      return databaseUrl;
    },
    async stop() {
      await embedded?.stop();
      if (dataDir && !keptDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

export async function startBenchApi(databaseUrl: string): Promise<BenchApi> {
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
  return { baseUrl: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

export async function startBenchEnvironment(database: string): Promise<BenchEnvironment> {
  const server = await startBenchServer();
  const databaseUrl = await server.freshDatabase(database);
  const api = await startBenchApi(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  return {
    ...api,
    pool,
    databaseUrl,
    async close() {
      await pool.end();
      await api.close();
      await server.stop();
    },
  };
}

/**
 * The API in a child process over `databaseUrl`: for measuring throughput with one or more instances
 * on the same database, without the benchmark's client sharing their event loop.
 */
export async function forkBenchApi(databaseUrl: string): Promise<{ baseUrl: string; stop(): void }> {
  const child = fork(join(__dirname, 'api-process.ts'), [databaseUrl], {
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    env: { ...process.env, TS_NODE_PROJECT: join(__dirname, 'tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { baseUrl: string }).baseUrl));
    child.once('exit', (code) => reject(new Error(`the API process stopped (${code})`)));
  });
  return { baseUrl, stop: () => child.disconnect() };
}
