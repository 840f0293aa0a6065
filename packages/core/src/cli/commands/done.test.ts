import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { parseEventLog, serializeEventLog } from '../../readiness/event-log-file.js';
import { createStatusState, statusOf } from '../../readiness/status-state.js';
import { ev, testPlan } from '../../readiness/__fixtures__/readiness-plan.js';

const plan = testPlan();
const dir = mkdtempSync(join(tmpdir(), 'cp-done-'));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, serializePlan(plan));
let n = 0;
const freshLog = (text?: string) => {
  const file = join(dir, `events-${++n}.jsonl`);
  if (text !== undefined) writeFileSync(file, text);
  return file;
};

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}
const eventsIn = (file: string) => {
  const r = parseEventLog(plan, readFileSync(file, 'utf8'));
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.events;
};

describe('campaign-planner done', () => {
  it('creates the log, then appends one whole line per call', async () => {
    const log = freshLog();
    const r = await run('done', planFile, 'register', '--log', log, '--by', 'li', '--at', '2026-10-20T10:00:00-07:00');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${log}: register: done by li at 2026-10-20 10:00 -07:00 · 2026-10-21 01:00 +08:00 (1 event in the log)\n`);
    await run('done', planFile, 'daily-check', '--occurrence', '2026-11-11T09:00:00-08:00', '--log', log, '--by', 'wang', '--status', 'in-progress');
    const text = readFileSync(log, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toMatch(/^\{"taskId":"register","status":"done","at":"2026-10-20T10:00:00-07:00","by":"li","id":"[0-9a-f-]{36}"\}\n/);
    const state = createStatusState(plan, eventsIn(log));
    expect(statusOf(state, 'register')).toBe('done');
    expect(statusOf(state, 'daily-check', '2026-11-11T17:00:00Z')).toBe('in-progress');
    expect(statusOf(state, 'daily-check', '2026-11-12T17:00:00Z')).toBe('todo');
    // Written beside the log and renamed over it: no temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a log whose last line lacks its newline intact and adds the new line after it', async () => {
    const first = serializeEventLog([ev('register', 'done', '2026-10-20T10:00:00Z')]).trimEnd();
    const log = freshLog(first);
    expect((await run('done', planFile, 'banner', '--log', log, '--by', 'wang')).code).toBe(0);
    const lines = readFileSync(log, 'utf8').split('\n');
    expect(lines[0]).toBe(first);
    expect(eventsIn(log).map((e) => e.taskId)).toEqual(['register', 'banner']);
  });

  it('refuses to write to a log with a corrupt or half-written line, naming the line; nothing is lost', async () => {
    const text = `${serializeEventLog([ev('register', 'done', '2026-10-20T10:00:00Z'), ev('banner', 'done', '2026-10-21T10:00:00Z')])}{"taskId":"dst-coupons","sta`;
    const log = freshLog(text);
    const r = await run('done', planFile, 'dst-coupons', '--log', log, '--by', 'li');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${log}:3: half-written line (no newline at the end, not valid JSON)\n`);
    expect(readFileSync(log, 'utf8')).toBe(text);
    const corrupt = freshLog(`not json\n${serializeEventLog([ev('register', 'done', '2026-10-20T10:00:00Z')])}`);
    const r2 = await run('done', planFile, 'banner', '--log', corrupt);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/:1: invalid JSON/);
  });

  it('rejects an unknown task or occurrence with the option it came from, leaving the log unchanged', async () => {
    const text = serializeEventLog([ev('register', 'done', '2026-10-20T10:00:00Z')]);
    const log = freshLog(text);
    const unknown = await run('done', planFile, 'nope', '--log', log);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('<taskId>: unknown task "nope"\n');
    const missing = await run('done', planFile, 'daily-check', '--log', log);
    expect(missing.err).toBe('--occurrence: task "daily-check" repeats: expected an occurrence, one of 2026-11-11T09:00:00-08:00, 2026-11-12T09:00:00-08:00\n');
    const wrong = await run('done', planFile, 'daily-check', '--log', log, '--occurrence', '2026-11-13T09:00:00-08:00');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^--occurrence: 2026-11-13T09:00:00-08:00 is not an occurrence of task "daily-check"/);
    expect(readFileSync(log, 'utf8')).toBe(text);
  });

  it('records the first 01:30 on the night US DST ends, and refuses the second', async () => {
    const log = freshLog();
    const p2 = join(dir, 'night.json');
    writeFileSync(
      p2,
      serializePlan({
        ...plan,
        tasks: [{ ...plan.tasks[2]!, id: 'night', recurrence: 'FREQ=DAILY;COUNT=2', due: new Date('2026-10-31T01:30:00-07:00') }],
      }),
    );
    expect((await run('done', p2, 'night', '--log', log, '--occurrence', '2026-11-01T01:30:00-07:00')).code).toBe(0);
    const second = await run('done', p2, 'night', '--log', log, '--occurrence', '2026-11-01T01:30:00-08:00');
    expect(second.code).toBe(1);
    expect(second.err).toContain('expected one of 2026-10-31T01:30:00-07:00, 2026-11-01T01:30:00-07:00');
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run('done', planFile, 'register')).err).toContain('missing --log');
    expect((await run('done', planFile)).code).toBe(2);
    expect((await run('done', planFile, 'register', '--log', freshLog(), '--status', 'finished')).code).toBe(2);
    expect((await run('done', planFile, 'register', '--log', freshLog(), '--at', 'yesterday')).code).toBe(2);
    expect((await run('done', '--help')).out).toMatch(/^Usage: campaign-planner done/);
  });
});
