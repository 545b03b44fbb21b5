#!/usr/bin/env node
// `npm run test:e2e`: starts Mutualis as `npm start` would (free port, throwaway data dir, demo seed),
// then runs the browser tests (node's test runner + playwright-core driving Debian's Chromium).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'mutualis-e2e-'));
chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as user postgres when we are root
const baseUrl = `http://127.0.0.1:${port}`;
// Production mode runs no mail catcher unless asked: the tests ask for one, on a port they know.
const mailPort = await freePort();
const mailUrl = `http://127.0.0.1:${mailPort}`;
const env = {
  ...process.env,
  PORT: String(port),
  DATA_DIR: dataDir,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  MAIL_CATCHER: 'true',
  MAIL_CATCHER_PORT: String(mailPort),
};
delete env.SMTP_URL;
delete env.DATABASE_URL;

const server = spawn(process.execPath, [join(root, 'tools/start.mjs')], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
let exitCode = 1;
try {
  await waitForHealth(`${baseUrl}/api/health`, 240_000, server);
  const specs = readdirSync(join(root, 'e2e'))
    .filter((f) => f.endsWith('.e2e.mjs'))
    // `E2E_ONLY=ux npm run test:e2e` runs only the files whose name contains it.
    .filter((f) => !process.env.E2E_ONLY || f.includes(process.env.E2E_ONLY))
    .map((f) => join(root, 'e2e', f));
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_MAIL_URL: mailUrl, CHROMIUM_PATH: chromium },
  });
  exitCode = await new Promise((resolve) => tests.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      resolve();
    }, 15_000);
    server.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

async function waitForHealth(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.on('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error('Mutualis exited before it was ready.');
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Mutualis was not ready at ${url} after ${timeoutMs / 1000} s.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
