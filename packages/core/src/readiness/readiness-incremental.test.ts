// Readiness kept up to date event by event (and as the clock moves) must equal readiness computed from
// scratch: a state folded anew from the same events, on a plan object parsed anew.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import type { Plan, PlanInput } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { TASK_STATUSES } from '../schemas/task.js';
import { indexPlan } from './plan-index.js';
import { nextActions } from './next-actions.js';
import { itemStatuses } from './work-status.js';
import { readiness, type Readiness } from './readiness.js';
import { applyStatus, createStatusState, type StatusState } from './status-state.js';
import { PLAN_INPUT } from './__fixtures__/readiness-plan.js';

const title = (en: string) => ({ en, 'zh-CN': en });
const DAY = 86_400_000;
const T0 = Date.parse('2026-10-01T00:00:00-07:00');

/** The fixture's tasks plus `extra` generated ones, with random dependencies, weights, owners, criticality. */
const planInput = fc
  .record({
    extra: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 50 }),
        weight: fc.integer({ min: 1, max: 5 }),
        critical: fc.boolean(),
        registration: fc.boolean(),
        owner: fc.constantFrom('li', 'wang', undefined),
        repeat: fc.constantFrom(undefined, 'FREQ=DAILY;COUNT=3', 'FREQ=HOURLY;COUNT=4'),
        deps: fc.uniqueArray(fc.nat(20), { maxLength: 3 }),
        status: fc.constantFrom(...TASK_STATUSES),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ extra }): PlanInput => {
    const base = PLAN_INPUT.tasks;
    const tasks = extra.map((x, k) => {
      const earlier = [...base.map((t) => t.id), ...extra.slice(0, k).map((_, j) => `t${j}`)];
      return {
        id: `t${k}`,
        title: title(`Task ${k}`),
        phase: 'build-up',
        workstream: k % 2 ? 'marketing' : 'operations',
        due: new Date(T0 + x.day * DAY + 3_600_000).toISOString(),
        weight: x.weight,
        critical: x.critical,
        tags: x.registration ? ['registration'] : [],
        ...(x.owner ? { owner: x.owner } : {}),
        ...(x.repeat ? { recurrence: x.repeat } : {}),
        // Dependencies on earlier tasks only: no cycles.
        dependsOn: [...new Set(x.deps.map((d) => earlier[d % earlier.length]!))],
        status: x.status,
      };
    });
    return { ...PLAN_INPUT, tasks: [...base, ...tasks] } as PlanInput;
  });

type Step = { kind: 'event'; item: number; status: StatusEvent['status']; late: boolean } | { kind: 'clock'; days: number } | { kind: 'back'; steps: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('event' as const), item: fc.nat(200), status: fc.constantFrom(...TASK_STATUSES), late: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clock' as const), days: fc.integer({ min: -15, max: 15 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const), steps: fc.integer({ min: 1, max: 4 }) }) },
);

/** What the result says, lists included, in plain data (lists as keys). */
function figures(r: Readiness, plan: Plan, state: StatusState) {
  const round = (groups: Readonly<Record<string, { progress: number }>>) =>
    Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, { ...g, progress: undefined }]));
  const progress = (groups: Readonly<Record<string, { progress: number }>>) => Object.values(groups).map((g) => g.progress);
  const keys = (list: readonly { key: string; status: string; blockedBy: readonly string[] }[]) =>
    list.map((i) => `${i.key}:${i.status}:${i.blockedBy.join('+')}`);
  return {
    progress: [r.overall.progress, ...progress(r.byPhase), ...progress(r.byWorkstream), ...progress(r.byOwner)],
    overall: round({ all: r.overall }),
    byPhase: round(r.byPhase),
    byWorkstream: round(r.byWorkstream),
    byOwner: round(r.byOwner),
    overdue: keys(r.overdue),
    dueSoon: keys(r.dueSoon),
    blocked: keys(r.blocked),
    criticalOpen: keys(r.criticalOpen),
    items: keys(itemStatuses(plan, state)),
    next: keys(nextActions(plan, state, r.now)),
  };
}

describe('readiness, incremental', () => {
  it('equals a from-scratch computation after random events, clock moves and returns to older states', () => {
    fc.assert(
      fc.property(planInput, fc.array(step, { minLength: 1, maxLength: 30 }), (input, steps) => {
        const plan = parsePlan(input);
        const other = parsePlan(input);
        const keys = indexPlan(plan).items.map((i) => i);
        let now = T0 + 20 * DAY;
        const history: { state: StatusState; events: StatusEvent[] }[] = [{ state: createStatusState(plan), events: [] }];
        let at = 1;
        const seen: { figures: ReturnType<typeof figures>; events: StatusEvent[]; now: number }[] = [];
        for (const s of steps) {
          let { state, events } = history.at(-1)!;
          if (s.kind === 'event') {
            const item = keys[s.item % keys.length]!;
            // A late event (older than the one recorded) loses; the state must not change.
            const event: StatusEvent = {
              taskId: item.task.id,
              occurrence: item.occurrence,
              status: s.status,
              at: new Date(T0 + (s.late ? -at : at) * 60_000),
              by: 'li',
            };
            at++;
            state = applyStatus(state, event);
            events = [...events, event];
            history.push({ state, events });
          } else if (s.kind === 'clock') now += s.days * DAY;
          else {
            ({ state, events } = history[Math.max(0, history.length - 1 - s.steps)]!);
            history.push({ state, events });
          }
          seen.push({ figures: figures(readiness(plan, state, new Date(now)), plan, state), events, now });
        }
        // From scratch afterwards: the two plans share one index (same content), and asking about a new
        // state in between would make every step above a rebuild rather than an update.
        for (const { figures: incremental, events, now } of seen) {
          const { progress: p1, ...rest } = incremental;
          const fresh = createStatusState(plan, [...events].reverse());
          const { progress: p2, ...expected } = figures(readiness(other, fresh, new Date(now)), other, fresh);
          expect(rest).toEqual(expected);
          // Sums kept by adding and taking away differ from fresh sums in the last bits only.
          p1.forEach((p, k) => expect(p).toBeCloseTo(p2[k]!, 9));
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 80) },
    );
  }, 60_000);

  it('keeps an earlier result unchanged when later events arrive', () => {
    const plan = parsePlan(PLAN_INPUT);
    const now = new Date('2026-10-25T12:00:00-07:00');
    const s0 = createStatusState(plan);
    const before = readiness(plan, s0, now);
    const s1 = applyStatus(s0, { taskId: 'register', status: 'done', at: new Date('2026-10-20T00:00:00Z'), by: 'li' });
    const after = readiness(plan, s1, now);
    expect(after.overall.counts.done).toBe(before.overall.counts.done + 1);
    // Read only now: the lists of the first result describe the first state.
    expect(before.overdue.map((i) => i.task.id)).toContain('register');
    expect(after.overdue.map((i) => i.task.id)).not.toContain('register');
    expect(before.overall.overdue).toBe(after.overall.overdue + 1);
  });

  it('gives the task objects of the plan it is asked about, also when another parse of it came first', () => {
    const a = parsePlan(PLAN_INPUT);
    const b = parsePlan(PLAN_INPUT);
    const now = new Date('2026-10-25T12:00:00-07:00');
    readiness(a, createStatusState(a), now);
    const r = readiness(b, createStatusState(b), now);
    expect(r.overdue.every((i) => b.tasks.includes(i.task))).toBe(true);
    expect(r.overdue.length).toBeGreaterThan(0);
  });

  it('tells apart plans that differ only in one deadline', () => {
    const now = new Date('2026-10-25T12:00:00-07:00');
    const a = parsePlan(PLAN_INPUT);
    const moved = { ...PLAN_INPUT, tasks: PLAN_INPUT.tasks.map((t) => (t.id === 'register' ? { ...t, due: '2026-10-27T23:59:00-07:00' } : t)) };
    const b = parsePlan(moved);
    expect(readiness(a, createStatusState(a), now).overdue.map((i) => i.task.id)).toContain('register');
    expect(readiness(b, createStatusState(b), now).overdue.map((i) => i.task.id)).not.toContain('register');
  });

  it('tells apart plans that differ only in a weight by a ten-thousandth', () => {
    const now = new Date('2026-10-25T12:00:00-07:00');
    const weighted = (w: number) =>
      parsePlan({ ...PLAN_INPUT, tasks: PLAN_INPUT.tasks.map((t) => (t.id === 'banner' ? { ...t, weight: w, status: 'done' } : t)) });
    const a = weighted(1);
    const b = weighted(1.0001);
    expect(readiness(a, createStatusState(a), now).overall.progress).not.toBe(readiness(b, createStatusState(b), now).overall.progress);
  });
});
