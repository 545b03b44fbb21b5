import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { SQLSTATE } from '../../errors/postgres-error';

export const QUEUE_SCHEMA = 'pgboss';

export type JobHandler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

interface Registration {
  name: string;
  /** Jobs fetched per poll and worked concurrently (deliveries: many; scheduled work: one). */
  batchSize: number;
  options: PgBoss.Queue;
  handler: JobHandler<unknown>;
  /** Cron (server time) for scheduled work; pg-boss makes sure one instance runs it. */
  cron?: string;
}

/**
 * The PostgreSQL-backed job queue (pg-boss). Jobs are inserted in the caller's transaction, so a job
 * exists exactly when the change that asked for it committed; several instances fetch with SKIP LOCKED
 * and never run one job twice. Features register their queues at module init; workers start at
 * application bootstrap when `queueWorkers` is on.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private started: Promise<void> | null = null;
  private stopping = false;
  /** Names this instance's connections, so that shutdown can wait for exactly those to be gone. */
  private readonly applicationName = `pgboss ${randomUUID().slice(0, 8)}`;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig & { databaseUrl?: string },
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const { url } = dataSource.options as { url?: string };
    this.boss = new PgBoss({
      connectionString: url,
      schema: QUEUE_SCHEMA,
      max: 3,
      application_name: this.applicationName,
      // Scheduling and maintenance only where jobs are worked: a test app stays quiet.
      schedule: config.queueWorkers,
      supervise: config.queueWorkers,
      migrate: true,
    });
    this.boss.on('error', (error: Error & { code?: string }) => {
      // While stopping, a connection the server closes under a poll (« terminating connection due to
      // administrator command ») is expected, not an error.
      if (this.stopping && error.code === SQLSTATE.ADMIN_SHUTDOWN) return this.logger.debug('Job queue connection closed');
      this.logger.error({ err: error }, 'Job queue error');
    });
  }

  /** Declares a queue and its handler; call from a provider's constructor or onModuleInit. */
  register<T>(
    name: string,
    options: Omit<PgBoss.Queue, 'name'> & { batchSize?: number },
    handler: JobHandler<T>,
    cron?: string,
  ): void {
    const { batchSize = 1, ...queue } = options;
    this.registrations.push({ name, batchSize, options: { name, ...queue }, handler: handler as JobHandler<unknown>, cron });
  }

  async onModuleInit(): Promise<void> {
    await this.ready();
  }

  /** Starts pg-boss once, then creates the registered queues and, with workers on, works them. */
  ready(): Promise<void> {
    this.started ??= (async () => {
      // Providers register in their constructors, which all ran before any onModuleInit.
      await this.boss.start();
      for (const r of this.registrations) {
        const existing = await this.boss.getQueue(r.name);
        if (existing) await this.boss.updateQueue(r.name, r.options);
        else await this.boss.createQueue(r.name, r.options);
      }
      if (!this.config.queueWorkers) return;
      for (const r of this.registrations) {
        // A batch per poll, each job settled on its own: one failing message does not fail its neighbours.
        await this.boss.work<unknown>(
          r.name,
          { includeMetadata: true, batchSize: r.batchSize, pollingIntervalSeconds: this.config.nodeEnv === 'test' ? 0.5 : 1 },
          async (jobs) => {
            await Promise.all(
              jobs.map((job) =>
                r
                  .handler(job)
                  .catch((error: unknown) =>
                    this.boss.fail(r.name, job.id, { message: error instanceof Error ? error.message : String(error) }),
                  ),
              ),
            );
          },
        );
        if (r.cron) await this.boss.schedule(r.name, r.cron, {}, { tz: 'America/Toronto' });
      }
    })();
    return this.started;
  }

  /** Inserts jobs inside the caller's transaction: they exist only if it commits. */
  async insertInTransaction(
    manager: EntityManager,
    name: string,
    jobs: Array<{ data: object; singletonKey?: string }>,
  ): Promise<void> {
    if (jobs.length === 0) return;
    const client = await clientOf(manager);
    await this.boss.insert(
      jobs.map((job) => ({ name, data: job.data, singletonKey: job.singletonKey })),
      { db: { executeSql: (text, values) => client.query(text, values) } },
    );
  }

  /** Sends a job now (outside any transaction), e.g. « Réessayer ». */
  async send(name: string, data: object): Promise<void> {
    await this.boss.send(name, data);
  }

  /**
   * Within the shutdown grace (at most ~1.5 s here). Before any pool closes (TypeORM's closes in onApplicationShutdown, the embedded PostgreSQL after the
   * app): stop fetching, let running jobs finish, then wait until the server has really let go of our
   * connections. pg-boss resolves `stop` when it asked its sockets to close, not when they are closed, and a
   * database stopped in between answers each with « terminating connection due to administrator command ».
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 1_000 });
    await this.connectionsClosed();
  }

  private async connectionsClosed(): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const [row] = await this.dataSource
        .query('SELECT count(*)::int AS open FROM pg_stat_activity WHERE application_name = $1', [this.applicationName])
        .catch(() => [{ open: 0 }]);
      if (row.open === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

interface SqlClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The pg client of a TypeORM transaction, so that pg-boss writes in that very transaction. */
async function clientOf(manager: EntityManager): Promise<SqlClient> {
  const runner = manager.queryRunner as unknown as { isTransactionActive?: boolean; connect(): Promise<SqlClient> } | undefined;
  if (!runner?.isTransactionActive) throw new Error('JobQueue.insertInTransaction needs a transaction');
  return runner.connect();
}
