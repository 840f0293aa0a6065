// custom-elements.json is generated, committed and rewritten by every build: it must depend on the sources
// only (not on the order a file system lists them), or a build on another machine leaves the tree dirty.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const analyzer = join(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json'), '../cem.js');

/** The manifest of the elements' sources, written to a temp folder (the analyzer joins --outdir to its cwd). */
function analyze(): { text: string; modules: Array<{ path: string }> } {
  const out = mkdtempSync(join(tmpdir(), 'cp-manifest-'));
  const r = spawnSync(
    process.execPath,
    [analyzer, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(elements, out), '--quiet'],
    {
      cwd: elements,
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const text = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  return { text, modules: JSON.parse(text).modules };
}

describe('custom-elements.json', () => {
  it('lists the modules sorted by path, without tests or fixtures, and is the same on every run', { timeout: 120_000 }, () => {
    const first = analyze();
    const paths = first.modules.map((m) => m.path);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths).toEqual([...paths].sort());
    expect(paths.filter((p) => /\.test\.|__fixtures__|^src\/test\/|^src\/bundle\.ts$/.test(p))).toEqual([]);
    expect(paths).toContain('src/campaign-gantt/campaign-gantt.element.ts');
    expect(analyze().text).toBe(first.text);
  });
});
