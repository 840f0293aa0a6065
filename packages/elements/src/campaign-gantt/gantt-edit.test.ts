import { formatInZone, parsePlan, serializePlan, type Plan } from '@campaign-planner/core';
import { statusOf } from '@campaign-planner/core/readiness';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PlanEditEvent } from '../events/plan-edit-event.js';
import { axeViolations } from '../test/axe.js';
import { frames, mount, shadow } from '../test/fixtures.js';
import type { CampaignTaskPanel } from '../campaign-task-panel/campaign-task-panel.element.js';
import type { CampaignGantt } from './campaign-gantt.element.js';

const PT = 'America/Los_Angeles';
const DAY = 86_400_000;

/** A small 11.11 plan: a 23:59 Pacific deadline on Oct 30 (before the Nov 1 change) and a bar after it. */
function smallPlan(): Plan {
  return parsePlan({
    version: 1,
    id: 'edit-test',
    name: { en: 'Edit test', 'zh-CN': '编辑测试' },
    platform: 'aliexpress',
    platformTimeZone: PT,
    teamTimeZone: 'Asia/Shanghai',
    phases: [
      { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, start: '2026-10-26T00:00:00-07:00', end: '2026-11-11T00:00:00-08:00' },
      { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, start: '2026-11-11T00:00:00-08:00', end: '2026-11-13T00:00:00-08:00' },
    ],
    tasks: [
      {
        id: 'register',
        title: { en: 'Register', 'zh-CN': '报名' },
        phase: 'warm-up',
        workstream: 'operations',
        due: '2026-10-30T23:59:00-07:00',
        milestone: true,
        critical: true,
      },
      {
        id: 'banner',
        title: { en: 'Banner', 'zh-CN': '横幅' },
        phase: 'warm-up',
        workstream: 'visual',
        start: '2026-11-01T00:00:00-07:00',
        due: '2026-11-10T00:00:00-08:00',
        dependsOn: ['register'],
      },
    ],
  });
}

async function gantt(props: Partial<CampaignGantt> = {}): Promise<CampaignGantt> {
  const el = await mount('campaign-gantt', { plan: smallPlan(), now: new Date('2026-10-27T12:00:00-07:00'), editable: true, dayWidth: 60, ...props });
  await frames();
  await el.updateComplete;
  return el;
}

const row = (el: CampaignGantt, id: string) => shadow(el).querySelector<HTMLElement>(`.row[data-task-id="${id}"]`)!;
const milestone = (el: CampaignGantt, id: string) => row(el, id).querySelector<HTMLElement>('[part~="milestone"]')!;
/** Pixels per day as drawn: the banner bar spans a known number of hours. */
function pxPerDay(el: CampaignGantt): number {
  const bar = row(el, 'banner').querySelector<HTMLElement>('[part~="task-bar"]')!;
  const t = el.plan!.tasks.find((x) => x.id === 'banner')!;
  return bar.getBoundingClientRect().width / ((t.due.getTime() - t.start!.getTime()) / DAY);
}
const pointer = (type: string, target: EventTarget, x: number, y: number) =>
  target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true, composed: true, pointerId: 1, isPrimary: true }));

let lastGhost: DOMRect | undefined;
function drag(el: CampaignGantt, target: HTMLElement, dx: number, finish: 'up' | 'escape' = 'up') {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  pointer('pointerdown', target, x, y);
  pointer('pointermove', window, x + dx / 2, y);
  pointer('pointermove', window, x + dx, y);
  const ghost = shadow(el).querySelector<HTMLElement>('.drag-ghost');
  const ghostText = ghost?.textContent ?? '';
  lastGhost = ghost?.getBoundingClientRect();
  if (finish === 'escape') window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  pointer('pointerup', window, x + dx, y);
  return ghostText;
}

function record(el: HTMLElement): PlanEditEvent[] {
  const events: PlanEditEvent[] = [];
  el.addEventListener('plan-edit', (e) => events.push(e));
  return events;
}

describe('<campaign-gantt editable>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('dragging a milestone three day-widths across Nov 1 moves it 3 calendar days at the same Pacific wall time', async () => {
    const el = await gantt();
    const before = el.plan!;
    const events = record(document.body);
    const from = milestone(el, 'register').getBoundingClientRect();
    const ghost = drag(el, milestone(el, 'register'), 3 * pxPerDay(el));
    // The ghost shows the target in both clocks while dragging.
    expect(ghost).toContain(`2026-11-02 23:59 ${PT}`);
    expect(ghost).toContain('2026-11-03 15:59 Asia/Shanghai');
    // Drawn where the milestone lands: 73 hours to the right (the chart is linear in time).
    expect(Math.abs(lastGhost!.left - (from.left + (73 / 24) * pxPerDay(el)))).toBeLessThan(2);
    expect(events).toHaveLength(1);
    const { detail } = events[0]!;
    expect(detail.edit).toEqual({ op: 'move-task', taskId: 'register', due: { days: 3, zone: PT } });
    const due = detail.plan.tasks.find((t) => t.id === 'register')!.due;
    expect(formatInZone(due, PT)).toBe('2026-11-02 23:59');
    // 3 calendar days across the fall-back change: 73 hours.
    expect(due.getTime() - before.tasks[0]!.due.getTime()).toBe(73 * 3_600_000);
    expect(events[0]!.composed && events[0]!.cancelable).toBe(true);
    expect(el.plan).toBe(detail.plan);
    expect(shadow(el).querySelector('.drag-ghost')).toBeNull();
  });

  it('a vetoed edit changes nothing; Escape cancels a drag; a read-only chart does not drag', async () => {
    const el = await gantt();
    const before = el.plan!;
    const text = serializePlan(before);
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('plan-edit', veto);
    try {
      drag(el, milestone(el, 'register'), 2 * pxPerDay(el));
    } finally {
      document.removeEventListener('plan-edit', veto);
    }
    await el.updateComplete;
    expect(el.plan).toBe(before);
    expect(serializePlan(el.plan!)).toBe(text);

    const events = record(el);
    drag(el, milestone(el, 'register'), 2 * pxPerDay(el), 'escape');
    expect(events).toHaveLength(0);
    el.editable = false;
    await el.updateComplete;
    drag(el, milestone(el, 'register'), 2 * pxPerDay(el));
    expect(events).toHaveLength(0);
    expect(el.plan).toBe(before);
  });

  it('dragging a bar moves it with its dependents left alone when they are later; undo restores the plan', async () => {
    const el = await gantt();
    const before = serializePlan(el.plan!);
    drag(el, row(el, 'banner').querySelector<HTMLElement>('[part~="task-bar"]')!, -2 * pxPerDay(el));
    const banner = el.plan!.tasks.find((t) => t.id === 'banner')!;
    expect(formatInZone(banner.start!, PT)).toBe('2026-10-30 00:00');
    expect(formatInZone(banner.due, PT)).toBe('2026-11-08 00:00');
    await new Promise((r) => setTimeout(r));
    el.undo();
    expect(serializePlan(el.plan!)).toBe(before);
    el.redo();
    expect(formatInZone(el.plan!.tasks.find((t) => t.id === 'banner')!.due, PT)).toBe('2026-11-08 00:00');
  });

  it('keyboard only: Alt+Arrow moves, Alt+Shift+Arrow changes the due, announced; Enter opens the panel; Ctrl+Z undoes', async () => {
    const el = await gantt();
    const original = serializePlan(el.plan!);
    row(el, 'register').focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(formatInZone(el.plan!.tasks.find((t) => t.id === 'register')!.due, PT)).toBe('2026-10-31 23:59');
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('Register moved to 2026-10-31 23:59');
    await el.updateComplete;
    row(el, 'banner').focus();
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    const banner = el.plan!.tasks.find((t) => t.id === 'banner')!;
    expect(formatInZone(banner.due, PT)).toBe('2026-11-11 00:00');
    expect(formatInZone(banner.start!, PT)).toBe('2026-11-01 00:00');

    await el.updateComplete;
    row(el, 'banner').focus();
    await userEvent.keyboard('{Enter}');
    await frames();
    const panel = shadow(el).querySelector<CampaignTaskPanel>('campaign-task-panel')!;
    expect(panel).not.toBeNull();
    await panel.updateComplete;
    // Focus is in the panel's first field (English title): type a new one and leave the field.
    await userEvent.keyboard('{Control>}a{/Control}Hero banner{Tab}');
    expect(el.plan!.tasks.find((t) => t.id === 'banner')!.title.en).toBe('Hero banner');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(shadow(el).querySelector('campaign-task-panel')).toBeNull();
    // Enter opened the panel of the focused row, and nothing else: every row is still shown.
    expect(row(el, 'banner')).not.toBeNull();
    expect(shadow(el).querySelectorAll('.row[aria-expanded="false"]')).toHaveLength(0);
    expect(shadow(el).activeElement).toBe(row(el, 'banner'));
    await new Promise((r) => setTimeout(r));
    await userEvent.keyboard('{Control>}z{/Control}{Control>}z{/Control}{Control>}z{/Control}');
    expect(serializePlan(el.plan!)).toBe(original);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(formatInZone(el.plan!.tasks.find((t) => t.id === 'register')!.due, PT)).toBe('2026-10-31 23:59');
  });
});

describe('<campaign-gantt editable>: adding', () => {
  it('Insert on a workstream row adds a task in that phase and workstream and opens its panel', async () => {
    const el = await gantt();
    const ws = shadow(el).querySelector<HTMLElement>('.row.workstream')!;
    ws.focus();
    await userEvent.keyboard('{Insert}');
    await el.updateComplete;
    await frames();
    const added = el.plan!.tasks[el.plan!.tasks.length - 1]!;
    expect(el.plan!.tasks).toHaveLength(3);
    expect(added).toMatchObject({ phase: 'warm-up', workstream: 'operations', title: { en: 'New task' } });
    expect(shadow(el).querySelector('campaign-task-panel')?.taskId).toBe(added.id);
  });
});

describe('<campaign-task-panel> in the Gantt', () => {
  it('edits owner and status; an invalid due shows its message and changes nothing; axe is clean', async () => {
    const el = await gantt();
    el.openTaskPanel('banner');
    await frames();
    const panel = shadow(el).querySelector<CampaignTaskPanel>('campaign-task-panel')!;
    await panel.updateComplete;
    const root = shadow(panel);
    const field = (label: string) =>
      [...root.querySelectorAll('label')]
        .find((l) => l.textContent!.trim().startsWith(label))!
        .querySelector<HTMLInputElement & HTMLSelectElement>('input, select')!;

    const owner = field('Owner');
    owner.value = 'Mei';
    owner.dispatchEvent(new Event('change'));
    expect(el.plan!.tasks.find((t) => t.id === 'banner')!.owner).toBe('Mei');

    const status = field('Status');
    expect(status.options).toHaveLength(5);
    status.value = 'blocked';
    status.dispatchEvent(new Event('change'));
    expect(el.plan!.tasks.find((t) => t.id === 'banner')!.status).toBe('blocked');

    const before = el.plan;
    const due = field('Due');
    due.value = '2027-06-01T10:00';
    due.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    expect(el.plan).toBe(before);
    expect(due.getAttribute('aria-invalid')).toBe('true');
    const message = root.querySelector(`#${due.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).toMatch(/outside the campaign/);
    // The other clock is shown beside the due.
    expect(root.textContent).toContain('In Asia/Shanghai: 2026-11-10 16:00');

    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('<campaign-task-panel>: dependencies, delete, phone sheet', () => {
  it('searches and sets dependencies, refuses a cycle beside the field, deletes a task', async () => {
    const el = await gantt();
    el.openTaskPanel('register');
    await frames();
    const panel = shadow(el).querySelector<CampaignTaskPanel>('campaign-task-panel')!;
    await panel.updateComplete;
    const root = shadow(panel);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'bann';
    search.dispatchEvent(new Event('input'));
    await panel.updateComplete;
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.deps input[type="checkbox"]')];
    expect(boxes).toHaveLength(1);
    // banner already depends on register: register depending on banner is a cycle, refused with the core's message.
    boxes[0]!.checked = true;
    boxes[0]!.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    expect(root.querySelector('fieldset .error')!.textContent).toMatch(/dependency cycle/);
    expect(el.plan!.tasks.find((t) => t.id === 'register')!.dependsOn).toEqual([]);

    el.openTaskPanel('banner');
    await panel.updateComplete;
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Delete task')!.click();
    await el.updateComplete;
    expect(el.plan!.tasks.map((t) => t.id)).toEqual(['register']);
    // The panel of a deleted task closes.
    expect(shadow(el).querySelector('campaign-task-panel')).toBeNull();
  });

  it('sets the status of one occurrence of a recurring task in the chart state (task-status-change)', async () => {
    const base = smallPlan();
    const plan = parsePlan({
      ...base,
      tasks: [
        ...base.tasks,
        {
          id: 'monitor',
          title: { en: 'Monitor', 'zh-CN': '监控' },
          phase: 'peak',
          workstream: 'operations',
          due: '2026-11-11T09:00:00-08:00',
          recurrence: 'FREQ=DAILY',
        },
      ],
    });
    const el = await gantt({ plan });
    el.openTaskPanel('monitor');
    await frames();
    const panel = shadow(el).querySelector<CampaignTaskPanel>('campaign-task-panel')!;
    await panel.updateComplete;
    const root = shadow(panel);
    const selects = [...root.querySelectorAll('select')];
    const [occurrence, status] = selects as [HTMLSelectElement, HTMLSelectElement];
    expect([...occurrence.options].map((o) => o.textContent)).toEqual(['2026-11-11 09:00', '2026-11-12 09:00']);
    occurrence.value = occurrence.options[1]!.value;
    occurrence.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    const events: Array<{ taskId: string; occurrence?: string; status: string }> = [];
    el.addEventListener('task-status-change', (e) => events.push(e.detail));
    status.value = 'done';
    status.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r));
    expect(events).toEqual([{ taskId: 'monitor', occurrence: '2026-11-12T17:00:00.000Z', status: 'done' }]);
    expect(statusOf(el.state!, 'monitor', '2026-11-12T09:00:00-08:00')).toBe('done');
    expect(statusOf(el.state!, 'monitor', '2026-11-11T09:00:00-08:00')).toBe('todo');
  });

  it('is a sheet from the bottom on a phone', async () => {
    await page.viewport(375, 700);
    const el = await gantt();
    el.openTaskPanel('banner');
    await frames();
    const panel = shadow(el).querySelector<CampaignTaskPanel>('campaign-task-panel')!;
    const box = panel.getBoundingClientRect();
    const chart = el.getBoundingClientRect();
    // The chart's padding box (inside its 1px border) is the panel's containing block.
    expect(box.width).toBeGreaterThan(chart.width - 4);
    expect(Math.abs(box.bottom - chart.bottom)).toBeLessThan(2);
    expect(box.top).toBeGreaterThan(chart.top);
  });
});
