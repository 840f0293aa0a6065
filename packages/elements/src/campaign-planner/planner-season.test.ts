// <campaign-planner> with several plans: a 2026 season of 11.11, Black Friday and 12.12 stacked in every view.
import { serializePlan, type Plan } from '@campaign-planner/core';
import { seasonWarnings } from '@campaign-planner/core/targets';
import { statusOf } from '@campaign-planner/core/readiness';
import { getTemplate, instantiate } from '@campaign-planner/core/templates';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PlanEditEvent } from '../events/plan-edit-event.js';
import type { TaskStatusChangeEvent } from '../events/task-events.js';
import { matchingTaskIds, NO_FILTER } from '../shared/plan-filter.js';
import { t } from '../shared/ui-text.js';
import { axeViolations } from '../test/axe.js';
import { captureDownloads, frames, mount, shadow } from '../test/fixtures.js';
import type { CampaignPlanner } from './campaign-planner.element.js';
import { seasonWarningText } from './planner-season.js';

const NOW = new Date('2026-11-05T10:00:00+08:00');
const make = (id: string): Plan => instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
const [eleven, friday, twelve] = ['aliexpress-11-11', 'aliexpress-black-friday', 'aliexpress-12-12'].map(make) as [Plan, Plan, Plan];
const START_ORDER = [eleven.id, friday.id, twelve.id];
const VIEWS = ['gantt', 'checklist', 'readiness'] as const;

const $$ = (el: CampaignPlanner, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
const groups = (el: CampaignPlanner, view: string) => $$(el, `#panel-${view} section.campaign`);
const inGroup = <K extends keyof HTMLElementTagNameMap>(el: CampaignPlanner, view: string, planId: string, tag: K) =>
  shadow(el).querySelector<HTMLElementTagNameMap[K]>(`#panel-${view} section[data-plan-id="${planId}"] ${tag}`)!;

async function season(props: Partial<CampaignPlanner> = {}): Promise<CampaignPlanner> {
  // Given out of order: the planner stacks them by start.
  const el = await mount('campaign-planner', { plans: [{ plan: twelve }, { plan: eleven }, { plan: friday }], now: NOW, timeZone: 'team', ...props });
  await frames(3);
  return el;
}

async function show(el: CampaignPlanner, view: (typeof VIEWS)[number]): Promise<void> {
  el.view = view;
  await el.updateComplete;
  await frames(2);
}

describe('<campaign-planner> with several plans', () => {
  beforeEach(async () => {
    await page.viewport(1440, 900);
  });

  it('shows one group per campaign in start order in every view, each headed by its name and dates', async () => {
    const el = await season();
    for (const view of VIEWS) {
      await show(el, view);
      const shown = groups(el, view);
      expect(shown.map((g) => g.dataset.planId)).toEqual(START_ORDER);
      expect(shown[1]!.querySelector('[role="heading"] button')!.textContent).toMatch(/^\s*AliExpress Black Friday 2026\s+Oct 14 – Dec 8\s*$/);
    }
    expect(shadow(el).querySelector('h2')!.textContent).toContain('+');
    // The Gantt charts share one time axis, so a day is at the same x in each.
    const widths = START_ORDER.map((id) => inGroup(el, 'gantt', id, 'campaign-gantt').shadowRoot!.querySelector<HTMLElement>('.axis')!.style.width);
    expect(new Set(widths).size).toBe(1);
  });

  it('applies one filter (picked in the one filter bar) to every campaign in every view', async () => {
    const el = await season();
    for (const view of VIEWS) await show(el, view);
    await userEvent.selectOptions(shadow(el).querySelector<HTMLSelectElement>('select[data-filter="workstream"]')!, 'marketing');
    await el.updateComplete;
    const filter = { ...NO_FILTER, workstream: 'marketing' as const };
    let total = 0;
    for (const plan of [eleven, friday, twelve]) {
      const expected = matchingTaskIds(plan, filter, undefined, NOW)!;
      expect(expected.size).toBeGreaterThan(0);
      expect(expected.size).toBeLessThan(plan.tasks.length);
      total += expected.size;
      expect([...inGroup(el, 'gantt', plan.id, 'campaign-gantt').shownTaskIds!].sort()).toEqual([...expected].sort());
      expect([...inGroup(el, 'checklist', plan.id, 'campaign-checklist').shownTaskIds!].sort()).toEqual([...expected].sort());
      const shown = inGroup(el, 'readiness', plan.id, 'campaign-readiness').plan!;
      expect(shown.tasks.every((t) => t.workstream === 'marketing')).toBe(true);
    }
    expect(shadow(el).querySelector('.matched')!.textContent).toBe(`${total} ${t('en', 'matches')}`);
  });

  it('collapses a campaign (its chart hidden, the others shown) and opens it again', async () => {
    const el = await season();
    const toggle = groups(el, 'gantt')[1]!.querySelector<HTMLButtonElement>('button[data-toggle]')!;
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(inGroup(el, 'gantt', friday.id, 'campaign-gantt').checkVisibility()).toBe(false);
    expect(inGroup(el, 'gantt', eleven.id, 'campaign-gantt').checkVisibility()).toBe(true);
    expect(inGroup(el, 'gantt', twelve.id, 'campaign-gantt').checkVisibility()).toBe(true);
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(inGroup(el, 'gantt', friday.id, 'campaign-gantt').checkVisibility()).toBe(true);
  });

  it("lists core's season warnings in the readiness view, in English and in Chinese", async () => {
    const el = await season();
    await show(el, 'readiness');
    const expected = seasonWarnings([eleven, friday, twelve]);
    expect(expected.some((w) => w.code === 'registration_during_other_campaign')).toBe(true);
    const items = $$(el, '[part="season-warning"]');
    expect(items.map((li) => li.textContent)).toEqual(expected.map((w) => w.message));
    el.locale = 'zh-CN';
    await el.updateComplete;
    const zh = $$(el, '[part="season-warning"]');
    expect(zh).toHaveLength(expected.length);
    const registration = zh.find((li) => li.dataset.code === 'registration_during_other_campaign')!;
    expect(registration.lang).toBe('zh-CN');
    expect(registration.textContent).toContain('请在其开始前报名');
    expect(registration.textContent).toBe(
      seasonWarningText(
        expected.find((w) => w.code === 'registration_during_other_campaign')!,
        [eleven, friday, twelve],
        'zh-CN',
        'Asia/Shanghai',
      ),
    );
    expect(shadow(el).querySelector('#season-warnings')!.textContent).toBe('活动季提醒');
  });

  it('exports each campaign in every format from one menu, as the filter shows it', async () => {
    const el = await season({ filter: { ...NO_FILTER, workstream: 'marketing' } });
    const files = captureDownloads(shadow(el));
    await userEvent.click(shadow(el).querySelector<HTMLElement>('.export summary')!);
    const menus = $$(el, '.export [role="group"]');
    expect(menus.map((g) => g.getAttribute('aria-label'))).toEqual([eleven, friday, twelve].map((p) => p.name.en));
    for (const id of START_ORDER) shadow(el).querySelector<HTMLElement>(`[data-export="md"][data-plan-id="${id}"]`)!.click();
    shadow(el).querySelector<HTMLElement>(`[data-export="json"][data-plan-id="${friday.id}"]`)!.click();
    await expect.poll(() => files.length).toBe(START_ORDER.length + 1);
    expect(files.map((f) => f.name)).toEqual([...START_ORDER.map((id) => `${id}.md`), `${friday.id}.json`]);
    // Each checklist holds that campaign's marketing tasks only; the plan JSON is the whole plan.
    const marketing = matchingTaskIds(friday, { ...NO_FILTER, workstream: 'marketing' }, undefined, NOW)!;
    const md = await files[1]!.text;
    for (const task of friday.tasks) expect(md.includes(task.title.en), task.id).toBe(marketing.has(task.id));
    expect(await files[3]!.text).toBe(serializePlan(friday));
  });

  it('scrolls the charts sideways together: the same days under each, the event carrying planId', async () => {
    const el = await season();
    const charts = START_ORDER.map((id) => inGroup(el, 'gantt', id, 'campaign-gantt'));
    const scrollerOf = (g: HTMLElement) => g.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const heard: Array<{ planId?: string; start: Date }> = [];
    el.addEventListener('timeline-scroll', (e) => heard.push((e as CustomEvent<{ planId?: string; start: Date }>).detail));
    const target = scrollerOf(charts[1]!).scrollLeft + 480;
    scrollerOf(charts[1]!).scrollLeft = target;
    await frames(4);
    expect(charts.map((g) => scrollerOf(g).scrollLeft)).toEqual([target, target, target]);
    expect(heard[0]!.planId).toBe(friday.id);
    // The day at each chart's left edge is the same day.
    const firstTick = (g: HTMLElement) => {
      const left = scrollerOf(g).getBoundingClientRect().left + g.shadowRoot!.querySelector<HTMLElement>('.name-col')!.getBoundingClientRect().width;
      return [...g.shadowRoot!.querySelectorAll<HTMLElement>('.tick.minor')].find((t) => t.getBoundingClientRect().right > left + 1)!.textContent!.trim();
    };
    expect(new Set(charts.map(firstTick)).size).toBe(1);
  });

  it('shares the Gantt scale: a scale picked in one chart applies to all', async () => {
    const el = await season();
    const first = inGroup(el, 'gantt', eleven.id, 'campaign-gantt');
    const week = [...first.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="group"] button')].find((b) => b.textContent === 'Week')!;
    await userEvent.click(week);
    await frames(2);
    await el.updateComplete;
    for (const id of START_ORDER) expect(inGroup(el, 'gantt', id, 'campaign-gantt').scale).toBe('week');
  });

  it('a status checked in a campaign says its planId and updates that entry of plans; a veto keeps it', async () => {
    const el = await season({ view: 'checklist' });
    const heard: TaskStatusChangeEvent[] = [];
    el.addEventListener('task-status-change', (e) => heard.push(e));
    const checklist = inGroup(el, 'checklist', friday.id, 'campaign-checklist');
    await checklist.updateComplete;
    const li = checklist.shadowRoot!.querySelector<HTMLElement>('[part="item"]')!;
    const taskId = li.dataset.key!.split('@')[0]!;
    await userEvent.click(li.querySelector('input')!);
    await frames(1);
    expect(heard.map((e) => e.detail.planId)).toEqual([friday.id]);
    const entry = el.plans!.find((s) => s.plan.id === friday.id)!;
    expect(statusOf(entry.state!, taskId)).toBe('done');
    expect(el.plans!.find((s) => s.plan.id === eleven.id)!.state).toBeUndefined();
    // A host vetoing the planner's event vetoes the checklist's.
    el.addEventListener('task-status-change', (e) => e.preventDefault(), { once: true });
    const second = checklist.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')[1]!;
    await userEvent.click(second.querySelector('input')!);
    await frames(1);
    const after = el.plans!.find((s) => s.plan.id === friday.id)!;
    expect(statusOf(after.state!, second.dataset.key!.split('@')[0]!)).not.toBe('done');
  });

  it('an edit in a stacked chart says its planId, replaces that plan, and undoes in its chart', async () => {
    const el = await season({ editable: true });
    const edits: PlanEditEvent[] = [];
    el.addEventListener('plan-edit', (e) => edits.push(e));
    const gantt = inGroup(el, 'gantt', twelve.id, 'campaign-gantt');
    const row = gantt.shadowRoot!.querySelector<HTMLElement>('.row[data-task-id]')!;
    row.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await el.updateComplete;
    expect(edits.map((e) => [e.detail.planId, e.detail.cause])).toEqual([[twelve.id, 'edit']]);
    const entry = el.plans!.find((s) => s.plan.id === twelve.id)!;
    expect(entry.plan).toBe(edits[0]!.detail.plan);
    expect(serializePlan(entry.plan)).not.toBe(serializePlan(twelve));
    expect(el.plans!.find((s) => s.plan.id === eleven.id)!.plan).toBe(eleven);
    await new Promise((r) => setTimeout(r));
    gantt.shadowRoot!.querySelector<HTMLElement>('.row[data-task-id]')!.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(edits.at(-1)!.detail.cause).toBe('undo');
    expect(serializePlan(el.plans!.find((s) => s.plan.id === twelve.id)!.plan)).toBe(serializePlan(twelve));
  });

  // axe over three charts, checklists and readiness views takes a while on a loaded machine: no speed asserted.
  for (const locale of ['en', 'zh-CN'] as const)
    it(`has no axe violations in any view (${locale})`, { timeout: 90_000 }, async () => {
      const el = await season({ locale });
      for (const view of VIEWS) {
        await show(el, view);
        expect(await axeViolations(el)).toEqual([]);
      }
    });
});

describe('seasonWarningText', () => {
  const plans = [eleven, friday, twelve];

  it('says every warning of the 2026 season in Chinese, with the campaigns’ Chinese names', () => {
    const warnings = seasonWarnings(plans);
    for (const code of ['registration_during_other_campaign', 'due_in_other_peak'] as const) expect(warnings.some((w) => w.code === code)).toBe(true);
    for (const w of warnings) {
      const text = seasonWarningText(w, plans, 'zh-CN', 'Asia/Shanghai');
      expect(text).not.toBe(w.message);
      expect(text).toContain(plans.find((p) => p.id === w.plan)!.name['zh-CN']);
      expect(text).toContain(plans.find((p) => p.id === w.other)!.name['zh-CN']);
      expect(seasonWarningText(w, plans, 'en')).toBe(w.message);
    }
    const due = warnings.find((w) => w.code === 'due_in_other_peak')!;
    expect(seasonWarningText(due, plans, 'zh-CN', 'Asia/Shanghai')).toMatch(
      /^2026 速卖通黑五的任务「.+」截止于 .+，正值2026 速卖通双11的高峰期：请调整时间或安排人手$/,
    );
  });

  it('names an overloaded role in Chinese, with its day and count', () => {
    const overload = seasonWarnings([eleven], { maxTasksPerDay: 1 }).find((w) => w.code === 'owner_overloaded' && w.message.startsWith('operations-lead '))!;
    expect(seasonWarningText(overload, plans, 'zh-CN')).toMatch(
      /^运营负责人 在 2026-\d\d-\d\d（Asia\/Shanghai）有 \d+ 个任务到期，超过 1 个：2026 速卖通双11$/,
    );
  });
});
