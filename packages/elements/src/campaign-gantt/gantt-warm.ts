// Warming up <campaign-gantt> while the page is idle, before a plan arrives: the first frame with a plan
// otherwise pays for compiling the chart's code and preparing each of its Lit templates (parsing their
// HTML) once, a large share of a cold first frame. This draws a two-task chart into a detached fragment once
// per page, as warmIntl does for Intl's data.
import { render } from 'lit';
import type { Locale, Plan } from '@campaign-planner/core';
import { headerCells } from './gantt-columns.js';
import { axisTemplate, dependencyTemplate, gridTemplate, rowTemplate, type GanttContext } from './gantt-templates.js';
import { buildGanttModel } from './gantt-model.js';
import { visibleRows } from './visible-rows.js';
import { toolbarTemplate } from './gantt-toolbar.js';
import { openingScroll } from './gantt-viewport.js';
import { buildTimeAxis } from './time-axis.js';

let warmed = false;
const DAY = 86_400_000;

function samplePlan(): Plan {
  const start = Date.UTC(2026, 9, 1, 7);
  const text = (s: string) => ({ en: s, 'zh-CN': s });
  const task = (id: string, due: number, from: number | undefined, dependsOn: string[]) => ({
    id,
    title: text(id),
    phase: 'p',
    workstream: 'operations',
    ...(from === undefined ? {} : { start: new Date(from) }),
    due: new Date(due),
    dependsOn,
    status: 'in-progress',
    weight: 1,
    critical: true,
    tags: [],
  });
  return {
    version: 1,
    id: 'warm',
    name: text('warm'),
    platform: 'aliexpress',
    platformTimeZone: 'America/Los_Angeles',
    teamTimeZone: 'Asia/Shanghai',
    phases: [{ id: 'p', label: text('p'), start: new Date(start), end: new Date(start + 9 * DAY) }],
    tasks: [task('a', start + 3 * DAY, start + DAY, []), task('b', start + 5 * DAY, undefined, ['a'])],
  } as unknown as Plan;
}

function drawSample(locale: Locale): void {
  const plan = samplePlan();
  const model = buildGanttModel(plan);
  model.links();
  const view = visibleRows(model, new Set());
  const zone = plan.platformTimeZone;
  const axis = buildTimeAxis(model.start, model.end, zone, locale);
  const ctx: GanttContext = {
    plan,
    model,
    view,
    axis,
    state: undefined,
    now: model.start + 2 * DAY,
    locale,
    zone,
    scale: 'day',
    dayWidth: 48,
    rowHeight: 32,
    rowTop: (i) => i * 32,
    collapsed: new Set(),
    activeIndex: 0,
    selectedTaskId: undefined,
    schedule: undefined,
    impossible: new Set(),
    columns: [['due', 150]],
    compact: false,
  };
  openingScroll(ctx, view, ctx.now, { timeline: 600, rowHeight: 32 });
  const rows = Array.from({ length: view.count }, (_, i) => i);
  const none = () => {};
  const toolbar = toolbarTemplate({
    locale,
    plan,
    scale: 'day',
    columns: ['due'],
    nameCollapsed: false,
    zone: { value: 'platform', resolved: zone, problem: undefined },
    onScale: none,
    onZoom: none,
    onFit: none,
    chain: false,
    onChain: none,
    onToday: none,
    onColumn: none,
    onNames: none,
    onZone: none,
  });
  const parts = [toolbar, headerCells(ctx, 260), axisTemplate(ctx), gridTemplate(ctx), dependencyTemplate(ctx, rows), ...rows.map((i) => rowTemplate(ctx, i))];
  render(parts, document.createDocumentFragment());
}

/**
 * Once per page, when it is next idle, draws a tiny chart off the page so that the first chart drawn with a
 * plan finds its code compiled and its templates prepared. Safe to call from every `connectedCallback`.
 *
 * @example
 * override connectedCallback() { super.connectedCallback(); warmGantt(this.locale); }
 */
export function warmGantt(locale: Locale): void {
  if (warmed) return;
  warmed = true;
  const warm = () => drawSample(locale);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 0);
}
