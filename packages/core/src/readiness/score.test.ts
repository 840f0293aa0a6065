import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import { TASK_STATUSES } from '../schemas/task.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { indexPlan } from './plan-index.js';
import { readiness } from './readiness.js';
import { effectiveWeight, readinessScore } from './score.js';
import { applyStatus, createStatusState } from './status-state.js';
import { ev, PLAN_INPUT, testPlan } from './__fixtures__/readiness-plan.js';

describe('readinessScore', () => {
  it('follows the documented formula', () => {
    expect(readinessScore({ total: 10, done: 6, overdue: 2, criticalAtRisk: 0 })).toBe(50);
    expect(readinessScore({ total: 10, done: 10, overdue: 0, criticalAtRisk: 0 })).toBe(100);
    expect(readinessScore({ total: 10, done: 1, overdue: 4, criticalAtRisk: 4 })).toBe(0);
    expect(readinessScore({ total: 0, done: 0, overdue: 0, criticalAtRisk: 0 })).toBe(100);
  });

  it('counts a critical registration three times', () => {
    expect(effectiveWeight({ critical: true, tags: ['registration'] }, 2)).toBe(6);
    expect(effectiveWeight({ critical: true, tags: [] }, 2)).toBe(4);
    expect(effectiveWeight({ critical: false, tags: [] }, 2)).toBe(2);
  });
});

describe('the readiness score', () => {
  it('rewards finishing the critical registration before an ordinary task', () => {
    const plan = testPlan();
    const now = new Date('2026-10-20T12:00:00-07:00');
    const regFirst = readiness(plan, createStatusState(plan, [ev('register', 'done', '2026-10-20T10:00:00Z')]), now);
    const otherFirst = readiness(plan, createStatusState(plan, [ev('dst-coupons', 'done', '2026-10-20T10:00:00Z')]), now);
    expect(regFirst.overall.score).toBeGreaterThan(otherFirst.overall.score);
    // ...even at equal weights: the registration's extra weight comes from being critical and a registration.
    const light = parsePlan({ ...PLAN_INPUT, tasks: PLAN_INPUT.tasks.map((t) => ({ ...t, weight: 1 })) });
    const a = readiness(light, createStatusState(light, [ev('register', 'done', '2026-10-20T10:00:00Z')]), now);
    const b = readiness(light, createStatusState(light, [ev('dst-coupons', 'done', '2026-10-20T10:00:00Z')]), now);
    expect(a.overall.score).toBeGreaterThan(b.overall.score);
  });

  it('drops as deadlines pass with work open', () => {
    const plan = testPlan();
    const state = createStatusState(plan, [ev('banner', 'done', '2026-10-20T10:00:00Z')]);
    const before = readiness(plan, state, new Date('2026-10-10T00:00:00Z')).overall.score;
    const after = readiness(plan, state, new Date('2026-10-23T00:00:00Z')).overall.score;
    expect(after).toBeLessThan(before);
  });

  // The property: from any state, at any time, marking any item done never lowers the overall score
  // nor the score of any phase, workstream or owner.
  const plans = [testPlan(), instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' })];
  for (const plan of plans)
    it(`never drops when an item is finished (${plan.id})`, () => {
      const items = indexPlan(plan).items;
      const start = plan.phases[0]!.start.getTime();
      const end = plan.phases.at(-1)!.end.getTime();
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...TASK_STATUSES), { minLength: items.length, maxLength: items.length }),
          fc.integer({ min: 0, max: items.length - 1 }),
          fc.integer({ min: start - 86_400_000, max: end + 86_400_000 }),
          (statuses, pick, t) => {
            const at = new Date('2026-01-01T00:00:00Z');
            const events = items.map((item, i) => ({ taskId: item.task.id, occurrence: item.occurrence, status: statuses[i]!, at, by: 'a' }));
            const s0 = createStatusState(
              plan,
              events.map(({ occurrence, ...e }) => (occurrence ? { ...e, occurrence } : e)),
            );
            const item = items[pick]!;
            const s1 = applyStatus(s0, {
              taskId: item.task.id,
              status: 'done',
              at: new Date('2026-01-02T00:00:00Z'),
              by: 'a',
              ...(item.occurrence ? { occurrence: item.occurrence } : {}),
            });
            const now = new Date(t);
            const r0 = readiness(plan, s0, now);
            const r1 = readiness(plan, s1, now);
            expect(r1.overall.score).toBeGreaterThanOrEqual(r0.overall.score);
            for (const key of ['byPhase', 'byWorkstream', 'byOwner'] as const)
              for (const [k, g] of Object.entries(r0[key])) expect(r1[key][k]!.score).toBeGreaterThanOrEqual(g.score);
          },
        ),
        { numRuns: 300 },
      );
    });
});
