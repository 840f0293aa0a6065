import { statusOf } from '@campaign-planner/core/readiness';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { frames, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignPlanner } from './campaign-planner.element.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');
const inner = <K extends keyof HTMLElementTagNameMap>(el: CampaignPlanner, tag: K) => shadow(el).querySelector(tag)!;
const tab = (el: CampaignPlanner, view: string) => shadow(el).querySelector<HTMLElement>(`#tab-${view}`)!;

describe('<campaign-planner>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('shows the Gantt first and switches views with the tabs, by click and by arrow keys', async () => {
    const el = await mount('campaign-planner', { plan: plan1111(), now: NOW });
    expect(tab(el, 'gantt').getAttribute('aria-selected')).toBe('true');
    expect(inner(el, 'campaign-gantt')).not.toBeNull();
    expect(inner(el, 'campaign-checklist')).toBeNull();
    await userEvent.click(tab(el, 'checklist'));
    await el.updateComplete;
    expect(el.view).toBe('checklist');
    expect(shadow(el).querySelector<HTMLElement>('#panel-gantt')!.hidden).toBe(true);
    expect(inner(el, 'campaign-checklist')).not.toBeNull();
    tab(el, 'checklist').focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.view).toBe('readiness');
    expect(shadow(el).activeElement).toBe(tab(el, 'readiness'));
  });

  it('checking an item updates the state shared by every view', async () => {
    const el = await mount('campaign-planner', { plan: plan1111(), now: NOW, view: 'checklist' });
    const checklist = inner(el, 'campaign-checklist');
    await checklist.updateComplete;
    const li = checklist.shadowRoot!.querySelector<HTMLElement>('[part="item"]')!;
    await userEvent.click(li.querySelector('input')!);
    await frames(1);
    const taskId = li.dataset.key!.split('@')[0]!;
    expect(statusOf(el.state!, taskId)).toBe('done');
    el.view = 'readiness';
    await el.updateComplete;
    const readiness = inner(el, 'campaign-readiness');
    expect(readiness.state).toBe(el.state);
  });

  it('switches language and zone for its views', async () => {
    const el = await mount('campaign-planner', { plan: plan1111(), now: NOW });
    const [zone, language] = [...shadow(el).querySelectorAll('select')];
    await userEvent.selectOptions(language!, 'zh-CN');
    await userEvent.selectOptions(zone!, 'team');
    await el.updateComplete;
    const gantt = inner(el, 'campaign-gantt');
    await gantt.updateComplete;
    expect(gantt.locale).toBe('zh-CN');
    expect(gantt.displayZone).toBe('Asia/Shanghai');
    expect(tab(el, 'checklist').textContent).toBe('清单');
  });

  it('opens a next action in the Gantt chart', async () => {
    const el = await mount('campaign-planner', { plan: plan1111(), now: NOW, view: 'readiness' });
    const readiness = inner(el, 'campaign-readiness');
    await readiness.updateComplete;
    await userEvent.click(readiness.shadowRoot!.querySelector<HTMLElement>('[part="item"] button')!);
    await frames();
    expect(el.view).toBe('gantt');
    const gantt = inner(el, 'campaign-gantt');
    expect(gantt.selectedTaskId).toBeTruthy();
    expect(gantt.shadowRoot!.querySelector('[aria-selected="true"]')).not.toBeNull();
  });

  it('has no axe violations in any view', async () => {
    const el = await mount('campaign-planner', { plan: plan1111(), now: NOW });
    await frames();
    for (const view of ['gantt', 'checklist', 'readiness'] as const) {
      el.view = view;
      await el.updateComplete;
      await frames();
      expect(await axeViolations(el)).toEqual([]);
    }
  });
});
