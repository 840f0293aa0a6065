// The size part of the benchmark: our built packages and the peers' shipped files, min+gzip.
import { BUDGETS, FILES, ROOT, browserBundle, fileSize, loadedSize } from './lib/sizes.mjs';
import { sourceBreakdown } from './lib/source-bundle.mjs';
import { coreEntries } from './lib/core-entries.mjs';
import { existsSync, readFileSync } from 'node:fs';

// Lit's packages: external to the elements package (its users get them from npm, deduplicated).
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const PEERS = [
  { name: 'dhtmlx-gantt', js: 'node_modules/dhtmlx-gantt/codebase/dhtmlxgantt.js', css: 'node_modules/dhtmlx-gantt/codebase/dhtmlxgantt.css' },
  { name: 'frappe-gantt', js: 'node_modules/frappe-gantt/dist/frappe-gantt.umd.js', css: 'node_modules/frappe-gantt/dist/frappe-gantt.css' },
];

const versionOf = (pkg) => JSON.parse(readFileSync(`${ROOT}node_modules/${pkg}/package.json`, 'utf8')).version;

/**
 * Min+gzip sizes of core (with its dependencies, for the browser), the elements package (lit and core
 * external), the self-contained bundle, and each peer's script and stylesheet; and core's parts.
 *
 * @example
 * const s = await benchSizes(); s.core.gzip //=> 30123
 */
export async function benchSizes() {
  const core = await browserBundle(FILES.coreEntry);
  // The subpath entries (`@campaign-planner/core/readiness`, ...): each alone with its dependencies,
  // and all entries together (the whole public API).
  const entries = coreEntries();
  const subpaths = [];
  for (const e of entries.filter((x) => x.subpath !== '.')) subpaths.push({ subpath: e.subpath, ...(await browserBundle(e.file)) });
  const allEntries = entries.length > 1 ? await browserBundle(entries.map((e) => e.file)) : undefined;
  const elements = existsSync(FILES.elementsEntry) ? await browserBundle(FILES.elementsEntry, { external: [...LIT, '@campaign-planner/core'] }) : undefined;
  // What a page loads before the elements run; chunks loaded on demand (the exporters) apart.
  const bundle = existsSync(FILES.bundle) ? await loadedSize(FILES.bundle) : undefined;
  const peers = [];
  for (const p of PEERS) {
    peers.push({
      name: `${p.name} ${versionOf(p.name)}`,
      js: await fileSize(`${ROOT}${p.js}`, { module: false }),
      // Both stylesheets ship minified: gzip only.
      css: await fileSize(`${ROOT}${p.css}`, { minified: true }),
    });
  }
  // Where core's bytes come from, by folder of our source and by dependency (each part alone).
  const coreParts = await sourceBreakdown('packages/core/src/index.ts');
  const strip = ({ code: _c, modules: _m, ...rest }) => rest;
  return { core, coreParts, subpaths: subpaths.map(strip), allEntries: allEntries && strip(allEntries), elements, bundle, peers, budgets: BUDGETS };
}
