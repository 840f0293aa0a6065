import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { planFixture } from '../../__fixtures__/plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-edit-'));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, JSON.stringify(planFixture()));
let n = 0;
const freshLog = () => join(dir, `log-${++n}.jsonl`);

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner edit', () => {
  it('moves a deadline by wall time across the Nov 1 change; dependents follow; export and status read the edit', async () => {
    const log = freshLog();
    const r = await run('edit', planFile, '--log', log, 'move', 'register', '--due', '2026-11-10 23:59', '--by', 'li', '--at', '2026-10-20T10:00:00Z');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('moved register: 2026-10-30 23:59 -07:00');
    expect(r.out).toContain('-> 2026-11-10 23:59 -08:00');
    expect(r.out).toContain('moved banner');
    const line = JSON.parse(readFileSync(log, 'utf8').trim());
    expect(line).toMatchObject({
      type: 'edit',
      by: 'li',
      edit: { op: 'move-task', taskId: 'register', due: { wall: '2026-11-10 23:59', zone: 'America/Los_Angeles' } },
    });

    const out = await run('export', planFile, '--format', 'json', '--log', log);
    expect(out.code).toBe(0);
    const exported = JSON.parse(out.out) as { tasks: Array<{ id: string; due: string }> };
    expect(Date.parse(exported.tasks.find((t) => t.id === 'register')!.due)).toBe(Date.parse('2026-11-10T23:59:00-08:00'));

    expect((await run('edit', planFile, '--log', log, 'update', 'banner', '--owner', 'Mei', '--at', '2026-10-20T11:00:00Z')).code).toBe(0);
    expect((await run('edit', planFile, '--log', log, 'status', 'register', '--status', 'blocked', '--at', '2026-10-20T12:00:00Z')).code).toBe(0);
    const status = await run('status', planFile, '--log', log, '--now', '2026-11-09T00:00:00Z', '--format', 'json');
    expect(status.code).toBe(0);
    expect(status.out).toContain('Mei');
    expect(status.out).toContain('blocked');
  });

  it('done and edit share one log: a task added by an edit can be ticked, and status counts it', async () => {
    const log = freshLog();
    const task = JSON.stringify({
      id: 'live',
      title: { en: 'Go live', 'zh-CN': '上线' },
      phase: 'peak',
      workstream: 'operations',
      due: '2026-11-11T00:00:00-08:00',
    });
    expect((await run('edit', planFile, '--log', log, 'add', task, '--at', '2026-10-20T10:00:00Z')).code).toBe(0);
    const done = await run('done', planFile, 'live', '--log', log, '--by', 'li', '--at', '2026-10-20T11:00:00Z');
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    expect(done.out).toContain('(2 events in the log)');
    const status = await run('status', planFile, '--log', log, '--now', '2026-11-09T00:00:00Z', '--format', 'json');
    expect(status.code).toBe(0);
    expect(status.out).toContain('"done": 1');
  });

  it('a refused edit exits 1 naming the field, and leaves the log as it was', async () => {
    const log = freshLog();
    writeFileSync(log, '');
    const r = await run('edit', planFile, '--log', log, 'remove', 'register');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/taskId: "banner" depends on "register"/);
    const bad = await run('edit', planFile, '--log', log, 'move', 'register', '--due', '2027-03-01T00:00:00Z');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^.*due: due 2027-02-28T16:00:00-08:00 is outside the campaign/m);
    expect(bad.err).not.toMatch(/at .*\.ts/);
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('usage errors: unknown operation, no way to move', async () => {
    expect((await run('edit', planFile, '--log', freshLog(), 'explode', 'x')).code).toBe(2);
    expect((await run('edit', planFile, '--log', freshLog(), 'move', 'register')).err).toMatch(/--due <time> or --days <n>/);
  });

  it('an edit that no longer applies after a merge is kept and reported as a warning', async () => {
    const log = freshLog();
    await run('edit', planFile, '--log', log, 'update', 'monitor', '--owner', 'Li', '--at', '2026-10-20T11:00:00Z');
    await run('edit', planFile, '--log', log, 'remove', 'monitor', '--at', '2026-10-20T10:00:00Z');
    const r = await run('status', planFile, '--log', log, '--now', '2026-11-09T00:00:00Z');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: not applied: .*:1: edit\.taskId: unknown task "monitor"/);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
