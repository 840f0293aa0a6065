import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import type { TaskInput } from '../schemas/task.js';
import { nextActions } from './next-actions.js';
import { createStatusState } from './status-state.js';
import { ev, PLAN_INPUT, testPlan } from './__fixtures__/readiness-plan.js';

const plan = testPlan();
const label = (a: { task: { id: string }; occurrence: Date | undefined }) =>
  a.occurrence ? `${a.task.id}@${a.occurrence.toISOString().slice(5, 10)}` : a.task.id;

describe('nextActions', () => {
  it('lists open items by deadline, dependents after what blocks them', () => {
    const actions = nextActions(plan, createStatusState(plan), new Date('2026-10-25T12:00:00-07:00'));
    expect(actions.map(label)).toEqual(['register', 'banner', 'dst-coupons', 'daily-check@11-11', 'daily-check@11-12', 'review-data']);
    expect(actions.map((a) => [a.overdue, a.blocked])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
      [false, false],
      [false, true],
    ]);
  });

  it('leaves out done and skipped items and honours the limit', () => {
    const state = createStatusState(plan, [ev('register', 'done', '2026-10-20T10:00:00Z'), ev('dst-coupons', 'skipped', '2026-10-20T10:00:00Z')]);
    const actions = nextActions(plan, state, new Date('2026-10-25T12:00:00-07:00'), { limit: 2 });
    expect(actions.map(label)).toEqual(['banner', 'daily-check@11-11']);
    expect(actions[0]!.blocked).toBe(false);
  });

  it('puts a blocker first even when its dependent is due earlier', () => {
    const t = (id: string, due: string, extra: Partial<TaskInput> = {}): TaskInput => ({
      id,
      title: { en: id, 'zh-CN': id },
      phase: 'build-up',
      workstream: 'product',
      due,
      ...extra,
    });
    const p = parsePlan({
      ...PLAN_INPUT,
      tasks: [
        t('late-blocker', '2026-10-20T00:00:00-07:00'),
        t('early-dependent', '2026-10-10T00:00:00-07:00', { dependsOn: ['late-blocker'] }),
        t('same-day-normal', '2026-10-15T00:00:00-07:00'),
        t('same-day-critical', '2026-10-15T00:00:00-07:00', { critical: true }),
      ],
    });
    const actions = nextActions(p, createStatusState(p), new Date('2026-10-01T00:00:00-07:00'));
    expect(actions.map(label)).toEqual(['same-day-critical', 'same-day-normal', 'late-blocker', 'early-dependent']);
  });

  it('always lists every open item once, each after its open dependencies (random plans)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.array(fc.nat(), { maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 15 }),
        (spec) => {
          // Dependencies only point to earlier tasks, so there is no cycle.
          const tasks = spec.map(([day, deps, critical], i) => ({
            id: `t${i}`,
            title: { en: 'x', 'zh-CN': 'x' },
            phase: 'build-up',
            workstream: 'product' as const,
            due: new Date(Date.UTC(2026, 9, 2 + day)),
            critical,
            dependsOn: i === 0 ? [] : [...new Set(deps.map((d) => `t${d % i}`))],
          }));
          const p = parsePlan({ ...PLAN_INPUT, tasks });
          const actions = nextActions(p, createStatusState(p), new Date('2026-10-01T00:00:00Z'));
          const pos = new Map(actions.map((a, i) => [a.task.id, i]));
          expect(actions).toHaveLength(tasks.length);
          for (const task of tasks) for (const d of task.dependsOn) expect(pos.get(d)!).toBeLessThan(pos.get(task.id)!);
        },
      ),
    );
  });
});
