// Issue 11: hourly recurring tasks that depend on each other made nextActions build an edge per pair of
// occurrences, and the elements froze. The three elements render such a plan, counting what they draw.
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '@campaign-planner/core';
import { createStatusState, indexPlan, nextActions } from '@campaign-planner/core/readiness';
import '../../packages/elements/src/define.js';
import { frames, mount, plan1111, shadow } from '../../packages/elements/src/test/fixtures.js';

const NOW = new Date('2026-10-02T12:00:00-07:00');

/** The 2026 11.11 campaign with two hourly checks from its first hour, the second depending on the first. */
function hourlyPlan(): Plan {
  const base = plan1111();
  const hourly = (id: string, dependsOn: string[]) => ({
    id,
    title: { en: `Hourly ${id}`, 'zh-CN': `每小时 ${id}` },
    phase: base.phases[0]!.id,
    workstream: 'operations' as const,
    due: base.phases[0]!.start,
    recurrence: 'FREQ=HOURLY',
    dependsOn,
  });
  return parsePlan({ ...base, id: 'hourly', tasks: [hourly('watch', []), hourly('react', ['watch'])] });
}

// Thousands of DOM rows on a machine shared with other suites: a generous limit per test, no timing asserted.
describe('elements with hourly recurring tasks that depend on each other', { timeout: 30_000 }, () => {
  const plan = hourlyPlan();
  const perTask = indexPlan(plan).itemsByTask.get('watch')!.length;

  it('has over a thousand occurrences per task', () => {
    expect(perTask).toBeGreaterThan(1000);
  });

  it('<campaign-checklist> lists one item per occurrence of both tasks', async () => {
    const el = await mount('campaign-checklist', { plan, now: NOW, pageSize: 5000 });
    expect(shadow(el).querySelectorAll('[part="item"]')).toHaveLength(2 * perTask);
  });

  it('<campaign-readiness> shows the next actions core gives', async () => {
    const state = createStatusState(plan);
    const el = await mount('campaign-readiness', { plan, state, now: NOW });
    const actions = [...shadow(el).querySelectorAll('[part="item"] button')].map((b) => b.textContent);
    expect(actions).toEqual(nextActions(plan, state, NOW, { limit: 5 }).map((a) => a.task.title.en));
    expect(actions).toHaveLength(5);
  });

  it('<campaign-gantt> renders its rows', async () => {
    const el = await mount('campaign-gantt', { plan, now: NOW });
    await frames();
    const grid = shadow(el).querySelector('[role="treegrid"]')!;
    expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(2);
    expect(shadow(el).querySelectorAll('[role="row"][data-index]').length).toBeGreaterThan(2);
  });
});
