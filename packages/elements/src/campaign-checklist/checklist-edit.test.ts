import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { statusOf } from '@campaign-planner/core/readiness';
import type { PlanEditEvent } from '../events/plan-edit-event.js';
import { axeViolations } from '../test/axe.js';
import { mount, plan1111, shadow } from '../test/fixtures.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

describe('<campaign-checklist editable>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('has no edit tools unless editable', async () => {
    const el = await mount('campaign-checklist', { plan: plan1111(), now: NOW });
    expect(shadow(el).querySelector('.edit-tools')).toBeNull();
  });

  it('sets any of the five statuses from a keyboard-reachable menu, assigns an owner and writes notes; undo', async () => {
    const plan = plan1111();
    const el = await mount('campaign-checklist', { plan, now: NOW, editable: true });
    const item = shadow(el).querySelector<HTMLElement>('.item')!;
    const key = item.dataset.key!;
    const task = plan.tasks.find((t) => key.startsWith(t.id))!;
    const menu = item.querySelector('select')!;
    expect([...menu.options].map((o) => o.value)).toEqual(['todo', 'in-progress', 'done', 'blocked', 'skipped']);
    menu.focus();
    await userEvent.selectOptions(menu, 'blocked');
    await el.updateComplete;
    const occurrence = shadow(el).querySelector<HTMLElement>(`.item[data-key="${key}"]`);
    expect(occurrence).not.toBeNull();
    expect(statusOf(el.state!, task.id, task.recurrence ? task.due : undefined)).toBe('blocked');

    const edits: PlanEditEvent[] = [];
    el.addEventListener('plan-edit', (e) => edits.push(e));
    const owner = item.querySelector<HTMLInputElement>('input.owner')!;
    await userEvent.fill(owner, 'Mei');
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    expect(edits[0]!.detail.edit).toEqual({ op: 'update-task', taskId: task.id, changes: { owner: 'Mei' } });
    expect(el.plan!.tasks.find((t) => t.id === task.id)!.owner).toBe('Mei');
    expect(plan.tasks.find((t) => t.id === task.id)!.owner).toBeUndefined();

    await el.updateComplete;
    const notes = shadow(el).querySelector<HTMLTextAreaElement>(`.item[data-key="${key}"] textarea`)!;
    notes.value = 'two banner sizes';
    notes.dispatchEvent(new Event('change'));
    expect(el.plan!.tasks.find((t) => t.id === task.id)!.notes).toBe('two banner sizes');
    await new Promise((r) => setTimeout(r));
    el.undo();
    el.undo();
    expect(el.plan!.tasks.find((t) => t.id === task.id)!.owner).toBeUndefined();
    expect(el.plan!.tasks.find((t) => t.id === task.id)!.notes).toEqual(plan.tasks.find((t) => t.id === task.id)!.notes);
    expect(await axeViolations(el)).toEqual([]);
  });
});
