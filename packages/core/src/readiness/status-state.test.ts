import { describe, expect, it } from 'vitest';
import { applyStatus, createStatusState, isClosed, statusOf } from './status-state.js';
import { ev, testPlan } from './__fixtures__/readiness-plan.js';

describe('status state', () => {
  const plan = testPlan();

  it('falls back to the plan status, then to todo for an unknown task', () => {
    const state = createStatusState({ tasks: plan.tasks.map((t) => (t.id === 'banner' ? { ...t, status: 'in-progress' as const } : t)) });
    expect(statusOf(state, 'banner')).toBe('in-progress');
    expect(statusOf(state, 'register')).toBe('todo');
    expect(statusOf(state, 'nope')).toBe('todo');
  });

  it('keeps the last event by time, whatever the order events come in', () => {
    const a = ev('register', 'done', '2026-10-20T10:00:00Z');
    const b = ev('register', 'in-progress', '2026-10-19T10:00:00Z');
    expect(statusOf(createStatusState(plan, [a, b]), 'register')).toBe('done');
    expect(statusOf(createStatusState(plan, [b, a]), 'register')).toBe('done');
  });

  it('breaks a tie on time by actor name', () => {
    const li = ev('register', 'done', '2026-10-20T10:00:00Z', 'li');
    const wang = ev('register', 'blocked', '2026-10-20T10:00:00Z', 'wang');
    expect(statusOf(createStatusState(plan, [wang, li]), 'register')).toBe('blocked');
  });

  it('tracks each occurrence of a recurring task apart, read by Date or by any ISO spelling', () => {
    const state = createStatusState(plan, [ev('daily-check', 'done', '2026-11-11T18:00:00Z', 'li', '2026-11-11T17:00:00Z')]);
    expect(statusOf(state, 'daily-check', new Date('2026-11-11T17:00:00Z'))).toBe('done');
    expect(statusOf(state, 'daily-check', '2026-11-11T09:00:00-08:00')).toBe('done');
    expect(statusOf(state, 'daily-check', '2026-11-12T09:00:00-08:00')).toBe('todo');
  });

  it('applyStatus returns a new state and leaves the old one unchanged', () => {
    const s0 = createStatusState(plan);
    const s1 = applyStatus(s0, ev('register', 'done', '2026-10-20T10:00:00Z'));
    expect(statusOf(s1, 'register')).toBe('done');
    expect(statusOf(s0, 'register')).toBe('todo');
    expect(s0.latest.size).toBe(0);
    // An older event loses and changes nothing.
    const s2 = applyStatus(s1, ev('register', 'todo', '2026-10-19T10:00:00Z'));
    expect(s2).toBe(s1);
  });

  it('treats done and skipped as closed', () => {
    expect(['todo', 'in-progress', 'done', 'blocked', 'skipped'].filter((s) => isClosed(s as never))).toEqual(['done', 'skipped']);
  });
});
