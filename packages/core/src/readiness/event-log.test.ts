import { describe, expect, it } from 'vitest';
import { PlanValidationError } from '../errors/validation-error.js';
import { parsePlan } from '../plan/parse-plan.js';
import { appendEvent, checkStatusEvent, parseStatusEvent, safeParseStatusEvent, serializeStatusEvent } from './event-log.js';
import { ev, PLAN_INPUT, testPlan } from './__fixtures__/readiness-plan.js';

const plan = testPlan();
const base = { taskId: 'register', status: 'done', at: '2026-10-20T10:00:00-07:00', by: 'li' } as const;

function issuesOf(input: unknown) {
  const r = safeParseStatusEvent(plan, input);
  return r.success ? [] : r.issues.map((i) => ({ code: i.code, path: i.path }));
}

describe('status events', () => {
  it('parses a valid event, instants as Dates', () => {
    const e = parseStatusEvent(plan, base);
    expect(e.at.toISOString()).toBe('2026-10-20T17:00:00.000Z');
    expect(e.occurrence).toBeUndefined();
  });

  it('rejects an unknown task, an unknown status and a missing actor with their paths', () => {
    expect(issuesOf({ ...base, taskId: 'nope' })).toEqual([{ code: 'unknown_task', path: ['taskId'] }]);
    expect(issuesOf({ ...base, status: 'finished' })).toEqual([{ code: 'invalid_shape', path: ['status'] }]);
    expect(issuesOf({ ...base, by: '' })).toEqual([{ code: 'invalid_shape', path: ['by'] }]);
    expect(issuesOf({ ...base, at: '2026-10-20 10:00' })).toEqual([{ code: 'invalid_shape', path: ['at'] }]);
    expect(issuesOf({ ...base, extra: 1 })).toEqual([{ code: 'invalid_shape', path: [] }]);
  });

  it('requires an occurrence the rule yields for a recurring task, and none for a one-off task', () => {
    const daily = { ...base, taskId: 'daily-check' };
    expect(issuesOf(daily)).toEqual([{ code: 'missing_occurrence', path: ['occurrence'] }]);
    expect(issuesOf({ ...daily, occurrence: '2026-11-12T09:00:00-08:00' })).toEqual([]);
    // The rule has COUNT=2: a third day never occurs.
    expect(issuesOf({ ...daily, occurrence: '2026-11-13T09:00:00-08:00' })).toEqual([{ code: 'unknown_occurrence', path: ['occurrence'] }]);
    expect(issuesOf({ ...base, occurrence: '2026-10-21T23:59:00-07:00' })).toEqual([{ code: 'unexpected_occurrence', path: ['occurrence'] }]);
  });

  it('tells the valid occurrences in platform time when one is wrong', () => {
    const r = safeParseStatusEvent(plan, { ...base, taskId: 'daily-check', occurrence: '2026-11-11T10:00:00-08:00' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.message).toContain('expected one of 2026-11-11T09:00:00-08:00, 2026-11-12T09:00:00-08:00');
  });

  it('keys occurrences across the DST change by their instant: 01:30 on Nov 1 happens twice', () => {
    const p = parsePlan({
      ...PLAN_INPUT,
      tasks: [
        {
          id: 'night',
          title: { en: 'x', 'zh-CN': 'x' },
          phase: 'warm-up',
          workstream: 'visual',
          due: '2026-10-31T01:30:00-07:00',
          recurrence: 'FREQ=DAILY;COUNT=3',
        },
      ],
    });
    const occ = (o: string) => checkStatusEvent(p, { taskId: 'night', status: 'done', at: new Date(), by: 'li', occurrence: new Date(o) }).map((i) => i.code);
    expect(occ('2026-10-31T01:30:00-07:00')).toEqual([]);
    // The rule keeps the first 01:30 (PDT) on Nov 1; the second 01:30 (PST) is not an occurrence.
    expect(occ('2026-11-01T01:30:00-07:00')).toEqual([]);
    expect(occ('2026-11-01T01:30:00-08:00')).toEqual(['unknown_occurrence']);
    expect(occ('2026-11-02T01:30:00-08:00')).toEqual([]);
  });

  it('appendEvent returns a new log and leaves the given one unchanged, also when it rejects', () => {
    const log = Object.freeze([ev('banner', 'in-progress', '2026-10-20T00:00:00Z')]);
    const next = appendEvent(plan, log, base);
    expect(next).toHaveLength(2);
    expect(log).toHaveLength(1);
    expect(() => appendEvent(plan, log, { ...base, taskId: 'nope' })).toThrow(PlanValidationError);
    expect(() => appendEvent(plan, log, { ...base, taskId: 'nope' })).toThrow('Invalid status event: taskId: unknown task "nope"');
    expect(log).toHaveLength(1);
  });

  it('appendEvent types its input: an unknown status does not compile (and throws at run time)', () => {
    // tsc (npm run typecheck) fails if the directive is unused, i.e. if the input were `unknown` again.
    // @ts-expect-error 'finished' is no TaskStatus
    expect(() => appendEvent(plan, [], { ...base, status: 'finished' })).toThrow(PlanValidationError);
  });

  it('serializes one line in the given zone that parses back to the same event', () => {
    const e = parseStatusEvent(plan, { ...base, taskId: 'daily-check', occurrence: '2026-11-11T17:00:00Z', id: 'e1' });
    const line = serializeStatusEvent(e, 'America/Los_Angeles');
    expect(line).toBe('{"taskId":"daily-check","occurrence":"2026-11-11T09:00:00-08:00","status":"done","at":"2026-10-20T10:00:00-07:00","by":"li","id":"e1"}');
    expect(parseStatusEvent(plan, JSON.parse(line))).toEqual(e);
  });
});
