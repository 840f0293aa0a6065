// Builds every package to ESM in its own dist/ with .d.ts files.
// Dependencies stay external in the package builds; the elements bundle inlines everything.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { coreEntries } from './scripts/core-entries.mjs';

const pkg = (dir) => JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));

/** Everything a package depends on stays an import, so users dedupe lit, zod and friends. */
function externalFor(dir) {
  const deps = Object.keys({ ...pkg(dir).dependencies, ...pkg(dir).peerDependencies });
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => builtins.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
}

const core = {
  // The entry points are the ones packages/core/package.json exports (see scripts/core-entries.mjs), plus the CLI.
  input: {
    ...Object.fromEntries(coreEntries().map((e) => [e.name, e.source])),
    cli: 'packages/core/src/cli/main.ts',
  },
  external: externalFor('core'),
  output: {
    dir: 'packages/core/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // The built-in templates are data built by calls at module level: in a chunk of their own, a bundler that
    // does not use getTemplate/listTemplates drops them whole (sideEffects: false), instead of keeping every
    // template because it shares a chunk with code the page does use.
    manualChunks: (id) => (id.replaceAll('\\', '/').includes('/src/templates/builtin/') ? 'builtin-templates' : undefined),
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  plugins: [typescript({ tsconfig: 'packages/core/tsconfig.json', outputToFilesystem: true })],
};

const configs = [core];

if (existsSync('packages/elements/src/index.ts')) {
  configs.push({
    input: { index: 'packages/elements/src/index.ts', define: 'packages/elements/src/define.ts' },
    external: externalFor('elements'),
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [typescript({ tsconfig: 'packages/elements/tsconfig.json', outputToFilesystem: true })],
  });
}

// Team sync: its own package so the core never depends on Yjs; the core CLI imports its cli entry on demand.
if (existsSync('packages/sync/src/index.ts')) {
  configs.push({
    input: { index: 'packages/sync/src/index.ts', server: 'packages/sync/src/server/index.ts', cli: 'packages/sync/src/cli/index.ts' },
    external: externalFor('sync'),
    output: {
      dir: 'packages/sync/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [typescript({ tsconfig: 'packages/sync/tsconfig.json', outputToFilesystem: true })],
  });
}

// The sync client for a plain <script type="module"> page (the planner example's team mode): yjs, the
// Hocuspocus provider, y-indexeddb and the core pieces it validates with, inside. One copy of yjs (dedupe):
// two would break Yjs' own type checks. What crosses to the elements bundle is plain data (plans, states).
if (existsSync('packages/sync/src/index.ts')) {
  configs.push({
    input: 'packages/sync/src/index.ts',
    output: {
      file: 'packages/sync/dist/campaign-planner-sync.bundle.js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, dedupe: ['yjs', 'lib0'], exportConditions: ['browser', 'module', 'import', 'default'] }),
      typescript({
        tsconfig: 'packages/sync/tsconfig.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'packages/sync/dist',
        outputToFilesystem: true,
      }),
      terser({ format: { comments: false } }),
    ],
  });
}

if (existsSync('packages/elements/src/bundle.ts')) {
  configs.push({
    input: 'packages/elements/src/bundle.ts',
    // One file a page loads, plus chunks it imports on demand (the exporters, on a first export), beside it.
    output: {
      dir: 'packages/elements/dist',
      entryFileNames: 'campaign-planner-elements.bundle.js',
      chunkFileNames: 'bundle-chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
      typescript({
        tsconfig: 'packages/elements/tsconfig.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'packages/elements/dist',
        outputToFilesystem: true,
      }),
      terser({ format: { comments: false } }),
    ],
  });
}

export default configs;
