// The core's public entry points live in one place: the "exports" map of packages/core/package.json.
// Rollup (what to build), Vitest (aliases to the sources), the tests and the benchmark all read them
// from here, so adding an entry means one line in package.json and one file in src/entries/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Every JavaScript entry point that packages/core/package.json exports (wildcards and JSON files excluded).
 * The source of an entry is its declared types file with `dist/` read as `src/`.
 *
 * @example
 * coreEntries()[1] //=> { subpath: './readiness', specifier: '@campaign-planner/core/readiness', name: 'readiness',
 *                  //     source: 'packages/core/src/entries/readiness.ts', built: 'packages/core/dist/readiness.js' }
 */
export function coreEntries(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([subpath, target]) => !subpath.includes('*') && typeof target === 'object' && target.import?.endsWith('.js'))
    .map(([subpath, target]) => {
      if (!target.types?.startsWith('./dist/')) throw new Error(`packages/core/package.json exports["${subpath}"].types must point into ./dist/`);
      return {
        subpath,
        specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
        name: target.import.replace(/^\.\/dist\//, '').replace(/\.js$/, ''),
        source: `packages/core/${target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')}`,
        built: `packages/core/${target.import.slice(2)}`,
      };
    });
}
