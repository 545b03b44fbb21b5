/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: [
    '<rootDir>/{src,test}/**/*.spec.ts',
    '<rootDir>/{src,test}/**/*.int-spec.ts',
    '<rootDir>/{src,test}/**/*.e2e-spec.ts',
  ],
  // One embedded PostgreSQL (or DATABASE_URL) for the whole run; each test file gets its own database.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 30000,
  coverageDirectory: '../coverage/api',
};
