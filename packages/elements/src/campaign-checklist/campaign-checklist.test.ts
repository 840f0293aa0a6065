import { serializePlan } from '@campaign-planner/core';
import { createStatusState, statusOf } from '@campaign-planner/core/readiness';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { bigPlan, hostilePlan, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignChecklist } from './campaign-checklist.element.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

const items = (el: CampaignChecklist) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part="item"]')];
const box = (li: Element) => li.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

describe('<campaign-checklist>', () => {
  it('lists every work item as a labelled checkbox, grouped by phase and workstream', async () => {
    const plan = plan1111();
    const el = await mount('campaign-checklist', { plan, now: NOW });
    const lis = items(el);
    const recurringExtra = plan.tasks.filter((t) => t.recurrence).length;
    expect(lis.length).toBeGreaterThanOrEqual(plan.tasks.length);
    expect(recurringExtra === 0 || lis.length > plan.tasks.length).toBe(true);
    for (const li of lis.slice(0, 5)) {
      const input = box(li);
      expect(
        shadow(el)
          .querySelector(`label[for="${CSS.escape(input.id)}"]`)!
          .textContent!.trim().length,
      ).toBeGreaterThan(0);
    }
    expect(shadow(el).querySelectorAll('h3')).toHaveLength(plan.phases.length);
    expect(shadow(el).querySelectorAll('ul[role="list"]').length).toBeGreaterThan(plan.phases.length);
  });

  it('shows each due in platform and team time', async () => {
    const plan = plan1111();
    const el = await mount('campaign-checklist', { plan, now: NOW });
    const meta = items(el)[0]!.querySelector('.meta')!.textContent!;
    expect(meta).toMatch(/Platform time: .*P[DS]T/);
    expect(meta).toMatch(/Team time: .*GMT\+8/);
  });

  it('marks overdue items at `now`', async () => {
    const el = await mount('campaign-checklist', { plan: plan1111(), now: new Date('2026-11-30T00:00:00Z') });
    expect(items(el).every((li) => li.querySelector('.badge.overdue'))).toBe(true);
    el.now = new Date('2026-01-01T00:00:00Z');
    await el.updateComplete;
    expect(items(el).some((li) => li.querySelector('.badge.overdue'))).toBe(false);
  });

  it('checking fires task-status-change and updates the state, never the plan', async () => {
    const plan = plan1111();
    const before = serializePlan(plan);
    const el = await mount('campaign-checklist', { plan, now: NOW, user: 'li' });
    const heard: unknown[] = [];
    document.addEventListener('task-status-change', (e) => heard.push(e.detail), { once: true });
    const li = items(el)[0]!;
    await userEvent.click(box(li));
    await el.updateComplete;
    const taskId = li.dataset.key!.split('@')[0]!;
    expect(heard).toEqual([expect.objectContaining({ taskId, status: 'done' })]);
    expect(statusOf(el.state!, taskId)).toBe('done');
    expect(box(items(el)[0]!).checked).toBe(true);
    expect(serializePlan(plan)).toBe(before);
  });

  it('a recurring task is checked per occurrence', async () => {
    const plan = plan1111();
    const recurring = plan.tasks.find((t) => t.recurrence)!;
    const el = await mount('campaign-checklist', { plan, now: NOW });
    const occ = items(el).filter((li) => li.dataset.key!.startsWith(`${recurring.id}@`));
    expect(occ.length).toBeGreaterThan(1);
    const heard = new Promise<unknown>((resolve) => el.addEventListener('task-status-change', (e) => resolve(e.detail)));
    await userEvent.click(box(occ[1]!));
    const occurrence = occ[1]!.dataset.key!.split('@')[1];
    expect(await heard).toEqual({ taskId: recurring.id, occurrence, status: 'done' });
    expect(statusOf(el.state!, recurring.id, occurrence)).toBe('done');
    expect(statusOf(el.state!, recurring.id, occ[0]!.dataset.key!.split('@')[1])).not.toBe('done');
  });

  it('a listener can cancel the change', async () => {
    const plan = plan1111();
    const state = createStatusState(plan);
    const el = await mount('campaign-checklist', { plan, state, now: NOW });
    el.addEventListener('task-status-change', (e) => e.preventDefault());
    await userEvent.click(box(items(el)[0]!));
    await el.updateComplete;
    expect(el.state).toBe(state);
    expect(box(items(el)[0]!).checked).toBe(false);
  });

  it('filters by phase, workstream and status', async () => {
    const plan = plan1111();
    const el = await mount('campaign-checklist', { plan, now: NOW });
    const all = items(el).length;
    await userEvent.selectOptions(shadow(el).querySelector('select[data-filter="phase"]')!, 'peak');
    await el.updateComplete;
    expect(items(el).length).toBeLessThan(all);
    expect(shadow(el).querySelectorAll('h3')).toHaveLength(1);
    await userEvent.selectOptions(shadow(el).querySelector('select[data-filter="workstream"]')!, 'marketing');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('h4')).toHaveLength(1);
    el.status = 'done';
    await el.updateComplete;
    expect(items(el)).toHaveLength(0);
    expect(shadow(el).textContent).toContain('No task matches the filters.');
  });

  it('moves between items with the arrow keys and checks with Space', async () => {
    const el = await mount('campaign-checklist', { plan: plan1111(), now: NOW });
    box(items(el)[0]!).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(shadow(el).activeElement).toBe(box(items(el)[2]!));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(box(items(el)[2]!).checked).toBe(true);
    await userEvent.keyboard('{End}');
    expect(shadow(el).activeElement).toBe(box(items(el).at(-1)!));
  });

  it('speaks Chinese when locale is zh-CN', async () => {
    const plan = plan1111();
    const el = await mount('campaign-checklist', { plan, now: NOW, locale: 'zh-CN' });
    const text = shadow(el).textContent!;
    expect(text).toContain(plan.phases[0]!.label['zh-CN']);
    expect(text).toContain('平台时间');
    expect(text).toContain('团队时间');
  });

  it('shows a hostile title as text and runs nothing', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await mount('campaign-checklist', { plan: hostilePlan(), now: NOW });
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(el).querySelector('img')).toBeNull();
    expect(shadow(el).querySelector('.item label')!.textContent).toBe('<img src=x onerror="window.__pwned=true">');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBe(false);
  });

  it('opens a 10,000-task plan a page at a time', async () => {
    const el = await mount('campaign-checklist', { plan: bigPlan(10_000), pageSize: 100 });
    expect(items(el)).toHaveLength(100);
    const more = shadow(el).querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toContain('(100 / 9900)');
    await userEvent.click(more);
    await el.updateComplete;
    expect(items(el)).toHaveLength(200);
    el.phase = 'peak';
    await el.updateComplete;
    expect(items(el).length).toBeLessThanOrEqual(100);
  });

  it('has no axe violations, light and dark', async () => {
    const el = await mount('campaign-checklist', { plan: plan1111(), now: NOW });
    expect(await axeViolations(el)).toEqual([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });
});
