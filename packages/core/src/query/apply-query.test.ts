import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import { taskOccurrences } from '../plan/occurrences.js';
import { createStatusState } from '../readiness/index.js';
import { ROLES, TASK_STATUSES, WORKSTREAMS, type TaskInput, type TaskStatus } from '../schemas/task.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { formatInZone } from '../time/wall-time.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { PLAN_INPUT, ev, testPlan } from '../readiness/__fixtures__/readiness-plan.js';
import { applyQuery, dueWindow } from './apply-query.js';
import { parseDueBound, parseTaskQuery, type TaskQueryInput } from './task-query.js';

const PHASES = ['build-up', 'warm-up', 'peak', 'review'] as const;
const OWNERS = ['li', 'wang', 'zhao'] as const;
const TAGS = ['a', 'b', 'c'] as const;
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles'] as const;
const START = Date.parse('2026-10-01T07:00:00Z');
const HOUR = 3_600_000;

const taskArb = fc.record({
  phase: fc.constantFrom(...PHASES),
  workstream: fc.constantFrom(...WORKSTREAMS),
  // Hours into the campaign (about 45 days); a few tasks share a deadline to exercise the id tie-break.
  // Three-hour steps from 07:00Z (Los Angeles midnight in PDT), plus one hour (its midnight in PST), so
  // that deadlines often sit exactly on a bound or on a Shanghai or Los Angeles midnight: a window's edges.
  hour: fc.tuple(fc.integer({ min: 0, max: 340 }), fc.boolean()).map(([h, pst]) => h * 3 + (pst ? 1 : 0)),
  repeat: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
  owner: fc.option(fc.constantFrom(...OWNERS), { nil: undefined }),
  role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
  critical: fc.boolean(),
  tags: fc.subarray([...TAGS]),
  status: fc.constantFrom(...TASK_STATUSES),
  word: fc.constantFrom('Banner', 'coupon', '直播', 'Check'),
});

// Most fields absent, so that a query often selects something and the edges get exercised.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
const subset = <T>(values: readonly T[]) => maybe(fc.subarray([...values]));
const dayArb = fc.oneof(
  fc.constantFrom('today', 'tomorrow', 'yesterday', 'today+3', 'today-2'),
  fc.integer({ min: 0, max: 45 }).map((d) => new Date(START + d * 24 * HOUR).toISOString().slice(0, 10)),
);
const boundArb = maybe(
  fc.oneof(
    fc.integer({ min: -4, max: 345 }).map((h) => new Date(START + h * 3 * HOUR)),
    fc.record({ day: dayArb, zone: fc.constantFrom(...ZONES) }),
  ),
);
const queryArb = fc.record(
  {
    phases: subset(PHASES),
    workstreams: subset(WORKSTREAMS),
    owners: subset(OWNERS),
    roles: subset(ROLES),
    statuses: subset(TASK_STATUSES),
    critical: maybe(fc.boolean()),
    tags: subset(TAGS),
    text: maybe(fc.constantFrom('banner', 'COUPON', '直播', 't1', '')),
    dueFrom: boundArb,
    dueTo: boundArb,
  },
  { requiredKeys: [] },
);

type Spec = typeof taskArb extends fc.Arbitrary<infer T> ? T : never;

function buildTasks(specs: Spec[]): TaskInput[] {
  return specs.map((s, i) => {
    // A repeating task starts early enough for all its days to fit in the campaign.
    const hour = s.repeat ? Math.min(s.hour, 900) : s.hour;
    return {
      id: `t${i}`,
      title: { en: `${s.word} ${i}`, 'zh-CN': `任务 ${i}` },
      phase: s.phase,
      workstream: s.workstream,
      due: new Date(START + hour * HOUR),
      ...(s.repeat ? { recurrence: `FREQ=DAILY;COUNT=${s.repeat}` } : {}),
      ...(s.owner ? { owner: s.owner } : {}),
      ...(s.role ? { role: s.role } : {}),
      critical: s.critical,
      tags: s.tags,
      status: s.status,
    };
  });
}

// The reference: a plain loop over tasks and occurrences with the rules written out again, and calendar days
// compared as 'YYYY-MM-DD' text read by Intl (not the start-of-day instants the implementation computes).
function dayText(zone: string, d: Date) {
  return formatInZone(d, zone, 'yyyy-MM-dd');
}
function shiftDay(day: string, n: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
function resolveDay(day: string, zone: string, now: Date) {
  const rel: Record<string, number> = { today: 0, tomorrow: 1, yesterday: -1, 'today+3': 3, 'today-2': -2 };
  return day in rel ? shiftDay(dayText(zone, now), rel[day]!) : day;
}

function reference(plan: ReturnType<typeof parsePlan>, q: TaskQueryInput, statusAt: Map<string, TaskStatus>, now: Date): string[] {
  const out: { key: string; phase: number; ws: number; due: number; id: string }[] = [];
  for (const task of plan.tasks) {
    const dues = task.recurrence ? taskOccurrences(plan, task) : [task.due];
    for (const due of dues) {
      const key = task.recurrence ? `${task.id}@${due.toISOString()}` : task.id;
      const status = statusAt.get(key) ?? task.status;
      const any = <T>(list: readonly T[] | undefined, ok: (v: T) => boolean) => !list || list.length === 0 || list.some(ok);
      if (!any(q.phases, (p) => p === task.phase)) continue;
      if (!any(q.workstreams, (w) => w === task.workstream)) continue;
      const people = (q.owners?.length ?? 0) + (q.roles?.length ?? 0) > 0;
      if (people && !(q.owners ?? []).includes(task.owner!) && !(q.roles ?? []).some((r) => r === task.role)) continue;
      if (!any(q.statuses, (s) => s === status)) continue;
      if (q.critical !== undefined && q.critical !== task.critical) continue;
      if (!any(q.tags, (t) => task.tags.includes(t))) continue;
      const text = (q.text ?? '').toLowerCase();
      if (text && ![task.id, task.title.en, task.title['zh-CN']].some((s) => s.toLowerCase().includes(text))) continue;
      const from = q.dueFrom as Date | { day: string; zone: string } | undefined;
      const to = q.dueTo as Date | { day: string; zone: string } | undefined;
      if (from instanceof Date ? due < from : from && dayText(from.zone, due) < resolveDay(from.day, from.zone, now)) continue;
      if (to instanceof Date ? due > to : to && dayText(to.zone, due) > resolveDay(to.day, to.zone, now)) continue;
      out.push({ key, phase: PHASES.indexOf(task.phase as never), ws: WORKSTREAMS.indexOf(task.workstream), due: due.getTime(), id: task.id });
    }
  }
  out.sort((a, b) => a.phase - b.phase || a.ws - b.ws || a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out.map((o) => o.key);
}

describe('applyQuery', () => {
  it('returns every matching work item, in display order, and no other (random plans, logs and queries)', () => {
    let selected = 0;
    fc.assert(
      fc.property(
        fc.array(taskArb, { minLength: 1, maxLength: 14 }),
        queryArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TASK_STATUSES)), { maxLength: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        (specs, query, marks, nowHour) => {
          const plan = parsePlan({ ...PLAN_INPUT, tasks: buildTasks(specs) });
          // Status events on random items, at distinct times, so the last one per item is plain to see.
          const events: StatusEvent[] = [];
          const statusAt = new Map<string, TaskStatus>();
          marks.forEach(([t, o, status], n) => {
            const task = plan.tasks[t % plan.tasks.length]!;
            const dues = taskOccurrences(plan, task);
            const occurrence = task.recurrence ? dues[o % dues.length] : undefined;
            events.push({ taskId: task.id, status, at: new Date(START + n * HOUR), by: 'li', ...(occurrence ? { occurrence } : {}) });
            statusAt.set(occurrence ? `${task.id}@${occurrence.toISOString()}` : task.id, status);
          });
          const now = new Date(START + nowHour * HOUR + 17 * 60_000);
          const got = applyQuery(plan, query, createStatusState(plan, events), now).map((i) => i.key);
          expect(got).toEqual(reference(plan, query, statusAt, now));
          if (got.length > 0) selected++;
        },
      ),
      { numRuns: 300 },
    );
    // The property means little if most queries select nothing.
    expect(selected).toBeGreaterThan(100);
  }, 30_000);

  it('selects recurring tasks per occurrence and reports blockers', () => {
    const plan = testPlan();
    const state = createStatusState(plan, [ev('daily-check', 'done', '2026-11-11T20:00:00Z', 'li', '2026-11-11T09:00:00-08:00')]);
    const open = applyQuery(plan, { statuses: ['todo'], phases: ['peak', 'review'] }, state);
    expect(open.map((i) => i.key)).toEqual(['daily-check@2026-11-12T17:00:00.000Z', 'review-data']);
    expect(open[1]!.blockedBy).toEqual(['daily-check']);
  });

  it('reads "tomorrow" in the zone asked for, across the Nov 1 DST change', () => {
    const plan = testPlan();
    // 2026-10-31 10:00 in Los Angeles is 2026-11-01 01:00 in Shanghai: "tomorrow" differs by reader.
    const now = new Date('2026-10-31T17:00:00Z');
    const la = parseTaskQuery({ dueFrom: { day: 'tomorrow', zone: 'America/Los_Angeles' }, dueTo: { day: 'tomorrow', zone: 'America/Los_Angeles' } });
    // Nov 1 in Los Angeles is 25 hours long (clocks fall back).
    const [from, to] = dueWindow(plan, la, now);
    expect([new Date(from).toISOString(), (to - from) / HOUR]).toEqual(['2026-11-01T07:00:00.000Z', 25]);
    expect(applyQuery(plan, la, undefined, now).map((i) => i.key)).toEqual(['dst-coupons']);
    const sh = { dueFrom: { day: 'tomorrow', zone: 'Asia/Shanghai' }, dueTo: { day: 'tomorrow', zone: 'Asia/Shanghai' } };
    expect(applyQuery(plan, sh, undefined, now).map((i) => i.key)).toEqual([]);
    // Without a zone, days are the team's (Shanghai): "today" there is Nov 1, when dst-coupons is due (16:30).
    expect(applyQuery(plan, { dueFrom: { day: 'today' }, dueTo: { day: 'today' } }, undefined, now).map((i) => i.key)).toEqual(['dst-coupons']);
  });

  it('covers a whole day: due at its midnight is in, due at the next midnight is out; instants are inclusive', () => {
    const midnight = (wall: string) => ({
      id: `at-${wall.slice(5, 10)}`,
      title: { en: wall, 'zh-CN': wall },
      phase: 'warm-up',
      workstream: 'product' as const,
      due: wall,
    });
    const plan = parsePlan({ ...PLAN_INPUT, tasks: [midnight('2026-11-01T00:00:00-07:00'), midnight('2026-11-02T00:00:00-08:00')] });
    const nov1 = { day: '2026-11-01', zone: 'America/Los_Angeles' };
    expect(applyQuery(plan, { dueFrom: nov1, dueTo: nov1 }).map((i) => i.key)).toEqual(['at-11-01']);
    expect(applyQuery(plan, { dueFrom: { day: '2026-11-02', zone: 'America/Los_Angeles' } }).map((i) => i.key)).toEqual(['at-11-02']);
    expect(applyQuery(plan, { dueFrom: '2026-11-01T00:00:00-07:00', dueTo: '2026-11-02T00:00:00-08:00' }).map((i) => i.key)).toEqual(['at-11-01', 'at-11-02']);
    expect(applyQuery(plan, { dueTo: '2026-11-02T07:59:59.999Z' }).map((i) => i.key)).toEqual(['at-11-01']);
  });

  it('rejects a malformed query, naming the field and what was expected', () => {
    const plan = testPlan();
    const err = (q: unknown) => {
      try {
        applyQuery(plan, q as TaskQueryInput);
      } catch (e) {
        expect(e).toBeInstanceOf(PlanValidationError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(err({ workstreams: ['sales'] })).toMatch(/^Invalid task query: workstreams\[0\]: expected "operations" or/);
    expect(err({ dueFrom: { day: 'next week' } })).toContain('dueFrom');
    expect(err({ dueTo: { day: '2026-02-30' } })).toContain('dueTo');
    expect(err({ dueTo: { day: 'today', zone: 'PST' } })).toContain('IANA');
    expect(err({ owner: 'li' })).toContain('unknown key "owner"');
  });
});

describe('parseDueBound', () => {
  it('reads instants, days and "day in zone", and nothing else', () => {
    expect(parseDueBound('2026-11-11T00:00:00-08:00')).toBe('2026-11-11T00:00:00-08:00');
    expect(parseDueBound('tomorrow in Asia/Shanghai')).toEqual({ day: 'tomorrow', zone: 'Asia/Shanghai' });
    expect(parseDueBound('2026-11-11')).toEqual({ day: '2026-11-11' });
    expect(parseDueBound('today+3')).toEqual({ day: 'today+3' });
    expect(parseDueBound('next week')).toBeUndefined();
    expect(parseDueBound('2026-11-11T00:00:00')).toBeUndefined();
  });
});
