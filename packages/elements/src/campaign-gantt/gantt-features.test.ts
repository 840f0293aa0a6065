// <campaign-gantt> as a user expects it: labelled bars, opening at the work, a sticky month, scales and zoom,
// critical chain, routed arrows, columns. Real Chromium, real layout.
import { ROLE_LABELS, parsePlan, type Plan } from '@campaign-planner/core';
import { applyStatus, backwardSchedule, createStatusState } from '@campaign-planner/core/readiness';
import { beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { bigPlan, frames, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignGantt } from './campaign-gantt.element.js';
import { FAR_ROWS } from './gantt-arrows.js';

/** Mid-season: the 11.11 sale day, in Pacific time. */
declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: 'print' | 'screen') => Promise<void>;
  }
}

const PEAK = new Date('2026-11-11T10:00:00-08:00');
const BEFORE = new Date('2026-09-01T00:00:00Z');

async function gantt(props: Partial<CampaignGantt> = {}): Promise<CampaignGantt> {
  const el = await mount('campaign-gantt', { plan: plan1111(), now: PEAK, ...props });
  el.style.height = '700px';
  // The first frames: layout, the observer's size, the fill width and the opening scroll.
  await frames(4);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: CampaignGantt, sel: string) => shadow(el).querySelector<T & HTMLElement>(sel)!;
const $$ = (el: CampaignGantt, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
const scroller = (el: CampaignGantt) => $(el, '.scroller');
/** Days on the chart's axis (from its width and day width; a clock-change day counts 23/24 or 25/24). */
const days = (el: CampaignGantt) => Math.round($(el, '.axis').getBoundingClientRect().width / $(el, '.tick.minor:not(.dst)').getBoundingClientRect().width);
const leftWidth = (el: CampaignGantt) => $(el, '.header .name-col').getBoundingClientRect().width;
const inView = (r: DOMRect, box: DOMRect) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;

describe('<campaign-gantt> features', () => {
  beforeEach(async () => {
    await page.viewport(1440, 900);
  });

  it('labels bars with title and owner or role, not clipped: inside when they fit, beside otherwise', async () => {
    const base = plan1111();
    const plan = parsePlan({ ...base, tasks: base.tasks.map((t, i) => (i < 5 ? { ...t, role: 'designer' as const } : t)) });
    const el = await gantt({ plan, now: BEFORE });
    // A label beside its bar is an element of its own; one that fits is the bar's text.
    const labels = $$(el, '[part="bar-label"], .bar.has-label');
    expect(labels.length).toBeGreaterThan(5);
    const body = $(el, '.body').getBoundingClientRect();
    for (const label of labels) {
      // The whole text is drawn: no overflow inside the label, and it stays inside the chart.
      expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth + 1);
      const r = label.getBoundingClientRect();
      expect(r.right).toBeLessThanOrEqual(body.right + 1);
      if (label.classList.contains('has-label')) expect(label.textContent!.trim().length).toBeGreaterThan(0);
    }
    const first = $$(el, '.row.task')[0]!;
    expect(first.querySelector('[part="bar-label"], .bar.has-label')!.textContent).toContain(
      `${plan.tasks.find((t) => `task:${t.id}` === `task:${first.dataset.taskId}`)!.title.en}`,
    );
    expect(labels.some((l) => l.textContent!.includes(ROLE_LABELS.designer.en))).toBe(true);
  });

  it('shows progress from status and styles estimated deadlines apart', async () => {
    const plan = plan1111(2027);
    const task = plan.tasks.find((t) => t.start && !t.recurrence)!;
    const state = applyStatus(createStatusState(plan), { taskId: task.id, status: 'in-progress', at: BEFORE, by: 'li' });
    const el = await gantt({ plan, state, now: BEFORE });
    el.scrollToTask(task.id);
    await frames(2);
    const bar = $(el, `.row[data-task-id="${task.id}"] .bar`);
    expect(bar.classList.contains('is-started')).toBe(true);
    expect(bar.querySelector<HTMLElement>('.fill')!.style.width).toBe('50%');
    const estimates = plan.tasks.filter((t) => t.dueSource?.kind === 'estimate');
    expect(estimates.length).toBeGreaterThan(0);
    const drawn = $$(el, '.is-estimate');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn[0]!.getAttribute('title') ?? drawn[0]!.textContent).toMatch(/Estimated deadline/);
  });

  it('opens at the work: with now in the peak, today’s line and the first rows due from now are in view', async () => {
    const el = await gantt({ now: PEAK });
    const box = scroller(el).getBoundingClientRect();
    const today = $(el, '[part="today-marker"]').getBoundingClientRect();
    expect(today.left).toBeGreaterThan(box.left + leftWidth(el));
    expect(today.left).toBeLessThan(box.right);
    expect(scroller(el).scrollTop).toBeGreaterThan(0);
    const due = $$(el, '.row.task').filter((r) => inView(r.getBoundingClientRect(), box));
    const plan = el.plan!;
    const open = due.map((r) => plan.tasks.find((t) => t.id === r.dataset.taskId)!).filter((t) => t.due.getTime() >= PEAK.getTime());
    expect(open.length).toBeGreaterThan(0);
    // ...and "Today" comes back there after scrolling away.
    scroller(el).scrollLeft = 0;
    scroller(el).scrollTop = 0;
    await userEvent.click($(el, '.today-button'));
    await frames(2);
    expect($(el, '[part="today-marker"]').getBoundingClientRect().left).toBeCloseTo(today.left, 0);
  });

  it('keeps the reader’s place and folds when an edited version of the same campaign arrives; another campaign opens at the work', async () => {
    const el = await gantt({ now: PEAK });
    // Fold the first group, then scroll somewhere of one's own.
    const folded = () => [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][aria-expanded="false"]')].map((r) => r.textContent!.trim());
    const groupRow = $(el, '[role="row"][aria-level="1"]');
    const label = groupRow.textContent!.trim();
    groupRow.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(folded()).toEqual([label]);
    scroller(el).scrollTop = 40;
    scroller(el).scrollLeft = 120;
    await frames(2);
    const place = { top: scroller(el).scrollTop, left: scroller(el).scrollLeft };
    // A teammate renames a task: a new plan object of the same campaign.
    const edited = parsePlan({ ...el.plan!, tasks: el.plan!.tasks.map((t, i) => (i === 0 ? { ...t, title: { ...t.title, en: 'Renamed' } } : t)) });
    el.plan = edited;
    await el.updateComplete;
    await frames(3);
    expect(scroller(el).scrollTop).toBe(place.top);
    expect(scroller(el).scrollLeft).toBe(place.left);
    expect(folded()).toEqual([label]);
    // Another campaign: unfolded and back at today's work.
    el.plan = parsePlan({ ...edited, id: `${edited.id}-other` });
    await el.updateComplete;
    await frames(4);
    expect(folded()).toEqual([]);
    expect(scroller(el).scrollLeft).not.toBe(place.left);
  });

  it('opens at the campaign start outside the season', async () => {
    const el = await gantt({ now: BEFORE });
    expect(scroller(el).scrollLeft).toBe(0);
    expect(scroller(el).scrollTop).toBe(0);
  });

  it('keeps the month of the left edge in view after scrolling, and names weekdays unambiguously', async () => {
    // Zoomed in, so that November's start can be scrolled to the left edge.
    const el = await gantt({ now: BEFORE, dayWidth: 80 });
    const november = $$(el, '.tick.major').find((m) => m.textContent!.includes('November 2026'))!;
    // Scroll so the left edge of the timeline is two days into November.
    const day = $(el, '.tick.minor').getBoundingClientRect().width;
    scroller(el).scrollLeft = november.offsetLeft + 2 * day;
    await frames(2);
    expect(scroller(el).scrollLeft).toBeCloseTo(november.offsetLeft + 2 * day, 0);
    const label = november.querySelector('.sticky')!.getBoundingClientRect();
    const edge = scroller(el).getBoundingClientRect().left + leftWidth(el);
    expect(label.left).toBeGreaterThanOrEqual(edge - 1);
    expect(label.left).toBeLessThan(edge + 12);
    const days = $$(el, '.tick.minor').map((d) => d.textContent!.trim());
    expect(days.some((d) => /^\d+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(d))).toBe(true);
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect($$(el, '.tick.minor').some((d) => /周[一二三四五六日]/.test(d.textContent!))).toBe(true);
  });

  it('has Day, Week and Month scales that all fill the width, zoom to fit, and Ctrl+wheel zoom around the pointer', async () => {
    const el = await gantt({ now: BEFORE });
    const timelineView = () => scroller(el).clientWidth - leftWidth(el);
    const axisWidth = () => $(el, '.axis').getBoundingClientRect().width;
    for (const scale of ['Month', 'Week', 'Day']) {
      await userEvent.click($$(el, '.toolbar button').find((b) => b.textContent === scale)!);
      await el.updateComplete;
      expect(axisWidth()).toBeGreaterThanOrEqual(timelineView() - 1);
    }
    await userEvent.click($$(el, '.toolbar button').find((b) => b.textContent === 'Month')!);
    await el.updateComplete;
    expect($$(el, '.tick.minor').some((m) => m.textContent!.includes('November'))).toBe(true);
    await userEvent.click($$(el, '.toolbar button').find((b) => b.textContent === 'Day')!);
    await userEvent.click($$(el, '.toolbar button').find((b) => b.textContent === 'Zoom to fit')!);
    await el.updateComplete;
    expect(Math.abs(axisWidth() - timelineView())).toBeLessThan(2);

    // Zoom in first (a fitted chart has nowhere to scroll), then Ctrl+wheel at a point.
    el.dayWidth = 60;
    await el.updateComplete;
    scroller(el).scrollLeft = 600;
    const box = scroller(el).getBoundingClientRect();
    const x = box.left + leftWidth(el) + 300;
    const tickAt = () =>
      $$(el, '.tick.minor').find((t) => {
        const r = t.getBoundingClientRect();
        return r.left <= x && r.right > x;
      })!;
    const before = tickAt().textContent;
    scroller(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: x, clientY: box.top + 100, bubbles: true, cancelable: true }));
    await el.updateComplete;
    await frames(1);
    expect(el.dayWidth).toBeGreaterThan(60);
    expect(tickAt().textContent).toBe(before);
  });

  it('highlights the critical chain from core’s backward schedule, with slack on hover and focus', async () => {
    const plan = plan1111();
    const schedule = backwardSchedule(plan);
    const chain = [...schedule.tasks.values()].filter((s) => s.onCriticalChain).map((s) => s.taskId);
    expect(chain.length).toBeGreaterThan(0);
    // Not part of the first frame: the chain follows it, in the first idle moment.
    const el = await mount('campaign-gantt', { plan, now: BEFORE });
    el.scrollToTask(chain[0]!);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.on-chain, .badge.chain')).toHaveLength(0);
    await el.scheduleComplete;
    el.scrollToTask(chain[0]!);
    await frames(2);
    const row = $(el, `.row[data-task-id="${chain[0]}"]`);
    expect(row.querySelector('.on-chain')).not.toBeNull();
    expect(row.querySelector('.badge.chain')).not.toBeNull();
    const slack = row.querySelector<HTMLElement>('.slack');
    const withSlack = schedule.tasks.get(chain[0]!)!.slackMs !== undefined;
    if (withSlack) {
      expect(getComputedStyle(slack!).display).toBe('none');
      row.focus();
      expect(getComputedStyle(slack!).display).toBe('block');
      expect(slack!.textContent).toMatch(/Slack/);
    }
    // Bars off the chain are not marked.
    const off = plan.tasks.find((t) => !chain.includes(t.id))!;
    el.scrollToTask(off.id);
    await frames(2);
    expect($(el, `.row[data-task-id="${off.id}"]`).querySelector('.on-chain')).toBeNull();
  });

  it('flags impossible orders on the rows concerned', async () => {
    const base = plan1111();
    const dependent = base.tasks.find((t) => t.dependsOn.length > 0 && !t.recurrence)!;
    const dep = dependent.dependsOn[0]!;
    // The dependency is due a day after the task that needs it.
    const tasks = base.tasks.map((t) => (t.id === dep ? { ...t, start: undefined, due: new Date(dependent.due.getTime() + 86_400_000) } : t));
    const plan = parsePlan({ ...base, tasks }) as Plan;
    const el = await gantt({ plan, now: BEFORE });
    await el.scheduleComplete;
    el.scrollToTask(dep);
    await frames(2);
    const row = $(el, `.row[data-task-id="${dep}"]`);
    expect(row.classList.contains('is-impossible')).toBe(true);
    expect(row.querySelector('.badge.impossible')!.textContent).toBe('Impossible order');
  });

  it('routes arrows between far rows as stubs with a jump to the other end', async () => {
    const el = await gantt({ plan: bigPlan(300), now: BEFORE });
    // Jump buttons sit on the focused or selected row.
    expect(shadow(el).querySelectorAll('.jump').length).toBeLessThanOrEqual(4);
    $$(el, '.row.task')[3]!.click();
    await el.updateComplete;
    const d = (cls: string) => $(el, `svg.deps > path.${cls}`).getAttribute('d') ?? '';
    expect(d('stubs')).not.toBe('');
    // No drawn line runs further than the far-row limit.
    for (const m of (d('lines') + d('chain')).matchAll(/M[\d.-]+ ([\d.-]+)h6V([\d.-]+)/g))
      expect(Math.abs(Number(m[2]) - Number(m[1]))).toBeLessThanOrEqual(FAR_ROWS * el.rowHeight);
    const jump = $(el, '.jump');
    const target = jump.dataset.jump!;
    jump.click();
    await frames(2);
    await el.updateComplete;
    expect(el.selectedTaskId).toBe(target);
    expect((shadow(el).activeElement as HTMLElement).dataset.taskId).toBe(target);
  });

  it('has name, owner, due and status columns: shown by property, hidden from the menu, resized, name collapsed', async () => {
    const el = await gantt({ columns: ['owner', 'due', 'status'], now: BEFORE });
    const headers = () => $$(el, '.header [role="columnheader"]').map((h) => h.textContent!.trim());
    expect(headers().slice(0, 4)).toEqual(['Task', 'Owner or role', 'Due', 'Status']);
    await userEvent.click($(el, '.menu summary'));
    await userEvent.click($(el, 'input[data-column="owner"]'));
    await el.updateComplete;
    expect(el.columns).toEqual(['due', 'status']);
    expect(headers()).not.toContain('Owner or role');
    const due = $(el, '.header .col-due');
    const w = due.getBoundingClientRect().width;
    $(el, '[data-resize="due"]').focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect($(el, '.header .col-due').getBoundingClientRect().width).toBeCloseTo(w + 16, 0);
    await userEvent.click($(el, '.names-button'));
    await el.updateComplete;
    expect(leftWidth(el)).toBeLessThan(40);
    // The titles are still on the bars and for screen readers.
    expect($$(el, '.row.task [part="bar-label"], .row.task .bar.has-label').length).toBeGreaterThan(0);
  });

  it('reports an invalid zone attribute instead of silently drawing another zone', async () => {
    const el = await gantt({ timeZone: 'Mars/Olympus' });
    expect($(el, '[role="alert"]').textContent).toContain('Mars/Olympus');
    expect(el.displayZone).toBe(el.plan!.platformTimeZone);
  });

  it('takes heading-level for a heading naming the chart', async () => {
    const el = await gantt({ headingLevel: 2 });
    expect($(el, '[role="heading"]').getAttribute('aria-level')).toBe('2');
  });

  it('filters rows to the task ids it is given, dropping empty groups', async () => {
    const plan = plan1111();
    const ids = new Set(plan.tasks.filter((t) => t.workstream === 'marketing').map((t) => t.id));
    const el = await gantt({ plan, shownTaskIds: ids, now: BEFORE });
    const shown = $$(el, '.row.task').map((r) => r.dataset.taskId!);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => ids.has(id))).toBe(true);
    expect($$(el, '.row.workstream').every((r) => r.textContent!.includes('Marketing'))).toBe(true);
  });

  it('collapses to a narrow name strip on a phone without widening the page', async () => {
    await page.viewport(390, 844);
    const el = await gantt({ now: PEAK });
    el.style.width = '100%';
    await frames(3);
    expect(leftWidth(el)).toBeLessThan(40);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
    expect($$(el, '.row.task [part="bar-label"], .row.task .bar.has-label').length).toBeGreaterThan(0);
  });

  it('draws every row when printing', async () => {
    const el = await gantt({ now: BEFORE });
    const count = Number($(el, '[role="treegrid"]').getAttribute('aria-rowcount')) - 1;
    expect($$(el, '.row[data-index]').length).toBeLessThan(count);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, '.row[data-index]').length).toBe(count);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.row[data-index]').length).toBeLessThan(count);
  });

  it('draws the days around the view only, and the others as they scroll into it', async () => {
    // A year on the axis, 40 px a day: about 15,000 px of timeline.
    const range = { start: new Date('2026-06-01T00:00:00-07:00'), end: new Date('2027-05-31T00:00:00-07:00') };
    const el = await gantt({ now: BEFORE, range, dayWidth: 40 });
    const total = days(el);
    expect(total).toBeGreaterThan(360);
    const ticks = () => $$(el, '.tick.minor');
    const lines = () => $$(el, '.layer .grid-day');
    const view = scroller(el).getBoundingClientRect();
    // The view and half a view either side, a line under each tick.
    expect(ticks().length).toBeLessThan(total / 4);
    expect(lines()).toHaveLength(ticks().length);
    const covered = () => {
      const left = view.left + leftWidth(el);
      const xs = ticks().map((t) => t.getBoundingClientRect());
      return xs.some((r) => r.left <= left + 1 && r.right > left) && xs.some((r) => r.left < view.right && r.right >= view.right - 1);
    };
    expect(covered()).toBe(true);
    // Far to the right, then to the very end: the days there are drawn, the first ones no longer.
    const first = ticks()[0]!.textContent;
    const opened = scroller(el).scrollLeft;
    for (const left of [opened + 6000, scroller(el).scrollWidth]) {
      scroller(el).scrollLeft = left;
      await frames(2);
      await el.updateComplete;
      expect(covered()).toBe(true);
      expect(ticks().length).toBeLessThan(total / 4);
    }
    expect(ticks()[0]!.textContent).not.toBe(first);
    // The range ends on May 31: its day is the last tick.
    expect(ticks().at(-1)!.textContent!.trim()).toBe('31');
    // "Today" goes back where the chart opened, and those days are drawn again.
    $(el, '.today-button').click();
    await frames(2);
    await el.updateComplete;
    expect(scroller(el).scrollLeft).toBe(opened);
    expect(covered()).toBe(true);
    expect(ticks()[0]!.textContent).toBe(first);
  });

  it('prints across pages: under print media every row is drawn at full height, without toolbar or scrolling', async () => {
    const el = await gantt({ now: PEAK });
    const count = Number($(el, '[role="treegrid"]').getAttribute('aria-rowcount')) - 1;
    await commands.emulateMedia('print');
    try {
      await frames(2);
      await el.updateComplete;
      expect($$(el, '.row[data-index]').length).toBe(count);
      // Every day of the axis too, not the days around the view.
      expect($$(el, '.tick.minor')).toHaveLength(days(el));
      expect(getComputedStyle($(el, '.toolbar')).display).toBe('none');
      expect(getComputedStyle(scroller(el)).overflowY).toBe('visible');
      // The element grows to the whole chart, so the page (and a PDF) breaks across it.
      expect(el.getBoundingClientRect().height).toBeGreaterThanOrEqual(count * el.rowHeight);
    } finally {
      await commands.emulateMedia('screen');
    }
    await frames(2);
    await el.updateComplete;
    expect($$(el, '.row[data-index]').length).toBeLessThan(count);
  });
});
