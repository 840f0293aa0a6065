// The core's entry points as its package.json declares them (`.`, `./readiness`, `./templates`, ...),
// so the benchmark follows the package's own layout instead of assuming one.
import { readFileSync } from 'node:fs';
import { ROOT } from './sizes.mjs';

/**
 * Each JavaScript entry of @campaign-planner/core: its subpath and built file.
 *
 * @example
 * coreEntries() //=> [{ subpath: '.', file: '/…/packages/core/dist/index.js' }, { subpath: './readiness', … }, …]
 */
export function coreEntries() {
  const pkg = JSON.parse(readFileSync(`${ROOT}packages/core/package.json`, 'utf8'));
  return Object.entries(pkg.exports)
    .map(([subpath, target]) => ({ subpath, file: typeof target === 'string' ? target : target.import }))
    .filter((e) => typeof e.file === 'string' && e.file.endsWith('.js') && !e.subpath.includes('*'))
    .map((e) => ({ subpath: e.subpath, file: `${ROOT}packages/core/${e.file.replace(/^\.\//, '')}` }));
}

/**
 * Every export of every core entry in one object (the built dist), as a user importing them all has.
 *
 * @example
 * const core = await loadCore(); typeof core.toICS //=> 'function'
 */
export async function loadCore() {
  const all = {};
  for (const { file } of coreEntries()) Object.assign(all, await import(file));
  return all;
}
