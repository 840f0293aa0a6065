// Size budgets (issue 6): deterministic byte counts of the built packages, not timings. A failure names
// the package, its min+gzip size, the budget, and where the bytes come from.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUDGETS, FILES, breakdown, browserBundle, kb, loadedSize, type BundleSize } from '../../bench/lib/sizes.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'cp-size-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HINT = 'run "node bench/run.mjs --only=size" for the parts by source folder';

async function overBudget(name: string, gzip: number, budget: number, bundle?: BundleSize): Promise<string> {
  const parts = bundle ? (await breakdown(bundle)).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', ') : '';
  return (
    `${name} is ${kb(gzip)} min+gzip, over its budget of ${kb(budget)} by ${kb(gzip - budget)}` +
    (parts ? `; parts, each minified and gzipped alone: ${parts}` : '') +
    ` (${HINT})`
  );
}

describe('size budgets (min+gzip, 1 KB = 1,000 bytes)', () => {
  it(`@campaign-planner/core with its dependencies, bundled for the browser, is at most ${kb(BUDGETS.core)}`, async () => {
    const core = await browserBundle(FILES.coreEntry, { outDir: tmp });
    expect(existsSync(join(tmp, 'bundle.js'))).toBe(true);
    // The bundle really holds the dependencies, so the figure is what a page pays.
    expect(core.byPackage.map(([pkg]) => pkg)).toEqual(expect.arrayContaining(['core', 'rrule', 'zod', '@date-fns/tz']));
    if (core.gzip > BUDGETS.core) expect.fail(await overBudget('@campaign-planner/core', core.gzip, BUDGETS.core, core));
  }, 60_000);

  it(`the self-contained elements bundle is at most ${kb(BUDGETS.bundle)} as loaded, the exporters on demand`, async () => {
    if (!existsSync(FILES.bundle)) expect.fail(`${FILES.bundle} is missing: run "npm run build" first (npm test does)`);
    const bundle = await loadedSize(FILES.bundle);
    for (const f of [...bundle.files, ...bundle.lazy]) {
      const code = readFileSync(join(dirname(FILES.bundle), f.file), 'utf8');
      // Self-contained: no bare imports left for a page without a bundler to trip over.
      // (Import statements only: minified code writes them as `from"lit"`, `import"x"`, `import("x")`; a message
      // such as `... to pick from "MO"` inside a string is not an import.)
      expect(code, f.file).not.toMatch(/(?:[}*]\s*from|\bimport)\s*\(?\s*["'](?![./])/);
    }
    // The exporters (iCalendar, CSV, Markdown) are a chunk of their own, loaded on the first export only.
    const loaded = bundle.files.map((f) => readFileSync(join(dirname(FILES.bundle), f.file), 'utf8')).join('\n');
    expect(bundle.lazy.map((f) => f.file)).toEqual([expect.stringMatching(/^bundle-chunks\/export-[\w-]+\.js$/)]);
    expect(loaded).not.toContain('BEGIN:VCALENDAR');
    expect(readFileSync(join(dirname(FILES.bundle), bundle.lazy[0]!.file), 'utf8')).toContain('BEGIN:VCALENDAR');
    // The build already minifies the files with terser; gzip is all that is left to do. Each file is served on its own.
    if (bundle.gzip > BUDGETS.bundle)
      expect.fail(await overBudget(`@campaign-planner/elements bundle (${bundle.files.map((f) => f.file).join(' + ')})`, bundle.gzip, BUDGETS.bundle));
  });
});
