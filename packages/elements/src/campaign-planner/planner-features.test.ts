// <campaign-planner> around its views: one zone control, shared filters in the URL, exports, phones,
// headings and accessibility in both languages at desktop and phone sizes.
import { applyQuery } from '@campaign-planner/core/readiness';
import { toCSV } from '@campaign-planner/core/export';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { planWithTasks } from '../shared/plan-filter.js';
import { axeViolations } from '../test/axe.js';
import { captureDownloads, frames, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignPlanner } from './campaign-planner.element.js';

const NOW = new Date('2026-11-11T10:00:00-08:00');
const $ = (el: CampaignPlanner, sel: string) => shadow(el).querySelector<HTMLElement>(sel)!;
const inner = <K extends keyof HTMLElementTagNameMap>(el: CampaignPlanner, tag: K) => shadow(el).querySelector(tag)!;

async function planner(props: Partial<CampaignPlanner> = {}): Promise<CampaignPlanner> {
  const el = await mount('campaign-planner', { plan: plan1111(), now: NOW, ...props });
  await frames(3);
  await el.updateComplete;
  return el;
}

async function showAll(el: CampaignPlanner): Promise<void> {
  for (const view of ['checklist', 'readiness', 'gantt'] as const) {
    el.view = view;
    await el.updateComplete;
  }
  await frames(3);
}

describe('<campaign-planner> features', () => {
  const url = location.href;
  beforeEach(async () => {
    await page.viewport(1440, 900);
  });
  afterEach(() => history.replaceState(null, '', url));

  it('has one time-zone control that drives every view (and the Gantt shows none of its own)', async () => {
    const el = await planner();
    await showAll(el);
    const gantt = inner(el, 'campaign-gantt');
    expect(gantt.shadowRoot!.querySelector('select')).toBeNull();
    expect(shadow(el).querySelectorAll('select[data-zone]')).toHaveLength(1);
    await userEvent.selectOptions($(el, 'select[data-zone]'), 'team');
    await el.updateComplete;
    await gantt.updateComplete;
    expect(gantt.displayZone).toBe('Asia/Shanghai');
    expect(inner(el, 'campaign-checklist').timeZone).toBe('team');
    expect(inner(el, 'campaign-readiness').timeZone).toBe('team');
    // Any IANA zone, typed.
    await userEvent.selectOptions($(el, 'select[data-zone]'), 'other');
    await el.updateComplete;
    const name = $(el, 'input[data-zone-name]') as HTMLInputElement;
    await userEvent.clear(name);
    await userEvent.type(name, 'Europe/Berlin');
    name.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await gantt.updateComplete;
    expect(gantt.displayZone).toBe('Europe/Berlin');
    const checklist = inner(el, 'campaign-checklist');
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.textContent).toContain('Europe/Berlin');
  });

  it('reports an invalid zone attribute and shows platform time', async () => {
    const el = await planner({ timeZone: 'Mars/Olympus' });
    expect($(el, '[role="alert"]').textContent).toContain('Mars/Olympus');
    expect(inner(el, 'campaign-gantt').displayZone).toBe(el.plan!.platformTimeZone);
  });

  it('filters every view with one search, as core’s task query selects', async () => {
    const el = await planner();
    await showAll(el);
    const search = $(el, 'input[data-filter="text"]') as HTMLInputElement;
    await userEvent.type(search, 'coupon');
    await el.updateComplete;
    const expected = new Set(applyQuery(el.plan!, { text: 'coupon' }, el.state, NOW).map((i) => i.task.id));
    expect(expected.size).toBeGreaterThan(0);
    const gantt = inner(el, 'campaign-gantt');
    await gantt.updateComplete;
    const ganttIds = [...gantt.shadowRoot!.querySelectorAll<HTMLElement>('.row.task')].map((r) => r.dataset.taskId!);
    // The chart draws the rows in view (virtualised): all of them match, and it holds exactly the matches.
    expect(ganttIds.length).toBeGreaterThan(0);
    expect(ganttIds.every((id) => expected.has(id))).toBe(true);
    expect(new Set(gantt.shownTaskIds)).toEqual(expected);
    const checklist = inner(el, 'campaign-checklist');
    await checklist.updateComplete;
    const listed = new Set([...checklist.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].map((li) => li.dataset.key!.split('@')[0]));
    expect(listed).toEqual(expected);
    expect($(el, '.matched').textContent).toBe(`${expected.size} tasks match`);
    await userEvent.selectOptions($(el, 'select[data-filter="workstream"]'), 'marketing');
    await el.updateComplete;
    const both = applyQuery(el.plan!, { text: 'coupon', workstreams: ['marketing'] }, el.state, NOW);
    expect($(el, '.matched').textContent).toBe(`${new Set(both.map((i) => i.task.id)).size} tasks match`);
    await userEvent.click($(el, 'button.clear'));
    await el.updateComplete;
    expect($(el, '.matched').textContent).toBe('');
  });

  it('keeps view, zone and filters in the URL with url-state, and reads them back', async () => {
    history.replaceState(null, '', `${location.pathname}?view=checklist&tz=team&ws=marketing&critical=1`);
    const el = await planner({ urlState: true });
    expect(el.view).toBe('checklist');
    expect(el.timeZone).toBe('team');
    expect(el.filter.workstream).toBe('marketing');
    expect(el.filter.critical).toBe(true);
    await userEvent.type($(el, 'input[data-filter="text"]') as HTMLInputElement, 'live');
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('q')).toBe('live');
    expect(params.get('ws')).toBe('marketing');
  });

  it('downloads what the filters show through the core exporters', async () => {
    const el = await planner();
    await userEvent.selectOptions($(el, 'select[data-filter="workstream"]'), 'marketing');
    await el.updateComplete;
    const downloads = captureDownloads(shadow(el));
    await userEvent.click($(el, '.export summary'));
    for (const f of ['ics', 'csv', 'md', 'json']) $(el, `[data-export="${f}"]`).click();
    // The exporters load on the first export; the files come in the order asked for.
    await expect.poll(() => downloads.length).toBe(4);
    expect(downloads.map((d) => d.name)).toEqual(['ics', 'csv', 'md', 'json'].map((x) => `${el.plan!.id}.${x}`));
    const ids = new Set(el.plan!.tasks.filter((t) => t.workstream === 'marketing').map((t) => t.id));
    expect(await downloads[1]!.text).toBe(toCSV(planWithTasks(el.plan!, ids), { bom: true }).replace(/^\uFEFF/, ''));
    expect(await downloads[0]!.text).toContain('BEGIN:VCALENDAR');
    expect(JSON.parse(await downloads[3]!.text).tasks).toHaveLength(el.plan!.tasks.length);
    // From a script: resolved once the file is offered.
    await el.exportAs(el.plan!, 'md');
    expect(downloads.map((d) => d.name).at(-1)).toBe(`${el.plan!.id}.md`);
    expect(await downloads.at(-1)!.text).toContain('- [ ]');
  });

  it('takes heading-level and passes the next level to its views', async () => {
    const el = await planner({ headingLevel: 1, view: 'checklist' });
    expect($(el, 'h2').getAttribute('aria-level')).toBe('1');
    const checklist = inner(el, 'campaign-checklist');
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('h3')!.getAttribute('aria-level')).toBe('2');
  });

  it('opens on the checklist on a phone, with no horizontal overflow of the page', async () => {
    await page.viewport(390, 844);
    const el = await planner();
    expect(el.view).toBe('checklist');
    await showAll(el);
    for (const view of ['checklist', 'gantt', 'readiness'] as const) {
      el.view = view;
      await el.updateComplete;
      await frames(2);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
    }
  });

  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const)
    for (const locale of ['en', 'zh-CN'] as const)
      it(`has no axe violations in any view, ${locale} at ${w}x${h}`, async () => {
        await page.viewport(w, h);
        const el = await planner({ locale });
        for (const view of ['gantt', 'checklist', 'readiness'] as const) {
          el.view = view;
          await el.updateComplete;
          await frames(3);
          expect(await axeViolations(el)).toEqual([]);
        }
      });
});
