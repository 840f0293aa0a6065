// A TypeScript user of the built elements package, under strict settings and Node's own module resolution
// (the exports map decides what resolves): every entry, the self-contained bundle included, has types.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Type-checks `code` as main.ts of a fresh strict project that sees the workspace's packages; returns tsc's output. */
function typecheck(code: string): { status: number | null; out: string } {
  const app = mkdtempSync(join(tmpdir(), 'cp-types-'));
  symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'), 'dir');
  mkdirSync(join(app, 'src'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
        skipLibCheck: true,
      },
      include: ['src'],
    }),
  );
  writeFileSync(join(app, 'src/main.ts'), code);
  const r = spawnSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('types of the built @campaign-planner/elements', () => {
  it('resolve for ".", "./define.js" and "./bundle" under strict TypeScript with nodenext resolution', { timeout: 120_000 }, () => {
    for (const file of ['packages/elements/dist/index.d.ts', 'packages/elements/dist/bundle.d.ts']) {
      if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run "npm run build" first`);
    }
    const r = typecheck(
      `import { CampaignGantt as FromIndex } from '@campaign-planner/elements';
       import '@campaign-planner/elements/define.js';
       import { CampaignGantt, instantiate, parsePlan, readiness, createStatusState } from '@campaign-planner/elements/bundle';
       import type { Plan, Readiness } from '@campaign-planner/elements/bundle';
       export const same: typeof FromIndex = CampaignGantt;
       export function score(input: unknown): number {
         const plan: Plan = parsePlan(input);
         const r: Readiness = readiness(plan, createStatusState(plan, []), new Date());
         return r.overall.score;
       }
       // The types are real, not \`any\`: a wrong call is an error.
       // @ts-expect-error: instantiate takes a template and options
       instantiate(42);
       export const gantt: CampaignGantt = new CampaignGantt();
      `,
    );
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  });

  it('a wrong import from the bundle is reported, so the check above can fail', { timeout: 120_000 }, () => {
    const r = typecheck(`import { noSuchExport } from '@campaign-planner/elements/bundle';\nexport const x = noSuchExport;\n`);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/noSuchExport/);
    expect(r.out).not.toMatch(/TS7016/);
  });
});
