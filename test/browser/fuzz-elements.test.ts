// Fuzz (issue 11): any generated plan that `parsePlan` accepts renders in the three elements, each drawing
// as many items as the plan has occurrences (counted, never timed). The browser has no CI variable to read,
// so the seed is fixed here; change it locally to explore.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeParsePlan } from '@campaign-planner/core';
import { createStatusState, indexPlan } from '@campaign-planner/core/readiness';
import '../../packages/elements/src/define.js';
import { frames, mount, shadow } from '../../packages/elements/src/test/fixtures.js';
import { planInput, start } from '../support/recurrence-arbitraries.js';

// Only plans that pass the checks reach elements; five of them, each mounted in all three.
const accepted = fc
  .sample(
    planInput.map((input) => safeParsePlan(input)).filter((r) => r.success),
    { numRuns: 5, seed: 20261111 },
  )
  .map((r) => (r.success ? r.plan : undefined)!);

describe('fuzz: elements render every accepted plan', { timeout: 60_000 }, () => {
  it('has accepted plans to render', () => {
    expect(accepted).toHaveLength(5);
    expect(accepted.some((plan) => indexPlan(plan).items.length > plan.tasks.length)).toBe(true);
  });

  it.each(accepted.map((plan, i) => [i, plan] as const))('plan %i: checklist items = occurrences, readiness and Gantt rendered', async (_, plan) => {
    const items = indexPlan(plan).items.length;
    const checklist = await mount('campaign-checklist', { plan, now: start, pageSize: 100_000 });
    expect(shadow(checklist).querySelectorAll('[part="item"]')).toHaveLength(items);
    const readiness = await mount('campaign-readiness', { plan, state: createStatusState(plan), now: start });
    expect(shadow(readiness).querySelectorAll('[part="item"] button').length).toBe(Math.min(5, items));
    const gantt = await mount('campaign-gantt', { plan, now: start });
    await frames();
    expect(Number(shadow(gantt).querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount'))).toBeGreaterThan(plan.tasks.length);
  });
});
