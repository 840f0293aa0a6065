import { serializePlan } from '@campaign-planner/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { bigPlan, frames, hostilePlan, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignGantt } from './campaign-gantt.element.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

async function gantt(props: Partial<CampaignGantt> = {}): Promise<CampaignGantt> {
  const el = await mount('campaign-gantt', { plan: plan1111(), now: NOW, ...props });
  await frames();
  await el.updateComplete;
  return el;
}

// Rows in index order (the focused row may sit last in the DOM while scrolled away).
const rows = (el: CampaignGantt) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][data-index]')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
/** Before the campaign: the chart opens at its start, with the first rows in view. */
const BEFORE = new Date('2026-09-01T00:00:00Z');

describe('<campaign-gantt>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('draws its toolbar and scroller while waiting for a plan, and keeps them when the plan comes', async () => {
    const el = await mount('campaign-gantt', { now: NOW });
    const root = shadow(el);
    const toolbar = root.querySelector('[part="toolbar"]')!;
    const scroller = root.querySelector('.scroller')!;
    expect(scroller.textContent).toContain('No tasks');
    // Nothing to act on yet: no tree grid, the controls are disabled, the zone labels name no zone.
    expect(scroller.getAttribute('role')).toBeNull();
    expect([...toolbar.querySelectorAll('button')].filter((b) => !b.disabled)).toHaveLength(0);
    expect(toolbar.querySelector('select')!.disabled).toBe(true);
    expect(toolbar.querySelector('option')!.textContent).not.toContain('(');
    const plan = plan1111();
    el.plan = plan;
    await el.updateComplete;
    // The same elements (laid out already), now live.
    expect(root.querySelector('[part="toolbar"]')).toBe(toolbar);
    expect(root.querySelector('.scroller')).toBe(scroller);
    expect(scroller.getAttribute('role')).toBe('treegrid');
    expect(toolbar.querySelector<HTMLButtonElement>('.today-button')!.disabled).toBe(false);
    expect(toolbar.querySelector('select')!.disabled).toBe(false);
    expect(toolbar.querySelector('option')!.textContent).toContain(plan.platformTimeZone);
    expect(rows(el).length).toBeGreaterThan(3);
  });

  it('draws phases, workstreams and tasks as a tree grid with bars, milestones and a today marker', async () => {
    const plan = plan1111();
    const el = await gantt({ plan, now: BEFORE });
    const root = shadow(el);
    const grid = root.querySelector('[role="treegrid"]')!;
    expect(grid.getAttribute('aria-label')).toContain(plan.name.en);
    const all = rows(el);
    expect(all[0]!.getAttribute('aria-level')).toBe('1');
    expect(all[0]!.textContent).toContain(plan.phases[0]!.label.en);
    expect(all[1]!.getAttribute('aria-level')).toBe('2');
    expect(all[2]!.getAttribute('aria-level')).toBe('3');
    expect(root.querySelectorAll('[part="phase-bar"]').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('[part="task-bar"], [part="milestone"]').length).toBeGreaterThan(0);
    expect(root.querySelector('[part="today-marker"]')).toBeNull();
    el.now = NOW;
    await el.updateComplete;
    expect(root.querySelector('[part="today-marker"]')).not.toBeNull();
    // Rows count: header + every row of the fully expanded tree.
    expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(plan.tasks.length);
  });

  it('never changes the plan it was given', async () => {
    const plan = plan1111();
    const before = serializePlan(plan);
    const el = await gantt({ plan });
    rows(el)[2]!.click();
    rows(el)[0]!.click();
    await el.updateComplete;
    expect(serializePlan(plan)).toBe(before);
  });

  it('fires a bubbling, composed task-select when a task row is clicked', async () => {
    const el = await gantt();
    const events: unknown[] = [];
    document.addEventListener('task-select', (e) => events.push(e.detail), { once: true });
    const taskRow = rows(el).find((r) => r.getAttribute('aria-level') === '3')!;
    taskRow.click();
    await el.updateComplete;
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual({ taskId: el.selectedTaskId });
    expect(rows(el).find((r) => r.getAttribute('aria-selected') === 'true')).toBeDefined();
  });

  it('folds and unfolds groups with the keyboard and moves focus with the arrows', async () => {
    const el = await gantt({ now: BEFORE });
    const first = rows(el)[0]!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    expect(first.getAttribute('aria-expanded')).toBe('true');
    const before = Number(shadow(el).querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount'));
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(rows(el)[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(Number(shadow(el).querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount'))).toBeLessThan(before);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(rows(el)[0]!.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.index).toBe('2');
    expect(focused.tabIndex).toBe(0);
    expect(getComputedStyle(focused).outlineStyle).not.toBe('none');
    const selected = new Promise<string>((resolve) => el.addEventListener('task-select', (e) => resolve(e.detail.taskId)));
    await userEvent.keyboard('{Enter}');
    expect(await selected).toBe(el.selectedTaskId);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    const last = el.shadowRoot!.activeElement as HTMLElement;
    expect(Number(last.dataset.index)).toBe(Number(shadow(el).querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount')) - 2);
  });

  it('speaks Chinese when locale is zh-CN', async () => {
    const plan = plan1111();
    const el = await gantt({ plan, locale: 'zh-CN', now: BEFORE });
    const text = shadow(el).textContent!;
    expect(text).toContain(plan.phases[0]!.label['zh-CN']);
    expect(text).toContain(plan.tasks[0]!.title['zh-CN']);
    expect(text).toContain('任务');
    expect(text).toContain('11月');
  });

  it('shows the US fall-back day as 25 hours in platform time and as a plain day in team time', async () => {
    const el = await gantt({ timeZone: 'platform' });
    const dst = [...shadow(el).querySelectorAll<HTMLElement>('.tick.minor.dst')];
    expect(dst).toHaveLength(1);
    expect(dst[0]!.dataset.hours).toBe('25');
    expect(dst[0]!.title).toContain('UTC-07:00 → UTC-08:00');
    const normal = shadow(el).querySelector<HTMLElement>('.tick.minor:not(.dst)')!;
    expect(dst[0]!.getBoundingClientRect().width / normal.getBoundingClientRect().width).toBeCloseTo(25 / 24, 2);
    expect(dst[0]!.textContent!.trim()).toBe('1 25h');

    el.timeZone = 'team';
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.tick.minor.dst')).toHaveLength(0);
    expect(shadow(el).querySelector('[role="columnheader"] .sr-only')!.textContent).toContain('Asia/Shanghai');
  });

  it('draws a grid line under each day tick, one shaded box per weekend and a marked line on the clock-change day', async () => {
    const el = await gantt({ timeZone: 'platform', scale: 'day' });
    const root = shadow(el);
    const ticks = [...root.querySelectorAll<HTMLElement>('.tick.minor')];
    const lines = [...root.querySelectorAll<HTMLElement>('.layer .grid-day')];
    expect(lines).toHaveLength(ticks.length);
    const left = (e: HTMLElement) => e.getBoundingClientRect().left;
    lines.forEach((line, i) => expect(left(line)).toBeCloseTo(left(ticks[i]!), 0));
    // The 25-hour day (Sunday, Nov 1 2026 in Los Angeles) has the dashed line.
    const dst = root.querySelectorAll<HTMLElement>('.layer .grid-day.dst');
    expect(dst).toHaveLength(1);
    expect(left(dst[0]!)).toBeCloseTo(left(root.querySelector<HTMLElement>('.tick.minor.dst')!), 0);
    expect(getComputedStyle(dst[0]!).borderLeftStyle).toBe('dashed');
    // Each weekend box starts at a Saturday's tick (or at a Sunday first on the axis).
    const weekends = [...root.querySelectorAll<HTMLElement>('.layer .weekend')];
    expect(weekends.length).toBeGreaterThan(3);
    const saturday = new Intl.DateTimeFormat('en-US', { weekday: 'short' }).format(new Date(2026, 9, 31));
    for (const box of weekends) {
      const i = ticks.findIndex((t) => Math.abs(left(t) - left(box)) < 1);
      expect(i).toBeGreaterThanOrEqual(0);
      const days = ticks.slice(i).filter((t) => left(t) < box.getBoundingClientRect().right - 1);
      if (i > 0) expect(days[0]!.textContent).toContain(saturday);
      // Saturday and Sunday together; one day alone only at either end of the axis.
      if (days.length === 2) expect(days[1]!.textContent).toMatch(/Sun|25h/);
      else expect([0, ticks.length - 1]).toContain(i);
    }
  });

  it('switches zone from its toolbar and tells the page', async () => {
    const el = await gantt();
    const select = shadow(el).querySelector('select')!;
    const heard = new Promise<string>((resolve) => el.addEventListener('time-zone-change', (e) => resolve(e.detail.timeZone)));
    await userEvent.selectOptions(select, 'team');
    expect(await heard).toBe('team');
    expect(el.displayZone).toBe('Asia/Shanghai');
  });

  it('zooms and changes scale', async () => {
    const el = await gantt();
    const width = () => shadow(el).querySelector<HTMLElement>('.axis')!.getBoundingClientRect().width;
    const w0 = width();
    await userEvent.click(shadow(el).querySelector<HTMLElement>('button[aria-label="Zoom in"]')!);
    await el.updateComplete;
    expect(width()).toBeGreaterThan(w0);
    await userEvent.click([...shadow(el).querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Week')!);
    await el.updateComplete;
    expect(el.scale).toBe('week');
    expect(width()).toBeLessThan(w0);
  });

  it('shows a hostile title as text and runs nothing', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await gantt({ plan: hostilePlan() });
    await frames(3);
    expect(shadow(el).querySelector('img')).toBeNull();
    expect(shadow(el).textContent).toContain('<img src=x onerror="window.__pwned=true">');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBe(false);
  });

  it('keeps the DOM the same size for 100 and 10,000 tasks and scrolls to the end', async () => {
    const small = await gantt({ plan: bigPlan(100) });
    // Far dependencies get jump buttons (here every link is far at 10,000 tasks, none at 100): not counted.
    const count = (el: CampaignGantt) => shadow(el).querySelectorAll('*:not(.jump)').length;
    const smallNodes = count(small);
    small.remove();
    const el = await gantt({ plan: bigPlan(10_000) });
    // A plan this large gets its schedule (critical chain marks) just after the first frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    const nodes = count(el);
    expect(rows(el).length).toBeLessThan(60);
    expect(Math.abs(nodes - smallNodes)).toBeLessThan(smallNodes * 0.25);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    await frames();
    await el.updateComplete;
    const rowCount = shadow(el).querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount');
    expect(rows(el).find((r) => r.getAttribute('aria-rowindex') === rowCount)!.textContent).toMatch(/Task 99\d\d/);
    expect(count(el)).toBeLessThan(nodes * 1.25);
  });

  it('draws dependency arrows between shown rows', async () => {
    const el = await gantt({ plan: bigPlan(50) });
    expect(shadow(el).querySelectorAll('svg.deps > path').length).toBeGreaterThan(0);
    // A few paths for the whole window (lines, critical chain, stubs, heads): a head per arrow, a stub two hooks.
    const n = (cls: string) => (shadow(el).querySelector(`svg.deps > path.${cls}`)!.getAttribute('d') ?? '').match(/M/g)?.length ?? 0;
    expect(n('lines') + n('chain')).toBeGreaterThan(1);
    expect(n('heads')).toBe(n('lines') + n('chain') + n('stubs') / 2);
  });

  it('has no axe violations, light and dark', async () => {
    const el = await gantt();
    expect(await axeViolations(el)).toEqual([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });
});
