import { applyStatus, createStatusState, nextActions, readiness } from '@campaign-planner/core/readiness';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { hostilePlan, mount, plan1111, shadow } from '../test/fixtures.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

describe('<campaign-readiness>', () => {
  it('shows the score, counts, current phase and next actions of core readiness', async () => {
    const plan = plan1111();
    const state = createStatusState(plan);
    const expected = readiness(plan, state, NOW);
    const el = await mount('campaign-readiness', { plan, state, now: NOW });
    const root = shadow(el);
    expect(root.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).toBe(String(expected.overall.score));
    expect(root.textContent).toContain(`Current phase: ${plan.phases.find((p) => p.id === expected.currentPhase!.id)!.label.en}`);
    const actions = [...root.querySelectorAll('[part="item"] button')].map((b) => b.textContent);
    expect(actions).toEqual(nextActions(plan, state, NOW, { limit: 5 }).map((a) => a.task.title.en));
    expect(root.querySelectorAll('[role="progressbar"]').length).toBeGreaterThan(plan.phases.length);
  });

  it('follows state changes: finishing the first next action never lowers the score', async () => {
    const plan = plan1111();
    const state = createStatusState(plan);
    const el = await mount('campaign-readiness', { plan, state, now: NOW });
    const score = () => Number(shadow(el).querySelector('[role="meter"]')!.getAttribute('aria-valuenow'));
    const before = score();
    const first = nextActions(plan, state, NOW, { limit: 1 })[0]!;
    el.state = applyStatus(state, { taskId: first.task.id, ...(first.occurrence ? { occurrence: first.occurrence } : {}), status: 'done', at: NOW, by: 'li' });
    await el.updateComplete;
    expect(score()).toBeGreaterThanOrEqual(before);
    expect(shadow(el).querySelector('[part="item"] button')!.textContent).not.toBe(first.task.title.en);
  });

  it('fires task-select for a next action', async () => {
    const plan = plan1111();
    const el = await mount('campaign-readiness', { plan, now: NOW });
    const heard = new Promise<string>((resolve) => document.addEventListener('task-select', (e) => resolve(e.detail.taskId), { once: true }));
    await userEvent.click(shadow(el).querySelector<HTMLElement>('[part="item"] button')!);
    expect(await heard).toBe(nextActions(plan, createStatusState(plan), NOW, { limit: 1 })[0]!.task.id);
  });

  it('speaks Chinese when locale is zh-CN', async () => {
    const el = await mount('campaign-readiness', { plan: plan1111(), now: NOW, locale: 'zh-CN' });
    expect(shadow(el).textContent).toContain('下一步');
    expect(shadow(el).textContent).toContain('当前阶段');
  });

  it('shows a hostile title as text', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await mount('campaign-readiness', { plan: hostilePlan(), now: new Date('2026-09-01T00:00:00Z') });
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(el).querySelector('img')).toBeNull();
    expect(shadow(el).querySelector('[part="item"] button')!.textContent).toContain('<img');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBe(false);
  });

  it('has no axe violations, light and dark', async () => {
    const el = await mount('campaign-readiness', { plan: plan1111(), now: NOW });
    expect(await axeViolations(el)).toEqual([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });
});
