// Size budgets (issue 6): deterministic byte counts of the built packages, not timings. A failure names
// the package, its min+gzip size, the budget, and where the bytes come from.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, FILES, breakdown, browserBundle, gzipSize, kb, type BundleSize } from '../../bench/lib/sizes.mjs';

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

  it(`the self-contained elements bundle is at most ${kb(BUDGETS.bundle)}`, async () => {
    if (!existsSync(FILES.bundle)) expect.fail(`${FILES.bundle} is missing: run "npm run build" first (npm test does)`);
    const code = readFileSync(FILES.bundle, 'utf8');
    // Self-contained: no bare imports left for a page without a bundler to trip over.
    // (Import statements only: minified code writes them as `from"lit"`, `import"x"`, `import("x")`; a message
    // such as `... to pick from "MO"` inside a string is not an import.)
    expect(code).not.toMatch(/(?:[}*]\s*from|\bimport)\s*\(?\s*["'](?![./])/);
    // The build already minifies it with terser; gzip is all that is left to do.
    const gzip = gzipSize(code);
    if (gzip > BUDGETS.bundle)
      expect.fail(await overBudget('@campaign-planner/elements bundle (dist/campaign-planner-elements.bundle.js)', gzip, BUDGETS.bundle));
  });
});
