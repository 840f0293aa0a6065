// The core's entry points as its package.json declares them (`.`, `./readiness`, `./templates`, ...),
// read through scripts/core-entries.mjs, so the benchmark follows the package's own layout.
import { ROOT } from './sizes.mjs';
import { coreEntries as allCoreEntries } from '../../scripts/core-entries.mjs';

/**
 * Each JavaScript entry of @campaign-planner/core: its subpath and built file.
 *
 * @example
 * coreEntries() //=> [{ subpath: '.', file: '/…/packages/core/dist/index.js' }, { subpath: './readiness', … }, …]
 */
export function coreEntries() {
  return allCoreEntries(ROOT).map((e) => ({ subpath: e.subpath, file: `${ROOT}${e.built}` }));
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
