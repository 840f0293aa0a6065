import { applyStatus, createStatusState, nextActions, readiness } from '@campaign-planner/core/readiness';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { hostilePlan, mount, plan1111, shadow } from '../test/fixtures.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

describe('<campaign-readiness>', () => {
  it('shows the score, counts, current phase and next actions of core readiness', async () => {
    const plan = plan1111();
    const first = plan.tasks.find((t) => !t.recurrence)!;
    const state = applyStatus(createStatusState(plan), { taskId: first.id, status: 'done', at: NOW, by: 'li' });
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
    const started = [...plan.tasks].reverse().find((t) => !t.recurrence)!;
    const state = applyStatus(createStatusState(plan), { taskId: started.id, status: 'in-progress', at: NOW, by: 'li' });
    const el = await mount('campaign-readiness', { plan, state, now: NOW });
    const score = () => Number(shadow(el).querySelector('[role="meter"]')!.getAttribute('aria-valuenow'));
    const before = score();
    const first = nextActions(plan, state, NOW, { limit: 1 })[0]!;
    el.state = applyStatus(state, { taskId: first.task.id, ...(first.occurrence ? { occurrence: first.occurrence } : {}), status: 'done', at: NOW, by: 'li' });
    await el.updateComplete;
    expect(score()).toBeGreaterThanOrEqual(before);
    expect(shadow(el).querySelector('[part="item"] button')!.textContent).not.toBe(first.task.title.en);
  });

  it('says "not started" and what is due first instead of a score while no work has begun', async () => {
    const plan = plan1111();
    const before = new Date('2026-09-01T00:00:00Z');
    const el = await mount('campaign-readiness', { plan, now: before });
    const root = shadow(el);
    expect(root.querySelector('[role="meter"]')).toBeNull();
    const box = root.querySelector('.not-started')!;
    expect(box.textContent).toContain('Not started');
    expect(box.textContent).toContain('The campaign starts in');
    const first = nextActions(plan, createStatusState(plan), before, { limit: 1 })[0]!;
    expect(box.querySelector('.due-first')!.textContent).toContain(first.task.title.en);
  });

  it('tells waiting on a dependency from marked blocked, with an explanation on hover', async () => {
    const plan = plan1111();
    const dependent = plan.tasks.find((t) => t.dependsOn.length > 0 && !t.recurrence)!;
    const other = plan.tasks.find((t) => t.dependsOn.length === 0 && !t.recurrence && t.id !== dependent.id)!;
    const state = applyStatus(createStatusState(plan), { taskId: other.id, status: 'blocked', at: NOW, by: 'li' });
    const report = readiness(plan, state, NOW);
    const el = await mount('campaign-readiness', { plan, state, now: NOW });
    const cell = (label: string) => [...shadow(el).querySelectorAll<HTMLElement>('dl.counts > div')].find((d) => d.querySelector('dt')!.textContent === label)!;
    const waiting = report.blocked.filter((i) => i.blockedBy.length > 0).length;
    expect(waiting).toBeGreaterThan(0);
    expect(cell('Waiting on a dependency').querySelector('dd')!.textContent).toBe(String(waiting));
    expect(cell('Marked blocked').querySelector('dd')!.textContent).toBe('1');
    expect(cell('Marked blocked').title).toContain('marked blocked');
    expect(cell('Overdue').title).toContain('deadline has passed');
  });

  it('breaks progress down by owner, then by role for tasks without an owner', async () => {
    const base = plan1111();
    const plan = {
      ...base,
      tasks: base.tasks.map((t, i) => (i === 0 ? { ...t, owner: 'Li' } : i === 1 ? { ...t, owner: undefined, role: 'designer' as const } : t)),
    };
    const el = await mount('campaign-readiness', { plan, now: NOW });
    const heading = [...shadow(el).querySelectorAll('h3')].find((h) => h.textContent === 'By owner or role')!;
    const labels = [...heading.nextElementSibling!.querySelectorAll('li > span:first-child')].map((s) => s.textContent);
    expect(labels[0]).toBe('Li');
    expect(labels).toContain('Designer');
  });

  it('takes heading-level for its headings', async () => {
    const el = await mount('campaign-readiness', { plan: plan1111(), now: NOW, headingLevel: 2 });
    expect([...shadow(el).querySelectorAll('h3')].every((h) => h.getAttribute('aria-level') === '2')).toBe(true);
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
    // The time left in the phase reads as Chinese durations (2天7小时), not '2d 7h'.
    expect(shadow(el).textContent).toMatch(/当前阶段: .*\((\d+天)?(\d+小时)?(\d+分钟)?\)/);
    expect(shadow(el).textContent).not.toMatch(/\(\d+d \d+h\)/);
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
