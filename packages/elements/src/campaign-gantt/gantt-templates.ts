// Pure template functions of <campaign-gantt>: given a render context, they return Lit templates.
// Every text goes through Lit bindings, so titles from a plan are escaped, never parsed as HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { WORKSTREAM_LABELS, localize, type Locale, type Plan } from '@campaign-planner/core';
import { isClosed, statusOf, type StatusState } from '@campaign-planner/core/readiness';
import { formatDay, formatDue } from '../shared/format.js';
import { t } from '../shared/ui-text.js';
import type { GanttBar, GanttModel, GanttRow, TaskRow, VisibleRows } from './gantt-model.js';
import { weekdayLabel, type TimeAxis } from './time-axis.js';

const DAY = 86_400_000;

/** What the templates need to draw one frame. */
export interface GanttContext {
  readonly plan: Plan;
  readonly model: GanttModel;
  readonly view: VisibleRows;
  readonly axis: TimeAxis;
  /** Current statuses; unset, each task's own status in the plan (what an empty state would say). */
  readonly state: StatusState | undefined;
  readonly now: number;
  readonly locale: Locale;
  /** IANA zone the axis and texts are in. */
  readonly zone: string;
  readonly scale: 'day' | 'week';
  readonly dayWidth: number;
  readonly rowHeight: number;
  readonly collapsed: ReadonlySet<string>;
  readonly activeIndex: number;
  readonly selectedTaskId: string | undefined;
}

/**
 * Horizontal position of an instant on the chart, in px.
 *
 * @example
 * xOf({ axis, dayWidth: 40 }, axis.start + 86_400_000) //=> 40
 */
export function xOf(ctx: Pick<GanttContext, 'axis' | 'dayWidth'>, ms: number): number {
  return ((ms - ctx.axis.start) / DAY) * ctx.dayWidth;
}

/**
 * Width of the timeline, in px.
 *
 * @example
 * timelineWidth({ axis, dayWidth: 40 }) //=> 40 × the days on the axis (a 25-hour day counts 25/24)
 */
export function timelineWidth(ctx: Pick<GanttContext, 'axis' | 'dayWidth'>): number {
  return Math.ceil(xOf(ctx, ctx.axis.end));
}

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

function span(ctx: GanttContext, start: number, end: number): string {
  return `left:${px(xOf(ctx, start))};width:${px(xOf(ctx, end) - xOf(ctx, start))}`;
}

/**
 * The two header bands: months, then days (with weekday and DST marks) or weeks.
 *
 * @example
 * html`<div class="axis">${axisTemplate(ctx)}</div>`
 */
export function axisTemplate(ctx: GanttContext): TemplateResult {
  const { axis, locale, zone } = ctx;
  const minor =
    ctx.scale === 'day'
      ? axis.days.map((d) => {
          const dst = d.offsets ? `${t(locale, 'clocksChange')}: ${d.offsets[0]} → ${d.offsets[1]} (${d.hours} h)` : '';
          // A clock-change day says how long it is instead of its weekday: "1 25h".
          const second = d.offsets ? `${d.hours}h` : weekdayLabel(d.weekday, locale);
          const label = ctx.dayWidth >= 28 ? `${d.label} ${second}` : ctx.dayWidth >= 14 ? d.label : '';
          return html`<div class="tick minor ${d.offsets ? 'dst' : ''}" style=${span(ctx, d.start, d.end)} title=${dst || nothing} data-hours=${d.hours}>${label}</div>`;
        })
      : axis.weeks.map((w) => html`<div class="tick minor" style=${span(ctx, w.start, w.end)}>${w.label}</div>`);
  return html`<span class="sr-only">${t(locale, 'schedule')} (${zone})</span>
    <div aria-hidden="true">
      ${axis.months.map((m) => html`<div class="tick month" style=${span(ctx, m.start, m.end)}>${m.label}</div>`)} ${minor}
    </div>`;
}

/**
 * Day or week lines, weekend shading, the DST day and the today marker, behind the rows.
 *
 * @example
 * html`<div class="body">${gridTemplate(ctx)}</div>`
 */
export function gridTemplate(ctx: GanttContext): TemplateResult {
  const { axis } = ctx;
  const lines =
    ctx.scale === 'day'
      ? axis.days.map((d) => html`<div class="grid-day ${d.weekday > 5 ? 'weekend' : ''} ${d.offsets ? 'dst' : ''}" style=${span(ctx, d.start, d.end)}></div>`)
      : axis.weeks.map((w) => html`<div class="grid-day" style=${span(ctx, w.start, w.end)}></div>`);
  const today =
    ctx.now >= axis.start && ctx.now <= axis.end
      ? html`<div class="today" part="today-marker" style="left:${px(xOf(ctx, ctx.now))}" title=${`${t(ctx.locale, 'now')}: ${formatDue(new Date(ctx.now), ctx.zone, ctx.locale)}`}></div>`
      : nothing;
  return html`<div class="layer" aria-hidden="true" style="width:${px(timelineWidth(ctx))}">${lines}${today}</div>`;
}

/**
 * Dependency arrows touching the rendered rows (both ends must be shown, i.e. not folded away).
 *
 * @example
 * dependencyTemplate(ctx, [0, 1, 2]) // arrows into and out of rows 0-2
 */
export function dependencyTemplate(ctx: GanttContext, rendered: readonly number[]): TemplateResult {
  const { view, model, rowHeight: h } = ctx;
  const pairs = new Map<string, [TaskRow, TaskRow]>();
  const rowOf = (id: string) => {
    const i = view.indexOf.get(`task:${id}`);
    return i === undefined ? undefined : (view.rows[i] as TaskRow);
  };
  for (const i of rendered) {
    const row = view.rows[i];
    if (row?.kind !== 'task') continue;
    for (const dep of row.task.dependsOn) {
      const from = rowOf(dep);
      if (from) pairs.set(`${dep}>${row.task.id}`, [from, row]);
    }
    for (const next of model.dependents.get(row.task.id) ?? []) {
      const to = rowOf(next);
      if (to) pairs.set(`${row.task.id}>${next}`, [row, to]);
    }
  }
  const y = (r: TaskRow) => view.indexOf.get(r.key)! * h + h / 2;
  // Two paths for the whole window (lines, then heads) rather than a path and a marker per arrow: one
  // element to style, lay out and paint however many arrows are in view.
  let lines = '';
  let heads = '';
  for (const [from, to] of pairs.values()) {
    const x1 = round(xOf(ctx, from.end));
    const x2 = round(xOf(ctx, to.start) - 2);
    const y1 = y(from);
    const y2 = y(to);
    lines += `M${x1} ${y1}h6V${y2}H${x2}`;
    // The head points along the last segment (right unless the arrow turns back), tip 1.25 px past it.
    const dir = x2 < x1 + 6 ? -1 : 1;
    heads += `M${round(x2 - 6.25 * dir)} ${y2 - 3.75}L${round(x2 + 1.25 * dir)} ${y2}L${round(x2 - 6.25 * dir)} ${y2 + 3.75}z`;
  }
  return html`<svg class="deps" aria-hidden="true" width=${timelineWidth(ctx)} height=${view.rows.length * h}>
    <path class="lines" d=${lines || nothing}></path><path class="heads" d=${heads || nothing}></path>
  </svg>`;
}

const round = (n: number) => Math.round(n * 100) / 100;

// Without a state the plan's own status is the answer: no state (a map over every task) is built for it.
const barStatus = (ctx: GanttContext, bar: GanttBar) => (ctx.state ? statusOf(ctx.state, bar.item.task.id, bar.item.occurrence) : bar.item.task.status);

function barTemplate(ctx: GanttContext, row: TaskRow, bar: GanttBar): TemplateResult {
  const status = barStatus(ctx, bar);
  const overdue = bar.end < ctx.now && !isClosed(status);
  const cls = `${row.task.critical ? 'is-critical' : ''} ${overdue ? 'is-overdue' : ''} ${status === 'done' ? 'is-done' : ''}`;
  const title = `${localize(row.task.title, ctx.locale)} — ${formatDue(bar.item.due, ctx.zone, ctx.locale)}`;
  if (bar.start === bar.end)
    return html`<div class="milestone ${cls}" part="milestone" style="left:${px(xOf(ctx, bar.end))}" title=${title}></div>`;
  return html`<div class="bar ${cls}" part="task-bar" style=${span(ctx, bar.start, bar.end)} title=${title}></div>`;
}

function isOverdue(ctx: GanttContext, row: TaskRow): boolean {
  return row.bars.some((b) => b.end < ctx.now && !isClosed(barStatus(ctx, b)));
}

function rowLabel(ctx: GanttContext, row: GanttRow): TemplateResult {
  const { locale } = ctx;
  if (row.kind === 'task') {
    const due = row.bars.length > 1 ? `${row.bars.length} × ${formatDue(row.bars[0]!.item.due, ctx.zone, locale)}` : formatDue(row.task.due, ctx.zone, locale);
    return html`<span class="title">${localize(row.task.title, locale)}</span>
      ${row.task.critical ? html`<span class="badge critical">${t(locale, 'critical')}</span>` : nothing}
      ${isOverdue(ctx, row) ? html`<span class="badge overdue">${t(locale, 'overdue')}</span>` : nothing}
      <span class="sr-only">, ${t(locale, 'due')} ${due}</span>`;
  }
  const label = row.kind === 'phase' ? localize(row.phase.label, locale) : localize(WORKSTREAM_LABELS[row.workstream], locale);
  const range = row.kind === 'phase' ? html`<span class="sr-only">, ${formatDay(row.phase.start, ctx.zone, locale)} – ${formatDay(new Date(row.end - 1), ctx.zone, locale)}</span>` : nothing;
  return html`<span class="chevron" aria-hidden="true">▸</span><span class="title">${label}</span><span class="count">(${row.count})</span>${range}`;
}

function rowBars(ctx: GanttContext, row: GanttRow): TemplateResult | TemplateResult[] {
  if (row.kind === 'task') return row.bars.map((b) => barTemplate(ctx, row, b));
  if (row.kind === 'phase') return html`<div class="bar phase" part="phase-bar" style=${span(ctx, row.start, row.end)}></div>`;
  return html`<div class="bar group" style=${span(ctx, row.start, row.end)}></div>`;
}

/**
 * One row: a tree-grid row with a name cell and a timeline cell, absolutely placed at its index.
 *
 * @example
 * rendered.map((i) => rowTemplate(ctx, i))
 */
export function rowTemplate(ctx: GanttContext, index: number): TemplateResult {
  const row = ctx.view.rows[index]!;
  const group = row.kind !== 'task';
  const width = timelineWidth(ctx);
  return html`<div
    class="row ${row.kind} ${group ? 'group' : ''}"
    part="row"
    role="row"
    data-index=${index}
    aria-rowindex=${index + 2}
    aria-level=${row.level}
    aria-expanded=${group ? String(!ctx.collapsed.has(row.key)) : nothing}
    aria-selected=${row.kind === 'task' ? String(row.task.id === ctx.selectedTaskId) : nothing}
    tabindex=${index === ctx.activeIndex ? 0 : -1}
    style="top:${index * ctx.rowHeight}px;height:${ctx.rowHeight}px;width:calc(var(--cp-name-width) + ${width}px);--level:${row.level}"
  >
    <div class="name-col" role="gridcell">${rowLabel(ctx, row)}</div>
    <div class="bars" role="gridcell" style="width:${width}px">${rowBars(ctx, row)}</div>
  </div>`;
}
