import baseConfig from '../eslint.config.mjs';

const focusedTests = {
  selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
  message: 'Focused tests must not be committed.',
};

export default [
  ...baseConfig,
  {
    // Every rule that reads "now" takes it from the injected Clock (decision 0006).
    files: ['src/**/*.ts'],
    ignores: ['src/clock/clock.ts', 'src/database/generate-migration.ts', '**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        focusedTests,
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read "now" from the injected Clock (api/src/clock/clock.ts).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read "now" from the injected Clock (api/src/clock/clock.ts).',
        },
      ],
    },
  },
];
