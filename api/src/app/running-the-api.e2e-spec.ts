import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTestDataDirectory, removeTestDataDirectory } from '../../test/test-data-directories';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { SHUTDOWN_GRACE_MS } from './graceful-shutdown';

const ROOT = join(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The real entry point (main.ts through ts-node), as `npm start` runs it, on its own database. */
function startApi(
  databaseUrl: string | null,
  port: number,
  stdio: 'ignore' | 'pipe' = 'ignore',
  extraEnv: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      TS_NODE_PROJECT: 'tools/bench/tsconfig.json',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // Without DATABASE_URL, main.ts starts its embedded PostgreSQL in DATA_DIR.
      DATABASE_URL: databaseUrl ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      MAINTENANCE_INTERVAL_MINUTES: '0',
      ...extraEnv,
    },
    stdio,
  });
}

function request(port: number, agent: Agent): Promise<number | 'refused'> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/api/auth/me', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('refused'));
  });
}

describe('running the API (main.ts)', () => {
  let database: TestDatabase;
  let api: ChildProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (api?.exitCode === null) api.kill('SIGKILL');
    await database.drop();
  });

  it(`exits cleanly within ${SHUTDOWN_GRACE_MS / 1000} s of SIGTERM while clients keep connections alive`, async () => {
    const port = await freePort();
    api = startApi(database.url, port);
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      api!.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const ready = Date.now() + 60_000;
    while ((await request(port, agent)) !== 401) {
      if (Date.now() > ready || api.exitCode !== null) throw new Error('the API did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    let stopping = false;
    const clients = Array.from({ length: 3 }, async () => {
      while (!stopping) await request(port, agent);
    });

    const sent = Date.now();
    api.kill('SIGTERM');
    const { code, at } = await exited;
    stopping = true;
    await Promise.all(clients);
    agent.destroy();

    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(SHUTDOWN_GRACE_MS);
  }, 90_000);

  it('stops the job queue before its embedded PostgreSQL: a SIGTERM logs no error', async () => {
    const dataDir = await createTestDataDirectory();
    const port = await freePort();
    api = startApi(null, port, 'pipe', { DATA_DIR: dataDir, LOG_LEVEL: 'info', MAIL_CATCHER: 'false' });
    let output = '';
    api.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => api!.once('exit', resolve));
    const agent = new Agent({ keepAlive: false });
    // ts-node compiles main.ts and PostgreSQL initialises its cluster first: slow on a busy machine.
    const ready = Date.now() + 200_000;
    while ((await request(port, agent)) !== 401) {
      if (Date.now() > ready || api.exitCode !== null) throw new Error(`the API did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    // Long enough for the queue's workers to be polling when the signal comes.
    await new Promise((r) => setTimeout(r, 1500));
    api.kill('SIGTERM');
    const code = await exited;
    await removeTestDataDirectory(dataDir);

    // What this test guards is the log; how fast the stop is, the test above (on a busy machine the
    // embedded PostgreSQL alone may take the whole grace period, and the exit is then forced).
    expect(output).toMatch(/Stopped in|Still stopping after/);
    expect(code === 0 || output.includes('Still stopping after')).toBe(true);
    expect(output).not.toMatch(/"level":50|ERROR|terminating connection|administrator command/);
  }, 240_000);

  it('names the variable to change when the port is taken, without a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      api = startApi(database.url, port, 'pipe');
      let output = '';
      api.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      api.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => api!.once('exit', resolve));

      expect(code).toBe(1);
      expect(output).toContain(`PORT ${port} is already in use`);
      expect(output).toMatch(/set PORT/);
      expect(output).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      taken.close();
    }
  }, 90_000);
});
