#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --write-docs]`: runs tools/bench/bench-runner.ts from source with ts-node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    '-r',
    'ts-node/register/transpile-only',
    '-r',
    'tsconfig-paths/register',
    'tools/bench/bench-runner.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'tools/bench/tsconfig.json' } },
);
process.exit(result.status ?? 1);
