// Bundles a package from its TypeScript source (transpiled file by file, no type check: fast) so the
// size breakdown can name our own modules, which the built dist merges into shared chunks.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import ts from 'typescript';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT, breakdown } from './sizes.mjs';

/** Resolves `./x.js` to `./x.ts` and strips types, as tsc would emit each file. */
function transpileTs() {
  return {
    name: 'transpile-ts',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(ts) ? ts : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          experimentalDecorators: true,
          useDefineForClassFields: false,
          verbatimModuleSyntax: true,
        },
      });
      return { code: out.outputText, map: null };
    },
  };
}

/**
 * Approximate min+gzip bytes per part of a package bundled from source with its dependencies, our own
 * files grouped by folder (`core/readiness`, `core/templates/builtin`, ...).
 *
 * @example
 * await sourceBreakdown('packages/core/src/index.ts') //=> [['rrule', 10364], ['core/templates/builtin', 9800], ...]
 */
export async function sourceBreakdown(entry, { external = [] } = {}) {
  const build = await rollup({
    input: resolve(ROOT, entry),
    external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
    plugins: [transpileTs(), nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const modules = Object.entries(output[0].modules).map(([id, m]) => ({ id: groupId(id), code: m.code ?? '' }));
  return breakdown({ modules });
}

// Our files by folder under src/ (two levels for templates/builtin); others keep their path.
function groupId(id) {
  const m = /packages\/([^/]+)\/src\/(.*)$/.exec(id.replaceAll('\\', '/'));
  if (!m) return id;
  const dirs = m[2].split('/').slice(0, -1);
  const folder = dirs.slice(0, dirs[0] === 'templates' ? 2 : 1).join('/');
  return `node_modules/${m[1]}${folder ? `/${folder}` : ''}/`;
}
