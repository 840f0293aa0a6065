// The layering rules, checked on every source file of every package (issue 12): no import cycle; core
// folders import only lower layers (the table in support/layers.ts); only core's time/ imports the zone
// database and rrule; other packages use the core only through its public entry points.
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreEntries } from '../../scripts/core-entries.mjs';
import { importCycles, sourceFiles, type SourceFile } from './support/import-graph.js';
import { CORE_LAYERS, PENDING_MOVES, TEST_SUPPORT, TIME_FOLDER, TIME_ONLY_MODULES } from './support/layers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CORE = 'packages/core/src/';
const files = sourceFiles(root);
const core = files.filter((f) => f.pkg === 'core');

/** The core folder of a path under packages/core/src (`index.ts` for files directly in src/). */
function folderOf(path: string): string {
  const rest = path.slice(CORE.length).split('/');
  return rest.length === 1 ? 'index.ts' : rest[0]!;
}

const layerOf = new Map(CORE_LAYERS.flatMap((folders, layer) => folders.map((f) => [f, layer] as const)));
const TOP = CORE_LAYERS.length - 1;
const isTestSupport = (path: string) => /\.test\.tsx?$/.test(path) || path.includes(`/${TEST_SUPPORT}/`);

/** Every import of `list` that `allowed` refuses, as "file -> specifier (why)". */
function violations(list: readonly SourceFile[], allowed: (file: SourceFile, specifier: string, target: string | undefined) => string | undefined): string[] {
  return list.flatMap((f) =>
    f.imports.flatMap(({ specifier, target }) => {
      const why = allowed(f, specifier, target);
      return why ? [`${f.path} -> ${specifier} (${why})`] : [];
    }),
  );
}

describe('layers', () => {
  it('reads the sources: the core has its folders and files with imports', () => {
    expect(core.length).toBeGreaterThan(100);
    expect(core.find((f) => f.path === `${CORE}index.ts`)?.imports.length).toBeGreaterThan(5);
  });

  it('has no import cycle between files, in any package', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('finds a cycle when there is one (the check above can fail)', () => {
    const a = { path: 'a.ts', pkg: 'x', imports: [{ specifier: './b.js', target: 'b.ts' }] };
    const b = { path: 'b.ts', pkg: 'x', imports: [{ specifier: './c.js', target: 'c.ts' }] };
    const c = { path: 'c.ts', pkg: 'x', imports: [{ specifier: './a.js', target: 'a.ts' }] };
    const d = { path: 'd.ts', pkg: 'x', imports: [{ specifier: './a.js', target: 'a.ts' }] };
    expect(importCycles([a, b, c, d])).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('places every core folder in the layer table (test/node/support/layers.ts)', () => {
    const folders = readdirSync(join(root, CORE))
      .filter((name) => name !== TEST_SUPPORT && statSync(join(root, CORE, name)).isDirectory())
      .concat('index.ts');
    expect(folders.filter((f) => !layerOf.has(f))).toEqual([]);
  });

  const layerFindings = violations(core, (file, specifier, target) => {
    if (specifier.startsWith('@campaign-planner/')) return 'the core depends on no other package of this repository';
    if (!target) return specifier.startsWith('.') ? 'no such file' : undefined;
    if (!target.startsWith(CORE)) return 'outside packages/core/src';
    const [from, to] = [folderOf(file.path), folderOf(target)];
    if (from === to || to === TEST_SUPPORT) return undefined;
    const [a, b] = [layerOf.get(from) ?? TOP, layerOf.get(to)];
    if (b === undefined) return undefined; // reported by the table test above
    if (isTestSupport(file.path)) return b === TOP ? `tests and fixtures do not go through ${to}` : undefined;
    if (b < a) return undefined;
    return b === a ? `${from} and ${to} are in the same layer` : `${to} is above ${from}`;
  });

  it('core folders import only lower layers; tests and fixtures may use any but the top layer', () => {
    expect(layerFindings.filter((v) => !PENDING_MOVES.some((p) => v.startsWith(`${p} (`)))).toEqual([]);
  });

  it('every pending move in support/layers.ts is still needed (the list only shrinks)', () => {
    expect(PENDING_MOVES.filter((p) => !layerFindings.some((v) => v.startsWith(`${p} (`)))).toEqual([]);
  });

  it(`in shipped files, only core's ${TIME_FOLDER}/ imports ${TIME_ONLY_MODULES.join(' and ')}`, () => {
    const timeOnly = (specifier: string) => TIME_ONLY_MODULES.some((m) => specifier === m || specifier.startsWith(`${m}/`));
    const shipped = files.filter((f) => !isTestSupport(f.path));
    const found = violations(shipped, (file, specifier) =>
      timeOnly(specifier) && !file.path.startsWith(`${CORE}${TIME_FOLDER}/`) ? `only ${CORE}${TIME_FOLDER}/ may import it` : undefined,
    );
    expect(found).toEqual([]);
  });

  it('other packages import the core only by its public entry points (packages/core/package.json "exports")', () => {
    const entries = new Set(coreEntries().map((e) => e.specifier));
    const found = violations(
      files.filter((f) => f.pkg !== 'core'),
      (file, specifier, target) => {
        if (target !== undefined) return target.startsWith(`packages/${file.pkg}/src/`) ? undefined : 'a relative import outside its own package';
        if (specifier.startsWith('.')) return 'no such file';
        if (specifier.startsWith('@campaign-planner/core') && !entries.has(specifier)) return `not an entry point of the core: ${[...entries].join(', ')}`;
        return undefined;
      },
    );
    expect(found).toEqual([]);
  });
});
