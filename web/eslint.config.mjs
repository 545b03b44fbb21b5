import angular from '@angular-eslint/eslint-plugin';
import angularTemplate from '@angular-eslint/eslint-plugin-template';
import templateParser from '@angular-eslint/template-parser';
import baseConfig from '../eslint.config.mjs';

const focusedTests = {
  selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
  message: 'Focused tests must not be committed.',
};

const readsTheSystemClock = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Read "now" from the injected Clock (web/src/app/core/clock/clock.ts).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Read "now" from the injected Clock (web/src/app/core/clock/clock.ts).',
  },
];

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    plugins: { '@angular-eslint': angular },
    // Inline templates are linted like the .html ones.
    processor: angularTemplate.processors['extract-inline-html'],
    rules: {
      ...angular.configs.recommended.rules,
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  {
    // Test hosts are throwaway components.
    files: ['**/*.spec.ts'],
    rules: { '@angular-eslint/prefer-on-push-component-change-detection': 'off' },
  },
  {
    // Nothing in the web app depends on the date it runs: "now" comes from the injected Clock.
    files: ['src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'src/app/core/clock/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', focusedTests, ...readsTheSystemClock] },
  },
  {
    files: ['**/*.html'],
    languageOptions: { parser: templateParser },
    plugins: { '@angular-eslint/template': angularTemplate },
    rules: {
      ...angularTemplate.configs.recommended.rules,
      // Keyboard and screen-reader access are checked where templates are written, as docs/UX.md asks.
      ...angularTemplate.configs.accessibility.rules,
    },
  },
];
