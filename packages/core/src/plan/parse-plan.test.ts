import { describe, expect, it } from 'vitest';
import { parsePlan, safeParsePlan } from './parse-plan.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath, type Issue } from '../errors/issue.js';
import { planFixture } from '../__fixtures__/plan.js';

function issuesOf(input: unknown): Issue[] {
  const r = safeParsePlan(input);
  if (r.success) throw new Error('expected the plan to be rejected');
  return r.issues;
}
const where = (issues: Issue[]) => issues.map((i) => `${formatPath(i.path)}: ${i.code}`);

describe('parsePlan', () => {
  it('returns a typed plan with instants as Dates and defaults filled in', () => {
    const plan = parsePlan(planFixture());
    expect(plan.tasks[0]!.due.toISOString()).toBe('2026-10-31T06:59:00.000Z');
    expect(plan.tasks[0]).toMatchObject({ status: 'todo', weight: 1, dependsOn: [], tags: [], critical: true });
    expect(plan.phases[1]!.start).toBeInstanceOf(Date);
  });

  it('fills the platform zone with America/Los_Angeles by default', () => {
    const input = planFixture();
    delete input.platformTimeZone;
    expect(parsePlan(input).platformTimeZone).toBe('America/Los_Angeles');
  });

  it('does not change its input', () => {
    const input = planFixture();
    const copy = structuredClone(input);
    parsePlan(input);
    expect(input).toEqual(copy);
  });

  it('accepts an already parsed plan (Dates) and gives an equal plan', () => {
    const plan = parsePlan(planFixture());
    expect(parsePlan(plan)).toEqual(plan);
  });

  it('throws PlanValidationError whose issues carry paths and messages', () => {
    const input = planFixture();
    input.tasks[1].due = 'tomorrow';
    input.tasks[2].workstream = 'sales';
    try {
      parsePlan(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanValidationError);
      const err = e as PlanValidationError;
      expect(where([...err.issues])).toEqual(['tasks[1].due: invalid_shape', 'tasks[2].workstream: invalid_shape']);
      expect(err.issues[0]!.message).toMatch(/ISO 8601 date-time with an offset/);
      expect(err.issues[1]!.message).toMatch(/"operations" or "product"/);
      expect(err.message).toMatch(/^Invalid plan: tasks\[1\]\.due: /);
    }
  });

  it.each([
    ['a date-time without an offset', (p: any) => (p.tasks[0].due = '2026-10-30T23:59:00'), 'tasks[0].due', /offset/],
    ['a missing title translation', (p: any) => delete p.tasks[0].title['zh-CN'], 'tasks[0].title.zh-CN', /expected string/],
    ['an unknown key (typo)', (p: any) => (p.tasks[0].dependOn = ['x']), 'tasks[0]', /unknown key "dependOn"/],
    ['a wrong version', (p: any) => (p.version = 2), 'version', /expected version 1/],
    ['an invalid status', (p: any) => (p.tasks[0].status = 'finished'), 'tasks[0].status', /"todo"/],
    ['a zero weight', (p: any) => (p.tasks[0].weight = 0), 'tasks[0].weight', /weight above 0/],
    ['an id with spaces', (p: any) => (p.tasks[0].id = 'my task'), 'tasks[0].id', /letters, digits/],
    ['no phases', (p: any) => (p.phases = []), 'phases', /at least one phase/],
    ['an offset as zone', (p: any) => (p.teamTimeZone = '+08:00'), 'teamTimeZone', /IANA time zone/],
    ['an unknown zone', (p: any) => (p.platformTimeZone = 'Mars/Olympus'), 'platformTimeZone', /IANA time zone/],
    ['an abbreviation as zone', (p: any) => (p.teamTimeZone = 'PST'), 'teamTimeZone', /IANA time zone/],
  ])('rejects %s', (_label, mutate, path, message) => {
    const input = planFixture();
    mutate(input);
    const issues = issuesOf(input);
    expect(issues.map((i) => formatPath(i.path))).toContain(path);
    expect(issues.find((i) => formatPath(i.path) === path)!.message).toMatch(message);
  });

  it('rejects input that is not an object', () => {
    expect(where(issuesOf('plan'))).toEqual(['(root): invalid_shape']);
    expect(issuesOf(null)[0]!.message).toBe('expected object');
  });

  describe('rules beyond shape', () => {
    it('reports duplicate task and phase ids', () => {
      const input = planFixture();
      input.tasks[2].id = 'register';
      input.phases[1].id = 'warm-up';
      input.tasks[2].phase = 'warm-up';
      const issues = issuesOf(input);
      expect(where(issues)).toEqual(expect.arrayContaining(['tasks[2].id: duplicate_id', 'phases[1].id: duplicate_id']));
      expect(issues.find((i) => i.code === 'duplicate_id' && i.path[0] === 'tasks')!.message).toMatch(/first used at tasks\[0\]/);
    });

    it('reports unknown phases and dependencies, and self-dependencies', () => {
      const input = planFixture();
      input.tasks[0].phase = 'presale';
      input.tasks[1].dependsOn = ['register', 'ghost'];
      input.tasks[2].dependsOn = ['monitor'];
      const issues = issuesOf(input);
      expect(where(issues)).toEqual(['tasks[0].phase: unknown_phase', 'tasks[1].dependsOn[1]: unknown_dependency', 'tasks[2].dependsOn[0]: self_dependency']);
      expect(issues[0]!.message).toBe('unknown phase "presale", expected one of warm-up, peak');
    });

    it('names a dependency cycle', () => {
      const input = planFixture();
      input.tasks[0].dependsOn = ['monitor'];
      input.tasks[2].dependsOn = ['banner'];
      const issues = issuesOf(input);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.code).toBe('dependency_cycle');
      expect(issues[0]!.message).toBe('dependency cycle: register -> monitor -> banner -> register');
    });

    it('reports phases with a gap, an overlap or no length', () => {
      const gap = planFixture();
      gap.phases[1].start = '2026-11-11T01:00:00-08:00';
      expect(where(issuesOf(gap))).toEqual(['phases[1].start: phase_not_contiguous']);
      expect(issuesOf(gap)[0]!.message).toMatch(/expected 2026-11-11T00:00:00-08:00, the end of phase "warm-up"/);
      const empty = planFixture();
      empty.phases[1].end = empty.phases[1].start;
      expect(where(issuesOf(empty))).toContain('phases[1].end: phase_empty');
    });

    it('reports a due outside the campaign or before the start', () => {
      const input = planFixture();
      input.tasks[0].due = '2026-10-27T23:59:00-07:00';
      input.tasks[1].start = '2026-11-10T12:00:00-08:00';
      const issues = issuesOf(input);
      expect(where(issues)).toEqual(['tasks[0].due: due_outside_campaign', 'tasks[1].due: due_before_start']);
      expect(issues[0]!.message).toMatch(/outside the campaign 2026-10-28T00:00:00-07:00 \.\. 2026-11-13T00:00:00-08:00/);
    });

    it('allows a deadline at the closing instant of the campaign, not after', () => {
      const input = planFixture();
      input.tasks[2].recurrence = undefined;
      input.tasks[2].due = '2026-11-13T00:00:00-08:00';
      expect(safeParsePlan(input).success).toBe(true);
      input.tasks[2].due = '2026-11-13T00:00:01-08:00';
      expect(where(issuesOf(input))).toEqual(['tasks[2].due: due_outside_campaign']);
    });

    it('reports invalid rules and rules with no occurrence', () => {
      const bad = planFixture();
      bad.tasks[2].recurrence = 'FREQ=FORTNIGHTLY';
      expect(where(issuesOf(bad))).toEqual(['tasks[2].recurrence: invalid_rrule']);
      const none = planFixture();
      none.tasks[2].recurrence = 'FREQ=DAILY;UNTIL=20261101T000000';
      expect(where(issuesOf(none))).toEqual(['tasks[2].recurrence: empty_recurrence']);
      const late = planFixture();
      late.tasks[2].recurrence = 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25';
      expect(where(issuesOf(late))).toEqual(['tasks[2].recurrence: recurrence_outside_campaign']);
    });
  });

  describe('prototype pollution', () => {
    it('rejects __proto__ and constructor keys without touching Object.prototype', () => {
      const text = JSON.stringify(planFixture()).replace('"version":1', '"version":1,"__proto__":{"polluted":true}');
      const parsed = JSON.parse(text);
      expect(Object.keys(parsed)).toContain('__proto__');
      const issues = issuesOf(parsed);
      expect(issues[0]!.message).toMatch(/unknown key "__proto__"/);
      expect(({} as any).polluted).toBeUndefined();

      const nested = JSON.parse(JSON.stringify(planFixture()).replace('"id":"register"', '"id":"register","constructor":{"prototype":{"polluted":true}}'));
      expect(issuesOf(nested)[0]!.message).toMatch(/unknown key "constructor"/);
      expect(({} as any).polluted).toBeUndefined();
    });

    it('gives plain objects whose prototype is Object.prototype', () => {
      const plan = parsePlan(planFixture());
      expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(plan.tasks[0])).toBe(Object.prototype);
    });
  });
});
