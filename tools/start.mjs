#!/usr/bin/env node
// `npm start`: builds what is missing or stale, then runs the API, which serves the web app on the
// same port, applies migrations and (without DATABASE_URL) starts the embedded PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = {
  api: { output: join(root, 'dist/api/main.js'), sources: ['api/src', 'libs', 'api/webpack.config.js'] },
  web: { output: join(root, 'dist/web/browser/index.html'), sources: ['web/src', 'web/public', 'libs', 'web/project.json'] },
};

const stale = Object.entries(outputs)
  .filter(([, { output, sources }]) => !existsSync(output) || newestMtime(sources) > statSync(output).mtimeMs)
  .map(([project]) => project);

if (stale.length > 0) {
  console.log(`Building ${stale.join(' and ')} (first run, or sources changed)…`);
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', `--projects=${stale.join(',')}`, '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) {
    console.error('\nThe build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

const api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/api/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  // The IPC channel closes when this process dies, even by SIGKILL: the API then stops itself (and its
  // embedded PostgreSQL) instead of running on as an orphan that blocks the next start.
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: process.env,
});
// Ctrl-C reaches the API too (same process group); the API stops PostgreSQL and exits, then so do we.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (!/\.(spec|int-spec|e2e-spec|prop\.spec)\.ts$/.test(path)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}
