// ESLint: `npm run lint` (part of `npm test`). The recommended rules of ESLint and typescript-eslint,
// without type information so a run takes seconds, plus the few habits this codebase keeps on purpose.
// Formatting is Prettier's job (`npm run format:check`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'bench/baseline/*.bundle.js', 'coverage/', '.vitest-*/', 'packages/core/templates/', '**/*.d.ts', '**/*.d.mts'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (array holes in destructuring, required parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Escaping terminal, CSV and iCalendar text means matching control characters on purpose.
      'no-control-regex': 'off',
      // The house style: `unknown` over `any`, no `enum` (see CONTRIBUTING.md).
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals (or an `as const` object) instead of an enum.' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Node scripts, configs, benchmarks and tests that run under Node.
    files: ['scripts/**', 'bench/**', 'test/**', '*.config.*', '*.mjs', 'packages/*/src/cli/**', 'packages/*/*.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Pages and code that run in a browser (bench/gantt.mjs drives pages through page.evaluate).
    files: ['examples/**', 'bench/pages/**', 'bench/gantt.mjs', 'test/browser/**', 'packages/elements/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests feed deliberately malformed input (`any` to mutate a fixture into an invalid plan) and match
    // aligned terminal columns literally.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'bench/**', '**/__fixtures__/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-regex-spaces': 'off' },
  },
);
