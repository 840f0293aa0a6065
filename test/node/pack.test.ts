// `npm pack` of core gives a package that a fresh project can install and import, on a machine whose npm
// cache is empty and without the registry: the dependencies are packed from the workspace's own
// node_modules and installed together with core, into a project that uses a cache of its own.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreEntries } from '../../scripts/core-entries.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const entries = coreEntries();

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}

/** Where Node would find `name` from the workspace root: the hoisted copy the workspace installed. */
function installedDir(name: string): string {
  const dir = join(root, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`${name} is not installed in the workspace: run "npm ci" first`);
  return dir;
}

/** `name`'s runtime dependencies, and theirs, as installed in the workspace (no registry needed). */
function dependencyClosure(deps: Record<string, string> = {}, seen = new Map<string, string>()): Map<string, string> {
  for (const name of Object.keys(deps)) {
    if (seen.has(name)) continue;
    const dir = installedDir(name);
    seen.set(name, dir);
    dependencyClosure((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest).dependencies, seen);
  }
  return seen;
}

/** Packs `dir` into `out` without running its scripts; returns the tarball path and its file list. */
function pack(dir: string, out: string, env: NodeJS.ProcessEnv): { tarball: string; files: string[] } {
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out, dir], { cwd: root, encoding: 'utf8', env }));
  return { tarball: join(out, packed.filename), files: packed.files.map((f: { path: string }) => f.path) };
}

/** Files of a tarball that should never ship: tests, test data, TypeScript sources. */
const unshippable = (files: readonly string[]) => files.filter((f) => /\.test\.|__fixtures__|(^|\/)fixtures?(\.|\/)/.test(f) || f.startsWith('src/'));

describe('npm pack of every workspace package', () => {
  const packages = readdirSync(join(root, 'packages')).filter((p) => existsSync(join(root, 'packages', p, 'package.json')));

  it.each(packages)(
    'packages/%s ships its build and no tests, fixtures or sources',
    (dir) => {
      const [packed] = JSON.parse(
        execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(root, 'packages', dir), encoding: 'utf8' }),
      );
      const files: string[] = packed.files.map((f: { path: string }) => f.path);
      expect(
        files.some((f) => f.startsWith('dist/')),
        `packages/${dir}/dist is missing: run "npm run build" first`,
      ).toBe(true);
      expect(unshippable(files)).toEqual([]);
    },
    60_000,
  );
});

describe('npm pack of @campaign-planner/core', () => {
  it('ships the build, no sources, tests or fixtures, and installs offline with an empty npm cache', { timeout: 180_000 }, () => {
    if (!existsSync(join(root, 'packages/core/dist/index.js'))) throw new Error('packages/core/dist is missing: run "npm run build" first');
    const out = mkdtempSync(join(tmpdir(), 'cp-pack-'));
    // A cache of our own, empty: whatever the machine's cache holds cannot help the install.
    const env = { ...process.env, npm_config_cache: join(out, 'npm-cache'), npm_config_update_notifier: 'false' };
    const core = pack(join(root, 'packages/core'), out, env);
    expect(core.files).toContain('dist/index.js');
    expect(core.files).toContain('dist/index.d.ts');
    expect(core.files).toContain('dist/cli.js');
    expect(core.files).toContain('plan.schema.json');
    expect(unshippable(core.files), 'test files, fixtures or sources in the tarball').toEqual([]);

    const pkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as Manifest;
    const deps = [...dependencyClosure(pkg.dependencies).values()].map((dir) => pack(dir, out, env).tarball);
    expect(deps.length).toBeGreaterThanOrEqual(Object.keys(pkg.dependencies ?? {}).length);

    const app = join(out, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const install = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', core.tarball, ...deps], { cwd: app, encoding: 'utf8', env });
    expect(install.stderr + install.stdout, 'npm install of the tarballs').toMatch(/added \d+ package/);
    expect(install.status).toBe(0);

    writeFileSync(
      join(app, 'main.mjs'),
      `import { readFileSync } from 'node:fs';
       import { createRequire } from 'node:module';
       import { serializePlan, parsePlan } from '@campaign-planner/core';
       import { getTemplate, instantiate } from '@campaign-planner/core/templates';
       import { readiness, createStatusState } from '@campaign-planner/core/readiness';
       import { toICS } from '@campaign-planner/core/export';
       import { cartMessage } from '@campaign-planner/core/offers';
       import { diffPlans } from '@campaign-planner/core/calendars';
       const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
       const again = parsePlan(JSON.parse(serializePlan(plan)));
       const require = createRequire(import.meta.url);
       const json = JSON.parse(readFileSync(require.resolve('@campaign-planner/core/templates/aliexpress-11-11.json'), 'utf8'));
       const fromJson = instantiate(json, { year: 2026, teamTimeZone: 'Asia/Shanghai' });
       const empty = [];
       for (const entry of ${JSON.stringify(entries.map((e) => e.specifier))}) {
         if (Object.keys(await import(entry)).length === 0) empty.push(entry);
       }
       const checks = {
         roundTrip: again.tasks.length === plan.tasks.length,
         templateJson: fromJson.tasks.length === plan.tasks.length,
         readiness: typeof readiness(plan, createStatusState(plan, []), new Date()).overall.score === 'number',
         ics: toICS(plan).startsWith('BEGIN:VCALENDAR'),
         offers: typeof cartMessage === 'function',
         diff: diffPlans(plan, again).changes.length === 0,
       };
       const failed = Object.keys(checks).filter((k) => !checks[k]);
       console.log(again.phases.map((p) => p.id).join(','), 'failed:', failed.join(',') || 'none', 'empty entries:', empty.join(',') || 'none');`,
    );
    const r = spawnSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('build-up,warm-up,peak,review failed: none empty entries: none');
    const bin = spawnSync(join(app, 'node_modules/.bin/campaign-planner'), ['templates'], { encoding: 'utf8' });
    expect(bin.status).toBe(0);
    expect(bin.stdout).toMatch(/aliexpress-11-11/);
  });
});
