import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
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
  close(): Promise<void>;
}

/** Boots the real API (same pipeline as `main.ts`) against a fresh database of its own. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIST: '/nonexistent', ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ ...config, databaseUrl: database.url })],
  }).compile();
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
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
