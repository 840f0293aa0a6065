// Bundle sizes as users pay for them: minified by terser, then gzipped (level 9) by zlib.
// Shared by `npm run bench` and the size-budget test, so both quote the same figures.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** 1 KB = 1,000 bytes here (the stricter reading of a budget). */
export const KB = 1000;

/**
 * The size budgets, in bytes of min+gzip. The core's main entry keeps issue 6's 35 KB. The self-contained
 * elements bundle was 57 KB against 60 KB before editing (task panel, drag, undo), the targets view, the task
 * query, the UI's exports and the critical chain landed; it was re-based at 105 KB (measured 100 KB), then at
 * 110 KB when the season view, the team viewers and the flat Gantt row model landed (measured 108.9 KB), so it
 * still catches a regression. Getting back to 60 KB needs lazy chunks for editing, exports, targets and the
 * season view (an open item of the performance issue), not a bigger number.
 */
export const BUDGETS = {
  core: 35 * KB,
  bundle: 110 * KB,
};

/** Built files the figures come from. */
export const FILES = {
  coreEntry: `${ROOT}packages/core/dist/index.js`,
  elementsEntry: `${ROOT}packages/elements/dist/index.js`,
  bundle: `${ROOT}packages/elements/dist/campaign-planner-elements.bundle.js`,
};

/**
 * Gzipped size in bytes (level 9, what a CDN serves at best).
 *
 * @example
 * gzipSize('aaaa') //=> 24
 */
export function gzipSize(code) {
  return gzipSync(code, { level: 9 }).length;
}

/**
 * Minified and gzipped sizes of one file's code (already minified files barely change).
 *
 * @example
 * await minGzip('export const answer = 40 + 2;', { module: true }) //=> { raw: 29, min: 21, gzip: 41 }
 */
export async function minGzip(code, { module = true } = {}) {
  const out = await minify(code, { module, compress: true, mangle: true, format: { comments: false } });
  return { raw: Buffer.byteLength(code), min: Buffer.byteLength(out.code), gzip: gzipSize(out.code) };
}

/** Which package a module id belongs to: `rrule`, `zod`, or `core` for our own files. */
export function packageOf(id) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replaceAll('\\', '/'));
  return m ? m[1] : id.includes('/packages/elements/') ? 'elements' : 'core';
}

/**
 * A finer grouping for finding weight: the package, split where a part can be left out on its own
 * (zod's JSON Schema generator, rrule's natural-language module).
 *
 * @example
 * partOf('/r/node_modules/zod/v4/core/to-json-schema.js') //=> 'zod (JSON Schema generator)'
 */
export function partOf(id) {
  const path = id.replaceAll('\\', '/');
  const pkg = packageOf(path);
  // Our own files, grouped by folder by source-bundle.mjs as a pseudo package path.
  const own = /node_modules\/(core|elements)(\/[^]*?)\/$/.exec(path);
  if (own) return `${own[1]}${own[2]}`;
  if (pkg === 'zod' && /json-schema/.test(path)) return 'zod (JSON Schema generator)';
  if (pkg === 'rrule' && path.includes('/nlp/')) return 'rrule (natural-language text, unused)';
  return pkg;
}

/**
 * Approximate min+gzip bytes per part of a bundle ({@link partOf}), each part minified and gzipped
 * alone (so the parts add up to more than the whole: gzip shares a dictionary across them). Slower
 * than the bundle itself; for finding what to cut when a budget is missed.
 *
 * @example
 * await breakdown(await browserBundle(FILES.coreEntry)) //=> [['rrule', 10364], ['zod', 10087], ...]
 */
export async function breakdown(bundle) {
  const parts = new Map();
  for (const m of bundle.modules) parts.set(partOf(m.id), (parts.get(partOf(m.id)) ?? '') + m.code + '\n');
  const out = [];
  for (const [part, code] of parts) {
    // Not as a module and not top-level: keep every declaration, as the whole bundle needs them.
    const min = await minify(code, { module: false, toplevel: false, format: { comments: false } });
    out.push([part, gzipSize(min.code)]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/**
 * Bundles an ES entry (or several, as one) for the browser with its dependencies resolved from node_modules (minus
 * `external`), minified by terser; writes it to `outDir` when given. Returns the code, its sizes and
 * the rendered (tree-shaken, not yet minified) bytes per package, which shows where the weight is, and
 * each module's rendered code (for {@link breakdown}).
 *
 * @example
 * const core = await browserBundle(FILES.coreEntry, { outDir: tmp });
 * core.gzip //=> 30512
 * core.byPackage //=> [['rrule', 48120], ['core', 40211], ['zod', 21004], ...]
 */
export async function browserBundle(entry, { outDir, external = [] } = {}) {
  const entries = [entry].flat();
  for (const e of entries) if (!existsSync(e)) throw new Error(`${e} is missing: run "npm run build" first (npm test and npm run bench do)`);
  // Several entries: one virtual module re-exporting them all (what a page importing all of them pays).
  const ALL = '\0all-entries';
  const all = {
    name: 'all-entries',
    resolveId: (id) => (id === ALL ? id : null),
    load: (id) => (id === ALL ? entries.map((e) => `export * from ${JSON.stringify(e)};`).join('\n') : null),
  };
  const build = await rollup({
    input: entries.length === 1 ? entries[0] : ALL,
    external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
    plugins: [all, nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), terser({ format: { comments: false } })],
    onwarn: () => {},
  });
  const options = { format: 'es', inlineDynamicImports: true, ...(outDir ? { file: `${outDir}/bundle.js` } : {}) };
  const { output } = outDir ? await build.write(options) : await build.generate(options);
  await build.close();
  const chunk = output[0];
  const byPackage = new Map();
  const modules = [];
  for (const [id, info] of Object.entries(chunk.modules)) {
    const pkg = packageOf(id);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + info.renderedLength);
    if (info.code) modules.push({ id, code: info.code });
  }
  return {
    min: Buffer.byteLength(chunk.code),
    gzip: gzipSize(chunk.code),
    code: chunk.code,
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
    modules,
  };
}

/**
 * Min+gzip of a built file on disk (terser first, for files shipped unminified).
 *
 * @example
 * await fileSize(FILES.bundle) //=> { raw: 151234, min: 150980, gzip: 44120 }
 */
export async function fileSize(path, { module = true, minified = false } = {}) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test and npm run bench do)`);
  const code = readFileSync(path, 'utf8');
  if (minified) return { raw: Buffer.byteLength(code), min: Buffer.byteLength(code), gzip: gzipSize(code) };
  return minGzip(code, { module });
}

// Relative imports in built (minified) ES code: `from"./x.js"` and `import"./x.js"` load with the module,
// `import("./x.js")` when the code asks for it.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/**
 * The files of a built ES entry split as a page loads them: `loaded`, the entry and every chunk it imports
 * statically (transitively), fetched before it runs; `lazy`, the chunks only an `import()` reaches, fetched
 * when the code asks for them.
 *
 * @example
 * moduleFiles(FILES.bundle) //=> { loaded: ['.../campaign-planner-elements.bundle.js', '.../bundle-chunks/bundle-x.js'], lazy: ['.../bundle-chunks/export-y.js'] }
 */
export function moduleFiles(entry) {
  const loaded = [];
  const lazy = [];
  const seen = new Set();
  const walk = (file, into) => {
    if (seen.has(file)) return;
    seen.add(file);
    into.push(file);
    const code = readFileSync(file, 'utf8');
    const next = (m) => normalize(join(dirname(file), m[1]));
    for (const m of code.matchAll(STATIC_IMPORT)) walk(next(m), into);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) pending.push(next(m));
  };
  const pending = [];
  walk(entry, loaded);
  // What only dynamic imports reach (and what those chunks import in turn) is lazy.
  while (pending.length) walk(pending.shift(), lazy);
  return { loaded, lazy };
}

/**
 * Min+gzip of a built entry as a page pays for it: the files it loads before it runs (each served gzipped on
 * its own, so their sizes add up) and, apart, the chunks it loads on demand. The files are minified by the
 * build already: gzip only.
 *
 * @example
 * const b = await loadedSize(FILES.bundle); b.gzip //=> 104800; b.lazy //=> [{ file: 'export-x.js', gzip: 5600, ... }]
 */
export async function loadedSize(entry) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first (npm test and npm run bench do)`);
  const { loaded, lazy } = moduleFiles(entry);
  const sizeOf = (file) => {
    const code = readFileSync(file, 'utf8');
    return { file: file.slice(dirname(entry).length + 1), raw: Buffer.byteLength(code), min: Buffer.byteLength(code), gzip: gzipSize(code) };
  };
  const files = loaded.map(sizeOf);
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { raw: sum('raw'), min: sum('min'), gzip: sum('gzip'), files, lazy: lazy.map(sizeOf) };
}

/**
 * Formats bytes as KB with one decimal.
 *
 * @example
 * kb(35_400) //=> '35.4 KB'
 */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}
