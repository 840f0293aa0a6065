// `npm pack` of core gives a package that a fresh project can install and import.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm pack of @campaign-planner/core', () => {
  it('installs into a fresh project and imports under plain Node', { timeout: 120_000 }, () => {
    if (!existsSync(join(root, 'packages/core/dist/index.js'))) throw new Error('packages/core/dist is missing: run "npm run build" first');
    const out = mkdtempSync(join(tmpdir(), 'cp-pack-'));
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: join(root, 'packages/core'), encoding: 'utf8' }));
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli.js');
    expect(files.some((f) => f.endsWith('.test.ts') || f.startsWith('src/'))).toBe(false);

    const app = join(out, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    // Dependencies come from npm's cache, filled by the workspace install: no network needed.
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(out, packed[0].filename)], { cwd: app, stdio: 'pipe' });
    writeFileSync(
      join(app, 'main.mjs'),
      `import { readFileSync } from 'node:fs';
       import { createRequire } from 'node:module';
       import { instantiate, serializePlan, parsePlan } from '@campaign-planner/core';
       import { getTemplate } from '@campaign-planner/core/templates';
       import { readiness, createStatusState } from '@campaign-planner/core/readiness';
       import { toICS } from '@campaign-planner/core/export';
       import { cartMessage } from '@campaign-planner/core/offers';
       import { diffPlans } from '@campaign-planner/core/calendars';
       const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
       const again = parsePlan(JSON.parse(serializePlan(plan)));
       const require = createRequire(import.meta.url);
       const json = JSON.parse(readFileSync(require.resolve('@campaign-planner/core/templates/aliexpress-11-11.json'), 'utf8'));
       const fromJson = instantiate(json, { year: 2026, teamTimeZone: 'Asia/Shanghai' });
       const ok = [
         again.tasks.length === plan.tasks.length,
         fromJson.tasks.length === plan.tasks.length,
         typeof readiness(plan, createStatusState(plan, []), new Date()).overall.score === 'number',
         toICS(plan).startsWith('BEGIN:VCALENDAR'),
         typeof cartMessage === 'function',
         diffPlans(plan, again).changes.length === 0,
       ];
       console.log(again.phases.map((p) => p.id).join(','), ok.every(Boolean));`,
    );
    const r = spawnSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('build-up,warm-up,peak,review true');
    const bin = spawnSync(join(app, 'node_modules/.bin/campaign-planner'), ['templates'], { encoding: 'utf8' });
    expect(bin.status).toBe(0);
    expect(bin.stdout).toMatch(/aliexpress-11-11/);
  });
});
