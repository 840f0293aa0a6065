import { formatInZone, serializePlan } from '@campaign-planner/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { frames, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignGantt } from '../campaign-gantt/campaign-gantt.element.js';
import type { CampaignPlanner } from './campaign-planner.element.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

async function planner(props: Partial<CampaignPlanner> = {}) {
  const el = await mount('campaign-planner', { plan: plan1111(), now: NOW, editable: true, ...props });
  await frames();
  const gantt = shadow(el).querySelector<CampaignGantt>('campaign-gantt')!;
  await gantt.updateComplete;
  await frames();
  return { el, gantt };
}
const button = (el: CampaignPlanner, text: string) => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const tick = () => new Promise((r) => setTimeout(r));

describe('<campaign-planner editable>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('is read-only by default: no edit tools, the Gantt is not editable', async () => {
    const { el, gantt } = await planner({ editable: false });
    expect(button(el, 'Undo')).toBeUndefined();
    expect(gantt.editable).toBe(false);
  });

  it('takes a Gantt edit into its plan; Undo and Redo buttons restore and re-apply it', async () => {
    const { el, gantt } = await planner();
    const before = serializePlan(el.plan!);
    const task = el.plan!.tasks.find((t) => !t.recurrence && !t.start)!;
    const row =
      shadow(gantt).querySelector<HTMLElement>(`.row[data-task-id="${task.id}"]`) ??
      (gantt.scrollToTask(task.id), await gantt.updateComplete, shadow(gantt).querySelector<HTMLElement>(`.row[data-task-id="${task.id}"]`)!);
    row.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await tick();
    await el.updateComplete;
    const moved = el.plan!.tasks.find((t) => t.id === task.id)!;
    expect(formatInZone(moved.due, el.plan!.platformTimeZone, 'HH:mm')).toBe(formatInZone(task.due, el.plan!.platformTimeZone, 'HH:mm'));
    expect(moved.due.getTime()).toBeGreaterThan(task.due.getTime());
    expect(button(el, 'Undo').disabled).toBe(false);
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(serializePlan(el.plan!)).toBe(before);
    expect(gantt.plan).toBe(el.plan);
    button(el, 'Redo').click();
    expect(el.plan!.tasks.find((t) => t.id === task.id)!.due).toEqual(moved.due);
  });

  it('a host veto keeps the plan; Add task adds one in the current phase and opens its panel, axe clean', async () => {
    const { el, gantt } = await planner();
    const before = el.plan;
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('plan-edit', veto);
    button(el, 'Add task').click();
    await tick();
    document.removeEventListener('plan-edit', veto);
    expect(el.plan).toBe(before);

    button(el, 'Add task').click();
    await tick();
    await frames();
    expect(el.plan!.tasks).toHaveLength(before!.tasks.length + 1);
    const added = el.plan!.tasks[el.plan!.tasks.length - 1]!;
    expect(added.title.en).toBe('New task');
    expect(added.phase).toBe(el.plan!.phases.find((p) => p.start <= NOW && NOW < p.end)!.id);
    const panel = shadow(gantt).querySelector('campaign-task-panel')!;
    expect(panel).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});
