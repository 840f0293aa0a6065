import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { indexPlan } from './plan-index.js';
import { nextActions, nextActionsWaits } from './next-actions.js';
import { createStatusState } from './status-state.js';
import { PLAN_INPUT } from './__fixtures__/readiness-plan.js';

const title = (en: string) => ({ en, 'zh-CN': en });
const hourly = (id: string, dependsOn: string[] = []) => ({
  id,
  title: title(id),
  phase: 'build-up',
  workstream: 'operations' as const,
  due: '2026-10-01T00:00:00-07:00',
  recurrence: 'FREQ=HOURLY',
  dependsOn,
});

describe('nextActions at scale', () => {
  // Oct 1 - Nov 21 hourly: 1,225 occurrences per task (one extra for the hour repeated on Nov 1).
  const plan = parsePlan({ ...PLAN_INPUT, tasks: [hourly('watch'), hourly('react', ['watch']), hourly('report', ['react', 'watch'])] });
  const perTask = indexPlan(plan).itemsByTask.get('watch')!.length;

  it('tracks one wait per (occurrence, dependency), not one per pair of occurrences', () => {
    expect(perTask).toBeGreaterThan(1200);
    const waits = nextActionsWaits(plan, createStatusState(plan));
    // react waits on watch, report on react and watch: 3 per hour. Pairs of occurrences would be ~2.2 million.
    expect(waits).toBe(3 * perTask);
  });

  it('lists every hourly occurrence after the occurrences it needs', () => {
    const actions = nextActions(plan, createStatusState(plan), new Date('2026-10-01T00:00:00-07:00'));
    expect(actions).toHaveLength(3 * perTask);
    const at = new Map(actions.map((a, i) => [a.key, i] as const));
    for (const a of actions) {
      if (a.task.id === 'watch') continue;
      const need = `watch@${a.due.toISOString()}`;
      expect(at.get(need)!, a.key).toBeLessThan(at.get(a.key)!);
    }
  });
});
