/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  preset: '../jest.preset.js',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // Angular ships .mjs; Transloco's helper package @jsverse/utils ships ESM in a plain .js file.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/))'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html', 'json'],
  // The first test of a file compiles its components: on a busy 2-core machine that alone can pass 5 s.
  testTimeout: 20000,
  coverageDirectory: '../coverage/web',
};
