import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { formatInZone } from '../time/wall-time.js';
import { planFixture } from '../__fixtures__/plan.js';
import { applyEdit, type EditResult } from './apply-edit.js';
import type { EditInput } from './edit-schema.js';

const PT = 'America/Los_Angeles';
const plan = () => parsePlan(planFixture());
const ok = (r: EditResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};
const task = (p: ReturnType<typeof plan>, id: string) => p.tasks.find((t) => t.id === id)!;
const undoes = (before: ReturnType<typeof plan>, edit: EditInput) => {
  const r = ok(applyEdit(before, edit));
  expect(ok(applyEdit(r.plan, r.inverse)).plan).toStrictEqual(before);
  return r;
};

describe('move-task', () => {
  it('keeps 23:59 Pacific when a deadline moves from Oct 30 across the Nov 1 change to Nov 2 (wall time)', () => {
    const r = undoes(plan(), { op: 'move-task', taskId: 'register', due: { wall: '2026-11-02 23:59', zone: PT } });
    expect(task(r.plan, 'register').due.toISOString()).toBe('2026-11-03T07:59:00.000Z');
    expect(formatInZone(task(r.plan, 'register').due, PT)).toBe('2026-11-02 23:59');
  });

  it('a shift of 3 days in a zone keeps the wall time there (72 h + 1 h across fall-back)', () => {
    const before = plan();
    const r = undoes(before, { op: 'move-task', taskId: 'register', due: { days: 3, zone: PT } });
    expect(formatInZone(task(r.plan, 'register').due, PT)).toBe('2026-11-02 23:59');
    expect(task(r.plan, 'register').due.getTime() - task(before, 'register').due.getTime()).toBe(73 * 3_600_000);
  });

  it('a shift expressed in Shanghai keeps the Shanghai wall time (no DST there)', () => {
    const r = ok(applyEdit(plan(), { op: 'move-task', taskId: 'register', due: { days: 3, zone: 'Asia/Shanghai' } }));
    expect(task(r.plan, 'register').due.getTime() - task(plan(), 'register').due.getTime()).toBe(72 * 3_600_000);
  });

  it('moves a start with its due by the same wall-clock amount, across the change', () => {
    const r = undoes(plan(), { op: 'move-task', taskId: 'banner', due: { days: -2, zone: PT } });
    expect(formatInZone(task(r.plan, 'banner').start!, PT)).toBe('2026-10-30 00:00');
    expect(formatInZone(task(r.plan, 'banner').due, PT)).toBe('2026-11-08 00:00');
  });

  it('a wall time in the spring-forward gap or a nonexistent day', () => {
    const bad = applyEdit(plan(), { op: 'move-task', taskId: 'register', due: { wall: '2026-11-31 10:00', zone: PT } });
    expect(bad).toMatchObject({ ok: false, issues: [{ code: 'invalid_time', path: ['due'] }] });
  });

  it('an ambiguous wall time (01:30 on Nov 1 happens twice) takes the earlier instant', () => {
    const r = ok(applyEdit(plan(), { op: 'move-task', taskId: 'register', due: { wall: '2026-11-01 01:30', zone: PT } }));
    expect(task(r.plan, 'register').due.toISOString()).toBe('2026-11-01T08:30:00.000Z');
  });

  it('dependents follow by push-on-overlap and the result lists what moved; undo restores them all', () => {
    const before = plan();
    const r = undoes(before, { op: 'move-task', taskId: 'register', due: { wall: '2026-11-10 12:00', zone: PT } });
    expect(r.moved.map((m) => m.taskId)).toEqual(['register', 'banner']);
    expect(task(r.plan, 'banner').due).toEqual(task(r.plan, 'register').due);
    // The start moves by the same amount: the length of the work is kept.
    const len = (p: typeof before) => task(p, 'banner').due.getTime() - task(p, 'banner').start!.getTime();
    expect(len(r.plan)).toBe(len(before));
    expect(r.inverse).toMatchObject({ op: 'batch' });
  });

  it('dependents: stay leaves them and a move before a dependency is reported as an impossible order', () => {
    const r = ok(applyEdit(plan(), { op: 'move-task', taskId: 'banner', due: { wall: '2026-10-29 12:00', zone: PT }, start: null }));
    expect(r.conflicts).toMatchObject([{ taskId: 'banner', dependency: 'register', why: 'moved' }]);
    const stay = ok(applyEdit(plan(), { op: 'move-task', taskId: 'register', due: { wall: '2026-11-10 12:00', zone: PT }, dependents: 'stay' }));
    expect(stay.moved.map((m) => m.taskId)).toEqual(['register']);
  });

  it('refuses a due outside the campaign with the path of the edit field and changes nothing', () => {
    const before = plan();
    const snapshot = structuredClone(before);
    const r = applyEdit(before, { op: 'move-task', taskId: 'register', due: '2027-01-01T00:00:00Z' });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'due_outside_campaign', path: ['due'] }] });
    expect(before).toStrictEqual(snapshot);
  });

  it('refuses a due before the start, at the due field', () => {
    const r = applyEdit(plan(), { op: 'move-task', taskId: 'banner', due: '2026-10-29T00:00:00-07:00', start: '2026-10-30T00:00:00-07:00' });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'due_before_start', path: ['due'] }] });
  });
});

describe('add, update, remove, dependencies, status', () => {
  const newTask = {
    id: 'live',
    title: { en: 'Go live', 'zh-CN': '上线' },
    phase: 'peak',
    workstream: 'operations' as const,
    due: '2026-11-11T00:00:00-08:00',
    milestone: true,
  };

  it('adds a task with defaults filled in; a duplicate id is refused at task.id', () => {
    const r = undoes(plan(), { op: 'add-task', task: newTask });
    expect(task(r.plan, 'live')).toMatchObject({ status: 'todo', dependsOn: [], weight: 1, milestone: true });
    expect(applyEdit(r.plan, { op: 'add-task', task: newTask })).toMatchObject({ ok: false, issues: [{ code: 'duplicate_id', path: ['task', 'id'] }] });
  });

  it('updates owner, role, notes and title; null clears; bad values are refused at changes.<field>', () => {
    const r = undoes(plan(), {
      op: 'update-task',
      taskId: 'banner',
      changes: { owner: 'Mei', role: 'designer', notes: 'two sizes', title: { en: 'Hero', 'zh-CN': '主图' } },
    });
    expect(task(r.plan, 'banner')).toMatchObject({ owner: 'Mei', role: 'designer', notes: 'two sizes', title: { en: 'Hero' } });
    const cleared = undoes(r.plan, { op: 'update-task', taskId: 'banner', changes: { owner: null } });
    expect('owner' in task(cleared.plan, 'banner')).toBe(false);
    expect(applyEdit(plan(), { op: 'update-task', taskId: 'banner', changes: { phase: 'nope' } })).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_phase', path: ['changes', 'phase'] }],
    });
    expect(applyEdit(plan(), { op: 'update-task', taskId: 'banner', changes: { weight: 0 } })).toMatchObject({
      ok: false,
      issues: [{ path: ['changes', 'weight'] }],
    });
    expect(applyEdit(plan(), { op: 'update-task', taskId: 'ghost', changes: {} })).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_task', path: ['taskId'] }],
    });
  });

  it('refuses to remove a task others depend on, unless dropEdges; undo restores place and edges', () => {
    expect(applyEdit(plan(), { op: 'remove-task', taskId: 'register' })).toMatchObject({
      ok: false,
      issues: [{ code: 'task_has_dependents', path: ['taskId'], message: expect.stringContaining('"banner"') }],
    });
    const r = undoes(plan(), { op: 'remove-task', taskId: 'register', dropEdges: true });
    expect(r.plan.tasks.map((t) => t.id)).toEqual(['banner', 'monitor']);
    expect(task(r.plan, 'banner').dependsOn).toEqual([]);
  });

  it('sets dependencies; a cycle or an unknown task is refused with its path', () => {
    undoes(plan(), { op: 'set-dependencies', taskId: 'monitor', dependsOn: ['banner'] });
    expect(applyEdit(plan(), { op: 'set-dependencies', taskId: 'register', dependsOn: ['banner'] })).toMatchObject({
      ok: false,
      issues: [{ code: 'dependency_cycle' }],
    });
    expect(applyEdit(plan(), { op: 'set-dependencies', taskId: 'register', dependsOn: ['x'] })).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_dependency', path: ['dependsOn', 0] }],
    });
  });

  it('sets any of the five statuses; one occurrence is refused here (it lives in the log)', () => {
    for (const status of ['in-progress', 'done', 'blocked', 'skipped', 'todo'] as const)
      expect(task(undoes(plan(), { op: 'set-status', taskId: 'register', status }).plan, 'register').status).toBe(status);
    expect(applyEdit(plan(), { op: 'set-status', taskId: 'monitor', status: 'done', occurrence: '2026-11-11T09:00:00-08:00' })).toMatchObject({
      ok: false,
      issues: [{ code: 'occurrence_status_in_log' }],
    });
  });

  it('rejects a malformed edit with the field path and what was expected', () => {
    expect(applyEdit(plan(), { op: 'set-status', taskId: 'register', status: 'finished' } as never)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_shape', path: ['status'] }],
    });
    expect(applyEdit(plan(), { op: 'explode' } as never)).toMatchObject({ ok: false, issues: [{ code: 'invalid_shape', path: ['op'] }] });
  });
});

describe('update-phase', () => {
  it('moves the peak a day later: the warm-up grows, the peak tasks keep their Pacific wall time', () => {
    const before = plan();
    const r = undoes(before, { op: 'update-phase', phaseId: 'peak', start: { days: 1, zone: PT } });
    expect(r.plan.phases[0]!.end).toEqual(r.plan.phases[1]!.start);
    expect(formatInZone(r.plan.phases[0]!.end, PT)).toBe('2026-11-12 00:00');
    expect(formatInZone(task(r.plan, 'monitor').due, PT)).toBe('2026-11-12 09:00');
  });

  it('warm-up starting before Nov 1 moved by a week: its tasks near the start move a week at the same wall time', () => {
    const r = undoes(plan(), { op: 'update-phase', phaseId: 'warm-up', start: { days: -7, zone: PT } });
    expect(formatInZone(task(r.plan, 'register').due, PT)).toBe('2026-10-23 23:59');
    // banner is nearer the (unchanged) end: it stays.
    expect(formatInZone(task(r.plan, 'banner').due, PT)).toBe('2026-11-10 00:00');
  });

  it('refuses dates that empty a neighbour', () => {
    const r = applyEdit(plan(), { op: 'update-phase', phaseId: 'peak', start: '2026-10-20T00:00:00-07:00' });
    expect(r).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ code: 'phase_empty', path: ['phases', 0, 'end'] })]) });
  });
});

describe('batch', () => {
  it('is all or nothing, with paths under edits[k]', () => {
    const r = applyEdit(plan(), {
      op: 'batch',
      edits: [
        { op: 'set-status', taskId: 'register', status: 'done' },
        { op: 'remove-task', taskId: 'ghost' },
      ],
    });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ['edits', 1, 'taskId'] }] });
    undoes(plan(), {
      op: 'batch',
      edits: [
        { op: 'set-status', taskId: 'register', status: 'done' },
        { op: 'remove-task', taskId: 'monitor' },
      ],
    });
  });
});

describe('move-task across the spring-forward change (March)', () => {
  const march = () =>
    parsePlan({
      ...planFixture(),
      phases: [
        { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, start: '2027-03-10T00:00:00-08:00', end: '2027-03-20T00:00:00-07:00' },
        { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, start: '2027-03-20T00:00:00-07:00', end: '2027-03-22T00:00:00-07:00' },
      ],
      tasks: [{ id: 'register', title: { en: 'Register', 'zh-CN': '报名' }, phase: 'warm-up', workstream: 'operations', due: '2027-03-13T23:59:00-08:00' }],
    });

  it('a day later keeps 23:59 Pacific: 23 hours across Mar 14', () => {
    const before = march();
    const r = undoes(before, { op: 'move-task', taskId: 'register', due: { days: 1, zone: PT } });
    expect(formatInZone(task(r.plan, 'register').due, PT)).toBe('2027-03-14 23:59');
    expect(task(r.plan, 'register').due.getTime() - task(before, 'register').due.getTime()).toBe(23 * 3_600_000);
  });

  it('a wall time in the skipped hour (02:30 on Mar 14) moves forward by the gap, to 03:30 PDT', () => {
    const r = ok(applyEdit(march(), { op: 'move-task', taskId: 'register', due: { wall: '2027-03-14 02:30', zone: PT } }));
    expect(task(r.plan, 'register').due.toISOString()).toBe('2027-03-14T10:30:00.000Z');
  });
});
