// The exports of the built package under plain Node: CLI export/import round trip and the shipped schema.
import { describe, expect, it } from 'vitest';
import { FILES, moduleFiles } from '../../bench/lib/sizes.mjs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { root, runBuiltCli } from './support/built-cli.js';
import { coreEntries } from '../../scripts/core-entries.mjs';
import ICAL from 'ical.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

const run = runBuiltCli;

describe('built exports under plain Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-exports-'));
  const planFile = join(dir, 'plan.json');
  writeFileSync(planFile, run(['plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai']).out);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as { tasks: Array<{ id: string; due: string }> };

  it('writes the same iCalendar file whatever the machine zone, and ical.js reads every deadline', () => {
    const args = ['export', planFile, '--format', 'ics', '--dtstamp', '2026-09-01T00:00:00Z'];
    const utc = run(args, { TZ: 'UTC' });
    expect(utc.code).toBe(0);
    expect(run(args, { TZ: 'Asia/Shanghai' }).out).toBe(utc.out);
    expect(run(args, { TZ: 'America/Los_Angeles' }).out).toBe(utc.out);
    const cal = new ICAL.Component(ICAL.parse(utc.out));
    for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const due = new Map(
      cal
        .getAllSubcomponents('vtodo')
        .map((c) => [String(c.getFirstPropertyValue('uid')).split('.')[0], (c.getFirstPropertyValue('due') as ICAL.Time).toJSDate().getTime()]),
    );
    for (const task of plan.tasks) expect(due.get(`task-${task.id}`), task.id).toBe(Date.parse(task.due));
  });

  it('round-trips the plan through CSV export and import', () => {
    const csv = join(dir, 'tasks.csv');
    expect(run(['export', planFile, '--format', 'csv', '--bom', '--out', csv]).code).toBe(0);
    const out = join(dir, 'again.json');
    const r = run(['import', csv, '--into', planFile, '--out', out]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(planFile, 'utf8'));
  });

  it('resolves @campaign-planner/core/plan.schema.json, which accepts the plan', () => {
    const require = createRequire(join(root, 'package.json'));
    const schema = JSON.parse(readFileSync(require.resolve('@campaign-planner/core/plan.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: true });
    ajv.addFormat('date-time', true);
    ajv.addFormat('date', true);
    expect(ajv.validate(schema, plan)).toBe(true);
  });

  it('ships only chunks its entries import: no chunk of an earlier build is left in dist', () => {
    const dist = join(root, 'packages/core/dist');
    const reached = new Set<string>();
    const queue = [...coreEntries(root).map((e) => join(root, e.built)), join(dist, 'cli.js')];
    while (queue.length) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
        queue.push(normalize(join(dirname(file), m[1]!)));
    }
    const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.filter((c) => !reached.has(join(dist, 'chunks', c)))).toEqual([]);
  });

  it('ships the self-contained bundle with only the chunks it loads or imports on demand', () => {
    const { loaded, lazy } = moduleFiles(FILES.bundle);
    const dir = join(root, 'packages/elements/dist/bundle-chunks');
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(lazy.length).toBeGreaterThan(0);
    expect(chunks.map((c) => join(dir, c)).sort()).toEqual([...loaded, ...lazy].filter((f) => f.startsWith(dir)).sort());
  });
});
