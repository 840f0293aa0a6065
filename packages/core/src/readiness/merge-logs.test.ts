import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StatusEvent } from '../schemas/status-event.js';
import { TASK_STATUSES } from '../schemas/task.js';
import { compareEvents, eventIdentity, mergeLogs } from './merge-logs.js';
import { createStatusState } from './status-state.js';
import { ev, testPlan } from './__fixtures__/readiness-plan.js';

// Small pools so that ties on time, actor and id really happen.
const eventArb: fc.Arbitrary<StatusEvent> = fc
  .record({
    taskId: fc.constantFrom('register', 'banner', 'daily-check'),
    occurrence: fc.option(fc.constantFrom(Date.UTC(2026, 10, 11, 17), Date.UTC(2026, 10, 12, 17)), { nil: undefined }),
    status: fc.constantFrom(...TASK_STATUSES),
    at: fc.integer({ min: 0, max: 5 }).map((h) => Date.UTC(2026, 9, 20, h)),
    by: fc.constantFrom('li', 'wang', 'zhao'),
    id: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
  })
  .map((r) => ({
    taskId: r.taskId,
    status: r.status,
    at: new Date(r.at),
    by: r.by,
    ...(r.occurrence !== undefined ? { occurrence: new Date(r.occurrence) } : {}),
    ...(r.id !== undefined ? { id: r.id } : {}),
  }));
const logArb = fc.array(eventArb, { maxLength: 25 });
const ids = (log: readonly StatusEvent[]) => log.map(eventIdentity);

describe('mergeLogs', () => {
  it('gives the same log whatever the order of the logs (commutative)', () => {
    fc.assert(
      fc.property(logArb, logArb, (a, b) => {
        expect(ids(mergeLogs(a, b))).toEqual(ids(mergeLogs(b, a)));
      }),
    );
  });

  it('is associative and idempotent', () => {
    fc.assert(
      fc.property(logArb, logArb, logArb, (a, b, c) => {
        expect(ids(mergeLogs(mergeLogs(a, b), c))).toEqual(ids(mergeLogs(a, mergeLogs(b, c))));
        expect(ids(mergeLogs(a, a))).toEqual(ids(mergeLogs(a)));
      }),
    );
  });

  it('does not depend on the order of events inside a log, and loses no distinct event', () => {
    fc.assert(
      fc.property(logArb, logArb, fc.nat(), (a, b, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }), { seed, numRuns: 1 })[0]!;
        const merged = mergeLogs(a, b);
        expect(ids(mergeLogs(shuffled, b))).toEqual(ids(merged));
        expect(new Set(ids(merged))).toEqual(new Set([...ids(a), ...ids(b)]));
        expect(merged.length).toBe(new Set([...ids(a), ...ids(b)]).size);
      }),
    );
  });

  it('derives the same state from either merge order', () => {
    const plan = testPlan();
    fc.assert(
      fc.property(logArb, logArb, (a, b) => {
        const s1 = createStatusState(plan, mergeLogs(a, b));
        const s2 = createStatusState(plan, [...b].reverse().concat(a));
        expect([...s1.latest].sort()).toEqual([...s2.latest].sort());
      }),
    );
  });

  it('keeps events apart whose fields only differ in where a NUL falls (unambiguous identity)', () => {
    const at = new Date('2026-10-20T00:00:00Z');
    const a: StatusEvent = { taskId: 'register', status: 'done', at, by: 'x\u0000y', id: 'z' };
    const b: StatusEvent = { taskId: 'register', status: 'done', at, by: 'x', id: 'y\u0000z' };
    expect(eventIdentity(a)).not.toBe(eventIdentity(b));
    expect(mergeLogs([a], [b])).toHaveLength(2);
    // No id and an empty id are different events too.
    const noId: StatusEvent = { taskId: 'register', status: 'done', at, by: 'x' };
    expect(eventIdentity(noId)).not.toBe(eventIdentity({ ...noId, id: '' }));
  });

  it('does not change its inputs', () => {
    const a = [ev('register', 'done', '2026-10-20T10:00:00Z'), ev('register', 'todo', '2026-10-19T10:00:00Z')];
    const copy = structuredClone(a);
    mergeLogs(a, []);
    expect(a).toEqual(copy);
  });
});

describe('compareEvents', () => {
  it('orders by time, then actor, then id', () => {
    const early = ev('register', 'done', '2026-10-20T10:00:00Z', 'zhao');
    const late = ev('register', 'todo', '2026-10-20T11:00:00Z', 'aaa');
    const byLi = ev('register', 'todo', '2026-10-20T10:00:00Z', 'li');
    const withId = ev('register', 'todo', '2026-10-20T10:00:00Z', 'li', undefined, 'x');
    expect([late, early, withId, byLi].sort(compareEvents)).toEqual([byLi, withId, early, late]);
  });

  it('never ties two distinct events', () => {
    fc.assert(
      fc.property(eventArb, eventArb, (a, b) => {
        if (eventIdentity(a) !== eventIdentity(b)) expect(compareEvents(a, b)).not.toBe(0);
        // Antisymmetric (summed, since -Math.sign(0) is -0, which toBe tells apart from 0).
        expect(Math.sign(compareEvents(a, b)) + Math.sign(compareEvents(b, a))).toBe(0);
      }),
    );
  });
});
