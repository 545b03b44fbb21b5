import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { Clock, FixedClock } from '../src/clock/clock';
import { loadConfig } from '../src/config/app-config';
import { Factory } from './factories';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  /** A supertest agent: keeps cookies between requests, like a browser. */
  http: TestAgent;
  /** A fresh agent with no cookies (another browser). */
  newAgent(): TestAgent;
  dataSource: DataSource;
  database: TestDatabase;
  factory: Factory;
  /** The app's clock: fixed at `TEST_NOW` unless the test moves it. */
  clock: FixedClock;
  close(): Promise<void>;
}

/**
 * "Now" for every API test: a Monday in November 2026, whatever the machine's date. Tests write
 * their dates relative to it (or as literals after it) and pass today and years from now.
 */
export const TEST_NOW = new Date('2026-11-16T14:00:00Z');

/**
 * Boots the real API (same pipeline as `main.ts`) against a fresh database of its own.
 * `connectThrough` lets a test put something between the app and that database (an outage proxy);
 * `shared` is another app's database: a second API instance on the same data (left to its owner).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  now: Date = TEST_NOW,
  options: { connectThrough?: (url: string) => Promise<string> | string; shared?: TestDatabase } = {},
): Promise<TestApp> {
  const { connectThrough = (url: string) => url, shared } = options;
  const database = shared ?? (await createTestDatabase());
  const clock = new FixedClock(now.getTime());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIST: '/nonexistent', ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ ...config, databaseUrl: await connectThrough(database.url) })],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, config);
  // A real listening socket: supertest would otherwise open one per request, which breaks under concurrency.
  await app.listen(0, '127.0.0.1');
  const server = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  return {
    app,
    http: request.agent(server),
    newAgent: () => request.agent(server),
    dataSource: app.get(DataSource),
    database,
    factory: new Factory(app.get(DataSource)),
    clock,
    async close() {
      await app.close();
      if (!shared) await database.drop();
    },
  };
}
