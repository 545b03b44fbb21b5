#!/usr/bin/env node
// `npm run migration:run|migration:revert`: through the built API, against DATABASE_URL or the embedded database.
// `npm run migration:generate -- Name`: diff the entities against the database and write a migration.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [command, name] = process.argv.slice(2);
const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['nx', 'build', 'api', '--outputStyle=static']);
switch (command) {
  case 'run':
  case 'revert':
    run(process.execPath, ['dist/api/main.js', `migration:${command}`]);
    break;
  case 'generate':
    if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
      console.error('Usage: npm run migration:generate -- NameInPascalCase');
      process.exit(2);
    }
    run(process.execPath, ['dist/api/main.js', 'migration:generate', name]);
    break;
  default:
    console.error('Usage: node tools/migration.mjs run|revert|generate [Name]');
    process.exit(2);
}
