import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { serializeEventLog } from '../../readiness/event-log-file.js';
import { ev, testPlan } from '../../readiness/__fixtures__/readiness-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-status-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const planFile = write('plan.json', serializePlan(testPlan()));
const logFile = write(
  'events.jsonl',
  serializeEventLog(
    [ev('banner', 'in-progress', '2026-10-24T10:00:00Z', 'wang'), ev('daily-check', 'done', '2026-10-24T10:00:00Z', 'li', '2026-11-11T17:00:00Z')],
    'America/Los_Angeles',
  ),
);
const NOW = '2026-10-25T12:00:00-07:00';

async function run(argv: string[], isTTY = false) {
  const io = captureIO({ isTTY });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner status', () => {
  it('prints a compact summary with every time in platform and team zone, no colour off a terminal', async () => {
    const r = await run(['status', planFile, '--log', logFile, '--now', NOW]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('readiness at 2026-10-25 12:00 -07:00 · 2026-10-26 03:00 +08:00');
    expect(r.out).toContain('phase: Build-up, 2d 12h left (ends 2026-10-28 00:00 -07:00 · 2026-10-28 15:00 +08:00)');
    expect(r.out).toMatch(/score 0\/100 · progress 7% · 1\/6 done · 1 overdue · 1 due within 48h/);
    expect(r.out).toMatch(
      /\nOverdue \(1\)\n {2}register Register for platform activities {2}due 2026-10-21 23:59 -07:00 · 2026-10-22 14:59 \+08:00 {2}\[todo\] {2}critical · li\n/,
    );
    expect(r.out).toContain('Next actions\n  1. register');
    expect(r.out).toMatch(/daily-check Monitor live data @2026-11-12T09:00:00-08:00/);
    expect(r.out).not.toContain('\u001b[');
  });

  it('colours only on a terminal', async () => {
    const r = await run(['status', planFile, '--log', logFile, '--now', NOW], true);
    expect(r.out).toContain('\u001b[31m');
  });

  it('prints JSON with both zones', async () => {
    const r = await run(['status', planFile, '--log', logFile, '--now', NOW, '--format', 'json', '--horizon', '24']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.overall).toMatchObject({ total: 6, overdue: 1, dueSoon: 0 });
    expect(json.horizonHours).toBe(24);
    expect(json.overdue[0]).toMatchObject({ taskId: 'register', due: { platform: '2026-10-21T23:59:00-07:00', team: '2026-10-22T14:59:00+08:00' } });
    expect(json.currentPhase.id).toBe('build-up');
    expect(json.nextActions.map((a: { taskId: string }) => a.taskId).slice(0, 2)).toEqual(['register', 'banner']);
  });

  it('works without a log', async () => {
    const r = await run(['status', planFile, '--now', NOW, '--format', 'json']);
    expect(JSON.parse(r.out).overall.counts.todo).toBe(6);
  });

  it('names the file and line of a corrupt or half-written log line (exit 1)', async () => {
    const good = serializeEventLog([ev('register', 'done', '2026-10-20T10:00:00Z')]);
    const half = write('half.jsonl', `${good}{"taskId":"banner","status":"do`);
    const r = await run(['status', planFile, '--log', half, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${half}:2: half-written line (no newline at the end, not valid JSON)\n`);
    const bad = write('bad.jsonl', `${good}{"taskId":"daily-check","status":"done","at":"2026-10-20T10:00:00Z","by":"li"}\n`);
    const r2 = await run(['status', planFile, '--log', bad, '--now', NOW]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: occurrence: task "daily-check" repeats`));
  });

  it('warns about an order that cannot work', async () => {
    const plan = testPlan();
    const bad = write(
      'bad-order.json',
      serializePlan({ ...plan, tasks: plan.tasks.map((t) => (t.id === 'register' ? { ...t, due: new Date('2026-10-27T12:00:00-07:00') } : t)) }),
    );
    const text = await run(['status', bad, '--now', NOW]);
    expect(text.out).toContain(
      'Schedule warnings (1)\n  tasks[0].due: due 2026-10-27T12:00:00-07:00 is after the deadline 2026-10-27T00:00:00-07:00 of "banner", which depends on it',
    );
    const json = JSON.parse((await run(['status', bad, '--now', NOW, '--format', 'json'])).out);
    expect(json.scheduleWarnings).toEqual([expect.objectContaining({ code: 'impossible_order', taskId: 'register', path: 'tasks[0].due' })]);
    expect(JSON.parse((await run(['status', planFile, '--now', NOW, '--format', 'json'])).out).scheduleWarnings).toEqual([]);
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run(['status'])).code).toBe(2);
    expect((await run(['status', planFile, '--now', '2026-10-25 12:00'])).err).toContain('--now must be an ISO 8601 date-time with an offset');
    expect((await run(['status', planFile, '--log', join(dir, 'missing.jsonl')])).code).toBe(2);
    expect((await run(['status', planFile, '--horizon', '-1'])).code).toBe(2);
    const help = await run(['status', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: campaign-planner status/);
  });
});
