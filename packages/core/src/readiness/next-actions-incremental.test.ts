// Next actions and the score, kept up to date event by event, must equal a computation from scratch that
// shares nothing with the readiness model: statuses read one by one from a state folded anew, blockers from
// `neededOccurrences`, and the listing by picking the most urgent available item again and again.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import type { Plan, PlanInput } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { TASK_STATUSES } from '../schemas/task.js';
import { workItemsOf, type WorkItem } from './plan-index.js';
import { nextActions } from './next-actions.js';
import { readiness } from './readiness.js';
import { effectiveWeight, readinessScore } from './score.js';
import { neededOccurrences } from './work-status.js';
import { applyStatus, createStatusState, isClosed, statusOf, type StatusState } from './status-state.js';
import { PLAN_INPUT } from './__fixtures__/readiness-plan.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.parse('2026-10-01T00:00:00-07:00');

/** The fixture's tasks plus generated ones: recurring, chained by dependencies (on earlier tasks: no cycles). */
const planInput = fc
  .array(
    fc.record({
      day: fc.integer({ min: 15, max: 24 }),
      hour: fc.integer({ min: 0, max: 1 }),
      weight: fc.integer({ min: 1, max: 4 }),
      critical: fc.boolean(),
      registration: fc.boolean(),
      repeat: fc.constantFrom(undefined, undefined, 'FREQ=DAILY;COUNT=3', 'FREQ=HOURLY;COUNT=5'),
      deps: fc.uniqueArray(fc.nat(30), { maxLength: 3 }),
      status: fc.constantFrom(...TASK_STATUSES),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((extra): PlanInput => {
    const base = PLAN_INPUT.tasks;
    const tasks = extra.map((x, k) => {
      const earlier = [...base.map((t) => t.id), ...extra.slice(0, k).map((_, j) => `t${j}`)];
      return {
        id: `t${k}`,
        title: { en: `Task ${k}`, 'zh-CN': `任务 ${k}` },
        phase: 'build-up',
        workstream: k % 2 ? 'marketing' : 'operations',
        // Ties in due time on purpose (few days, few hours): the order then falls to criticality, weight, key.
        due: new Date(T0 + x.day * DAY + x.hour * HOUR).toISOString(),
        weight: x.weight,
        critical: x.critical,
        tags: x.registration ? ['registration'] : [],
        ...(x.repeat ? { recurrence: x.repeat } : {}),
        dependsOn: [...new Set(x.deps.map((d) => earlier[d % earlier.length]!))],
        status: x.status,
      };
    });
    return { ...PLAN_INPUT, tasks: [...base, ...tasks] } as PlanInput;
  });

type Step = { kind: 'event'; item: number; status: StatusEvent['status']; late: boolean } | { kind: 'back'; steps: number } | { kind: 'reparse' };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('event' as const), item: fc.nat(500), status: fc.constantFrom(...TASK_STATUSES), late: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const), steps: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reparse' as const }) },
);

/** Earlier deadline, then critical, then heavier, then key: the order the docs of `nextActions` give. */
function before(a: WorkItem, b: WorkItem): boolean {
  if (a.due.getTime() !== b.due.getTime()) return a.due.getTime() < b.due.getTime();
  if (a.task.critical !== b.task.critical) return a.task.critical;
  const w = effectiveWeight(b.task, b.weight) - effectiveWeight(a.task, a.weight);
  if (w !== 0) return w < 0;
  return a.key < b.key;
}

/** Next actions and the overall score from scratch, as `key:status:blockers:overdue:blocked` lines. */
function fromScratch(plan: Plan, events: readonly StatusEvent[], now: number, limit: number) {
  const state = createStatusState(plan, events);
  const byTask = new Map(plan.tasks.map((t) => [t.id, workItemsOf(plan, t)]));
  const items = [...byTask.values()].flat();
  const status = (i: WorkItem) => statusOf(state, i.task.id, i.occurrence);
  const needed = (i: WorkItem, dep: string) => byTask.get(dep)!.slice(0, neededOccurrences(byTask.get(dep)!, i.due));
  const deps = (i: WorkItem) => i.task.dependsOn.filter((d) => byTask.has(d));
  const blockedBy = (i: WorkItem) => deps(i).filter((d) => needed(i, d).some((x) => !isClosed(status(x))));
  const listed = new Set<WorkItem>();
  const released = (x: WorkItem) => isClosed(status(x)) || listed.has(x);
  const out: string[] = [];
  while (out.length < limit) {
    const available = items.filter((i) => !released(i) && deps(i).every((d) => needed(i, d).every(released)));
    if (available.length === 0) break;
    const next = available.reduce((a, b) => (before(b, a) ? b : a));
    listed.add(next);
    const s = status(next);
    const blockers = blockedBy(next);
    out.push(`${next.key}:${s}:${blockers.join('+')}:${next.due.getTime() < now}:${s === 'blocked' || blockers.length > 0}`);
  }
  const sum = (pick: (i: WorkItem) => boolean) =>
    items.filter((i) => status(i) !== 'skipped' && pick(i)).reduce((a, i) => a + effectiveWeight(i.task, i.weight), 0);
  const open = (i: WorkItem) => !isClosed(status(i));
  const score = readinessScore({
    total: sum(() => true),
    done: sum((i) => status(i) === 'done'),
    overdue: sum((i) => open(i) && i.due.getTime() < now),
    criticalAtRisk: sum((i) => open(i) && i.task.critical && i.due.getTime() < now + 48 * HOUR),
  });
  const overdue = items
    .filter((i) => open(i) && i.due.getTime() < now)
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .map((i) => `${i.key}:${status(i)}:${blockedBy(i).join('+')}`);
  return { actions: out, score, overdue };
}

/** The same figures from the incremental model; the overdue list is read later, after other states were asked for. */
function incremental(plan: Plan, state: StatusState, now: number, limit: number) {
  const actions = nextActions(plan, state, new Date(now), { limit }).map((a) => `${a.key}:${a.status}:${a.blockedBy.join('+')}:${a.overdue}:${a.blocked}`);
  const result = readiness(plan, state, new Date(now));
  return { actions, score: result.overall.score, overdue: () => result.overdue.map((i) => `${i.key}:${i.status}:${i.blockedBy.join('+')}`) };
}

describe('nextActions and the score, incremental', () => {
  it('equal a from-scratch computation after random events, late events, returns to older states and new plan objects', () => {
    fc.assert(
      fc.property(planInput, fc.array(step, { minLength: 1, maxLength: 25 }), fc.constantFrom(1, 3, 8, Infinity), (input, steps, limit) => {
        let plan = parsePlan(input);
        const items = plan.tasks.flatMap((t) => workItemsOf(plan, t));
        const now = T0 + 20 * DAY;
        const history: { state: StatusState; events: StatusEvent[] }[] = [{ state: createStatusState(plan), events: [] }];
        let at = 1;
        const lists: { overdue: () => string[]; expected: string[] }[] = [];
        for (const s of steps) {
          let { state, events } = history.at(-1)!;
          if (s.kind === 'event') {
            const item = items[s.item % items.length]!;
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
          } else if (s.kind === 'back') ({ state, events } = history[Math.max(0, history.length - 1 - s.steps)]!);
          else plan = parsePlan(input);
          history.push({ state, events });
          const { overdue, ...figures } = incremental(plan, state, now, limit);
          const { overdue: expectedOverdue, ...expected } = fromScratch(plan, events, now, limit);
          expect(figures).toEqual(expected);
          lists.push({ overdue, expected: expectedOverdue });
        }
        // Lists are built when read: an earlier result's lists still describe its own state.
        for (const { overdue, expected } of lists) expect(overdue()).toEqual(expected);
      }),
      { numRuns: 120, seed: 1818 },
    );
  }, 120_000);
});
