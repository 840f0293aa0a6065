import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import { statusOf } from '../readiness/index.js';
import { formatInZone } from '../time/wall-time.js';
import { planFixture } from '../__fixtures__/plan.js';
import { applyEdit } from './apply-edit.js';
import type { EditInput } from './edit-schema.js';
import { appendToFold, foldLog } from './fold-log.js';
import { createHistory } from './history.js';
import { safeParseLogEvent, type LogEvent } from './log-event.js';
import { parseLog, serializeLog } from './log-file.js';
import { mergeEventLogs } from './merge-events.js';

const base = () => parsePlan(planFixture());
const PT = 'America/Los_Angeles';
const ev = (id: string, at: string, by: string, edit: EditInput): LogEvent => {
  const r = safeParseLogEvent({ type: 'edit', id, at, by, edit });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.event;
};
const status = (taskId: string, s: string, at: string, by: string, extra: object = {}): LogEvent => {
  const r = safeParseLogEvent({ taskId, status: s, at, by, ...extra });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.event;
};

const mine = [
  ev('li-1', '2026-10-20T10:00:00Z', 'li', { op: 'update-task', taskId: 'banner', changes: { owner: 'Li' } }),
  status('register', 'done', '2026-10-20T11:00:00Z', 'li'),
  ev('li-2', '2026-10-20T12:00:00Z', 'li', { op: 'move-task', taskId: 'register', due: { wall: '2026-11-02 23:59', zone: PT } }),
];
const theirs = [
  ev('mei-1', '2026-10-20T10:30:00Z', 'mei', { op: 'update-task', taskId: 'banner', changes: { owner: 'Mei' } }),
  ev('mei-2', '2026-10-20T11:30:00Z', 'mei', { op: 'set-status', taskId: 'monitor', status: 'in-progress', occurrence: '2026-11-12T09:00:00-08:00' }),
  ev('mei-3', '2026-10-20T13:00:00Z', 'mei', { op: 'remove-task', taskId: 'monitor' }),
  ev('mei-4', '2026-10-20T13:30:00Z', 'mei', { op: 'set-status', taskId: 'monitor', status: 'done', occurrence: '2026-11-11T09:00:00-08:00' }),
];

describe('foldLog', () => {
  it('applies edits and statuses in (time, actor, id) order, last writer wins, conflicts kept', () => {
    const f = foldLog(base(), [...theirs, ...mine]);
    expect(f.plan.tasks.find((t) => t.id === 'banner')!.owner).toBe('Mei');
    expect(formatInZone(f.plan.tasks.find((t) => t.id === 'register')!.due, PT)).toBe('2026-11-02 23:59');
    expect(statusOf(f.state, 'register')).toBe('done');
    expect(f.plan.tasks.map((t) => t.id)).toEqual(['register', 'banner']);
    // The status of a removed task no longer applies: reported with its path, still in the log.
    expect(f.conflicts).toMatchObject([{ event: { id: 'mei-4' }, issues: [{ code: 'unknown_task', path: ['edit', 'taskId'] }] }]);
    expect(f.events).toHaveLength(7);
  });

  it('gives the same result whatever the order of logs and events; merging with itself changes nothing', () => {
    const all = [...mine, ...theirs];
    const expected = foldLog(base(), all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (shuffled) => {
        const f = foldLog(base(), mergeEventLogs(shuffled, shuffled));
        expect(f.plan).toStrictEqual(expected.plan);
        expect(f.events).toStrictEqual(expected.events);
      }),
    );
  });

  it('per-occurrence statuses from set-status edits merge with plain status events', () => {
    const f = foldLog(base(), [
      ev('a', '2026-10-21T00:00:00Z', 'li', { op: 'set-status', taskId: 'monitor', status: 'blocked', occurrence: '2026-11-11T09:00:00-08:00' }),
      status('monitor', 'done', '2026-10-21T01:00:00Z', 'mei', { occurrence: '2026-11-11T09:00:00-08:00' }),
    ]);
    expect(statusOf(f.state, 'monitor', '2026-11-11T09:00:00-08:00')).toBe('done');
  });

  it('keeps a metric actual scoped to a phase or product the plan lacks as a conflict, not as an actual', () => {
    const plan = base();
    const metric = (at: string, scope: object) => {
      const r = safeParseLogEvent({ type: 'metric', metric: 'visitors', value: 1200, refersTo: '2026-11-02T23:59:00-08:00', at, by: 'mei', scope });
      if (!r.success) throw new Error(JSON.stringify(r.issues));
      return r.event;
    };
    const good = metric('2026-11-03T01:00:00Z', { phase: plan.phases[0]!.id });
    const badPhase = metric('2026-11-03T02:00:00Z', { phase: 'no-such-phase' });
    const badProduct = metric('2026-11-03T03:00:00Z', { product: 'no-such-product' });
    const f = foldLog(plan, [good, badPhase, badProduct]);
    expect(f.metrics).toEqual([good]);
    expect(f.events).toHaveLength(3);
    expect(f.conflicts.map((c) => [c.event, c.issues.map((i) => [i.code, i.path.join('.')])])).toEqual([
      [badPhase, [['unknown_phase', 'scope.phase']]],
      [badProduct, [['unknown_product', 'scope.product']]],
    ]);
    // Appended one by one, the same.
    const appended = appendToFold(appendToFold(foldLog(plan, [good]), badPhase).folded, badProduct);
    expect(appended.issues.map((i) => i.code)).toEqual(['unknown_product']);
    expect(appended.folded.metrics).toEqual([good]);
  });

  it('appendToFold equals a full fold, returns the inverse, and refolds an event that sorts earlier', () => {
    const f1 = foldLog(base(), mine);
    const late = ev('li-3', '2026-10-21T00:00:00Z', 'li', { op: 'set-status', taskId: 'banner', status: 'blocked' });
    const r = appendToFold(f1, late);
    expect(r.inverse).toEqual({ op: 'set-status', taskId: 'banner', status: 'todo' });
    expect(r.folded.plan).toStrictEqual(foldLog(base(), [...mine, late]).plan);
    const early = theirs[0]!;
    const again = appendToFold(r.folded, early);
    expect(again.folded.plan).toStrictEqual(foldLog(base(), [...mine, late, early]).plan);
  });
});

describe('log file', () => {
  it('round-trips statuses, edits and metrics as JSON lines and names a bad line', () => {
    const metric = safeParseLogEvent({
      type: 'metric',
      metric: 'visitors',
      value: 1200,
      refersTo: '2026-11-02T23:59:00-08:00',
      at: '2026-11-03T01:00:00Z',
      by: 'mei',
    });
    expect(metric.success).toBe(true);
    const events = mergeEventLogs(mine, theirs, metric.success ? [metric.event] : []);
    const text = serializeLog(events, PT);
    const back = parseLog(text);
    expect(back.success && back.events).toStrictEqual(events);
    const bad = parseLog(`${text}{"type":"edit","id":"x","at":"2026-10-20T10:00:00Z","by":"li","edit":{"op":"move-task","taskId":"register"}}\n`);
    expect(bad).toMatchObject({ success: false, issues: [{ line: events.length + 1, path: ['edit', 'due'] }] });
  });
});

describe('createHistory', () => {
  it('undo applies the inverse and restores the plan; redo re-applies; a new edit clears redo', () => {
    const p0 = base();
    let history = createHistory({ limit: 2 });
    expect(history.canUndo).toBe(false);
    const edit: EditInput = { op: 'move-task', taskId: 'register', due: { days: 3, zone: PT } };
    const r = applyEdit(p0, edit);
    if (!r.ok) throw new Error('refused');
    history = history.record(r.inverse, r.inverse).record(edit as never, r.inverse);
    const u = history.undo()!;
    const undone = applyEdit(r.plan, u.edit);
    expect(undone.ok && undone.plan).toStrictEqual(p0);
    expect(u.history.canRedo).toBe(true);
    const again = applyEdit(p0, u.history.redo()!.edit);
    expect(again.ok && again.plan).toStrictEqual(r.plan);
    expect(u.history.record(edit as never, r.inverse).canRedo).toBe(false);
    // The limit forgets the oldest step.
    expect(history.record(edit as never, r.inverse).past).toHaveLength(2);
    expect(createHistory().undo()).toBeUndefined();
  });
});
