import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/browser/chromium.js';
import { browserCommands } from './test/browser/commands.js';
import { coreEntries } from './scripts/core-entries.mjs';

/** Node tests that run against the built packages (dist/): part of `npm test`, left out of `npm run test:unit`. */
const NEEDS_BUILD = [
  'test/node/*-built.test.ts',
  'test/node/pack.test.ts',
  'test/node/size-budget.test.ts',
  'test/node/elements-types.test.ts',
  'test/node/cli-concurrency.test.ts',
  'test/node/sync-cli.test.ts',
  'test/node/sync-redis.test.ts',
];
const NODE_TESTS = ['packages/core/src/**/*.test.ts', 'test/node/**/*.test.ts'];

const coreSrc = fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@campaign-planner\/core$/, replacement: coreSrc },
      // The core's subpath entries, as packages/core/package.json exports them, map to their source files.
      ...coreEntries()
        .filter((e) => e.subpath !== '.')
        .map((e) => ({ find: new RegExp(`^${e.specifier}$`), replacement: src(`./${e.source}`) })),
      // The examples import the elements package by name; tests run them against its source.
      { find: /^@campaign-planner\/elements$/, replacement: src('./packages/elements/src/index.ts') },
      { find: /^@campaign-planner\/elements\/define\.js$/, replacement: src('./packages/elements/src/define.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['test/setup/fast-check.ts'],
          include: NODE_TESTS,
        },
      },
      {
        extends: true,
        // The node suite on the sources only, no build needed: `npm run test:unit`, the fast edit loop.
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['test/setup/fast-check.ts'],
          include: NODE_TESTS,
          exclude: ['**/node_modules/**', ...NEEDS_BUILD],
        },
      },
      {
        extends: true,
        // Pre-bundled up front: a dependency found mid-run makes Vite reload the page under a running test.
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directives/live.js',
            'lit/directives/repeat.js',
            'axe-core',
            'react',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'react/jsx-runtime',
            'yjs',
            '@hocuspocus/provider',
            'y-indexeddb',
          ],
        },
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
          // Fails the run with install instructions when Chromium is missing (see test/browser/chromium.ts).
          globalSetup: ['test/browser/global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
              // The page runs in the team's zone, not the platform's nor the machine's.
              contextOptions: { timezoneId: 'Asia/Shanghai', locale: 'en-US' },
            }),
            instances: [{ browser: 'chromium' }],
            commands: browserCommands,
          },
        },
      },
    ],
  },
});
