import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AppModule } from './app/app.module';
import { createBootstrapLogger } from './app/bootstrap-logger';
import { configureApp } from './app/configure-app';
import { Clock } from './clock/clock';
import { installGracefulShutdown } from './app/graceful-shutdown';
import { flushLogStream, quietStartUp } from './app/log-stream';
import { ConfigError, loadConfig, loadEnvFile, type AppConfig } from './config/app-config';
import { connectDatabase, type DatabaseConnection } from './database/database-connection';
import { generateMigration } from './database/generate-migration';
import { revertLastMigration, runMigrations } from './database/run-migrations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoNetwork } from './database/seed/demo-network.seed';
import { startMailCatcherUnlessSmtp } from './modules/notifications/mail-catcher/start-mail-catcher';

let logger: Pick<Logger, 'info' | 'warn' | 'debug'> = {
  info: (m: string) => console.log(m),
  warn: (m: string) => console.warn(m),
  debug: () => undefined,
};

async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  logger = createBootstrapLogger(config);
  const command = process.argv[2] ?? 'serve';
  const database = await connectDatabase(config, {
    debug: (line) => logger.debug(line),
    warn: (line) => logger.warn(line),
  });
  const stopDatabase = async (): Promise<void> => {
    await database.embedded?.stop();
  };
  try {
    switch (command) {
      case 'serve':
        return await serve(config, database, stopDatabase);
      case 'migration:run':
        logApplied((await runMigrations(database.url)).applied);
        return await stopDatabase();
      case 'migration:revert':
        await revertLastMigration(database.url);
        logger.info('Reverted the last migration.');
        return await stopDatabase();
      case 'migration:generate': {
        const file = await generateMigration(database.url, process.argv[3] ?? 'Migration');
        logger.info(file ? `Wrote api/src/database/migrations/${file}.ts — review it before committing.` : 'No schema changes.');
        return await stopDatabase();
      }
      default:
        throw new ConfigError([
          `Unknown command "${command}" (expected serve, migration:run, migration:revert or migration:generate)`,
        ]);
    }
  } catch (error) {
    await stopDatabase().catch(() => undefined);
    throw error;
  }
}

async function serve(config: AppConfig, database: DatabaseConnection, stopDatabase: () => Promise<void>): Promise<void> {
  logApplied((await runMigrations(database.url)).applied);
  const mail = await startMailCatcherUnlessSmtp(config);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ ...config, smtpUrl: mail.smtpUrl, databaseUrl: database.url }),
    { bufferLogs: true, bodyParser: false },
  );
  // The demo is seeded around the app's own today (its Clock), before the app serves anything.
  const seeded = config.seedDemo && (await seedDemoNetwork(database.url, app.get(Clock)));
  app.useLogger(quietStartUp(app.get(PinoLogger)));
  configureApp(app, config);
  await listen(app, config);

  const url = `http://localhost:${config.port}`;
  logger.info(`Mutualis is ready at ${url} (API ${url}/api, docs ${url}/api/docs)`);
  logger.info(database.embedded ? `Database: embedded PostgreSQL, data in ${config.dataDir}` : 'Database: DATABASE_URL');
  logger.info(
    mail.webUrl
      ? `E-mail: every message goes to the local mail catcher, read them at ${mail.webUrl}`
      : config.smtpUrl
        ? 'E-mail: SMTP_URL'
        : 'E-mail: not sent (no SMTP_URL, MAIL_CATCHER=false)',
  );
  if (seeded) printDemoAccounts(url);
  // Right under the demo accounts: where a person trying the demo reads what Mutualis sends them.
  if (seeded && mail.webUrl)
    logger.info(`E-mails Mutualis sends (invitations, approvals, resets…) land in the mail catcher: ${mail.webUrl}`);
  installGracefulShutdown({
    app,
    stopDatabase: async () => {
      await mail.stop();
      await stopDatabase();
    },
    log: logger,
    flushLogs,
  });
}

/** A port taken or an address that is not this machine's is the user's to fix: say which variable. */
async function listen(app: NestExpressApplication, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${config.host}:${config.port}`;
    if (code === 'EADDRINUSE') {
      throw new ConfigError([
        `PORT ${config.port} is already in use on ${config.host} (another program, or Mutualis already running): stop it or set PORT to another port`,
      ]);
    }
    if (code === 'EACCES') {
      throw new ConfigError([
        `PORT ${config.port} needs administrator rights on this system: set PORT to 1024 or above (listening on ${where})`,
      ]);
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new ConfigError([
        `HOST ${config.host} is not an address of this machine: set HOST to 0.0.0.0 (every interface), 127.0.0.1 or one of its addresses`,
      ]);
    }
    throw error;
  }
}

async function flushLogs(): Promise<void> {
  flushLogStream();
}

function printDemoAccounts(url: string): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.description}`);
  console.log(
    `\nDemo network « Réseau Laurentides (démo) » created. Sign in at ${url} with password ${DEMO_PASSWORD}:\n${lines.join('\n')}\n`,
  );
}

function logApplied(applied: string[]): void {
  logger.info(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // Configuration and database problems are the user's to fix: say what, without a stack trace.
  if (error instanceof ConfigError || (error instanceof Error && error.name === 'EmbeddedPostgresError')) {
    console.error(`\nMutualis could not start.\n${message}\n`);
  } else {
    console.error('\nMutualis could not start.', error);
  }
  process.exit(1);
});
