import baseConfig from '../eslint.config.mjs';

const focusedTests = {
  selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
  message: 'Focused tests must not be committed.',
};

const readsTheSystemClock = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Read "now" from the injected Clock (api/src/clock/clock.ts).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Read "now" from the injected Clock (api/src/clock/clock.ts).',
  },
];

// Module shape (docs/architecture.md): SQL lives in `*.repository.ts`; controllers and services call repositories.
const writesSql = {
  selector: "CallExpression[callee.property.name='query']",
  message: 'SQL lives in a *.repository.ts file: add a repository method and call it.',
};

// One decoder of PostgreSQL's errors (api/src/errors/postgres-error.ts): nothing else probes the driver's error.
const probesDriverErrors = {
  selector: "MemberExpression[property.name='driverError'], MemberExpression[property.value='driverError']",
  message: 'Ask postgresErrorOf / isViolation / raceToConflict (api/src/errors/) what PostgreSQL refused.',
};

const tests = ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.int-spec.ts'];
const clockFiles = ['src/clock/clock.ts', 'src/database/generate-migration.ts'];
const sqlFiles = [
  '**/*.repository.ts',
  // Infrastructure, not a module: migrations, seeds, the embedded server, the data source.
  'src/database/**',
  // pg-boss's adapter hands its own SQL to the pool.
  'src/modules/notifications/job-queue.ts',
];

export default [
  ...baseConfig,
  {
    // Every rule that reads "now" takes it from the injected Clock (decision 0006), and SQL stays in repositories.
    files: ['src/**/*.ts'],
    ignores: [...tests, ...clockFiles, ...sqlFiles],
    rules: { 'no-restricted-syntax': ['error', focusedTests, ...readsTheSystemClock, writesSql, probesDriverErrors] },
  },
  {
    files: ['src/**/*.repository.ts', 'src/database/**/*.ts', 'src/modules/notifications/job-queue.ts'],
    ignores: [...tests, ...clockFiles],
    rules: { 'no-restricted-syntax': ['error', focusedTests, ...readsTheSystemClock, probesDriverErrors] },
  },
  {
    // The decoder itself reads the driver's error.
    files: ['src/errors/**/*.ts'],
    ignores: tests,
    rules: { 'no-restricted-syntax': ['error', focusedTests, ...readsTheSystemClock, writesSql] },
  },
];
