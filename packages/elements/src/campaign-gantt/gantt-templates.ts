// Row templates of <campaign-gantt>: given a render context, they return Lit templates. Every text goes
// through Lit bindings, so titles from a plan are escaped, never parsed as HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { WORKSTREAM_LABELS, localize } from '@campaign-planner/core';
import { formatDay, formatDue } from '../shared/format.js';
import { t } from '../shared/ui-text.js';
import { jumpTemplate } from './gantt-arrows.js';
import { isOverdue, onChain, taskBars } from './gantt-bars.js';
import { columnCells } from './gantt-columns.js';
import { px, span, timelineWidth, xOf, type GanttContext } from './gantt-context.js';
import type { GanttRow, TaskRow } from './gantt-model.js';

export { axisTemplate, gridTemplate } from './gantt-axis.js';
export { dependencyTemplate } from './gantt-arrows.js';
export { timelineWidth, xOf, type GanttContext } from './gantt-context.js';

function taskLabel(ctx: GanttContext, row: TaskRow): TemplateResult {
  const { locale } = ctx;
  const task = row.task;
  // The due date for screen readers, unless the row's own due cell says it.
  const dueShown = !ctx.compact && ctx.columns.some(([c]) => c === 'due');
  const due = dueShown
    ? ''
    : row.bars.length > 1
      ? `${row.bars.length} × ${formatDue(row.bars[0]!.item.due, ctx.zone, locale)}`
      : formatDue(task.due, ctx.zone, locale);
  const impossible = ctx.impossible.has(task.id);
  const badges = html`${task.critical ? html`<span class="badge critical">${t(locale, 'critical')}</span>` : nothing}
  ${onChain(ctx, task) ? html`<span class="badge chain" title=${t(locale, 'criticalChain')}>${t(locale, 'criticalChain')}</span>` : nothing}
  ${impossible ? html`<span class="badge impossible">${t(locale, 'impossibleOrder')}</span>` : nothing}
  ${isOverdue(ctx, row) ? html`<span class="badge overdue">${t(locale, 'overdue')}</span>` : nothing}`;
  // On a narrow strip the title is on the bar; the cell keeps it for screen readers only.
  if (ctx.compact) return html`<span class="sr-only">${localize(task.title, locale)}, ${t(locale, 'due')} ${due}</span>`;
  return html`<span class="title">${localize(task.title, locale)}</span>${badges}${dueShown ? nothing : html`<span class="sr-only">, ${t(locale, 'due')} ${due}</span>`}`;
}

function groupLabel(ctx: GanttContext, row: Exclude<GanttRow, TaskRow>): TemplateResult {
  const { locale } = ctx;
  const label = row.kind === 'phase' ? localize(row.phase.label, locale) : localize(WORKSTREAM_LABELS[row.workstream], locale);
  const range =
    row.kind === 'phase'
      ? html`<span class="sr-only">, ${formatDay(row.phase.start, ctx.zone, locale)} – ${formatDay(new Date(row.end - 1), ctx.zone, locale)}</span>`
      : nothing;
  const text = ctx.compact ? html`<span class="sr-only">${label}</span>` : html`<span class="title">${label}</span><span class="count">(${row.count})</span>`;
  return html`<span class="chevron" aria-hidden="true">▸</span>${text}${range}`;
}

function groupBar(ctx: GanttContext, row: Exclude<GanttRow, TaskRow>): TemplateResult {
  const bar =
    row.kind === 'phase'
      ? html`<div class="bar phase" part="phase-bar" style=${span(ctx, row.start, row.end)}></div>`
      : html`<div class="bar group" style=${span(ctx, row.start, row.end)}></div>`;
  // On a strip the group's name goes on the chart too, at its start.
  if (!ctx.compact) return bar;
  const label = row.kind === 'phase' ? localize(row.phase.label, ctx.locale) : localize(WORKSTREAM_LABELS[row.workstream], ctx.locale);
  return html`${bar}<span class="label group-label" aria-hidden="true" style="left:${px(xOf(ctx, row.start) + 4)}">${label}</span>`;
}

/**
 * Whether a row carries jump buttons for its far arrows: the focused and the selected row only. Every row
 * has the arrow stubs; the buttons would add two elements to each of a screen of rows.
 */
function withJumps(ctx: GanttContext, index: number, row: TaskRow): boolean {
  return index === ctx.activeIndex || row.task.id === ctx.selectedTaskId;
}

/**
 * One row: a tree-grid row with the name block (name and optional columns) and a timeline cell, absolutely
 * placed at its index.
 *
 * @example
 * rendered.map((i) => rowTemplate(ctx, i))
 */
export function rowTemplate(ctx: GanttContext, index: number): TemplateResult {
  const row = ctx.view.row(index);
  const task = row.kind === 'task' ? row : undefined;
  const width = timelineWidth(ctx);
  const classes = `row ${row.kind} ${task ? '' : 'group'} ${task && ctx.impossible.has(task.task.id) ? 'is-impossible' : ''}`;
  return html`<div
    class=${classes}
    part="row"
    role="row"
    data-index=${index}
    data-task-id=${task ? task.task.id : nothing}
    aria-rowindex=${index + 2}
    aria-level=${row.level}
    aria-expanded=${task ? nothing : String(!ctx.collapsed.has(row.key))}
    aria-selected=${task ? String(task.task.id === ctx.selectedTaskId) : nothing}
    tabindex=${index === ctx.activeIndex ? 0 : -1}
    style="top:${ctx.rowTop(index)}px;height:${ctx.rowHeight}px;width:calc(var(--cp-left) + ${width}px);--level:${row.level}"
  >
    <div class="cell lead name ${ctx.compact || ctx.columns.length === 0 ? 'edge' : ''}" role="gridcell">
      ${task ? taskLabel(ctx, task) : groupLabel(ctx, row as Exclude<GanttRow, TaskRow>)}
    </div>
    ${columnCells(ctx, task)}
    <div class="bars" role="gridcell" style="width:${width}px">
      ${task ? html`${taskBars(ctx, task)}${withJumps(ctx, index, task) ? jumpTemplate(ctx, task, index) : nothing}` : groupBar(ctx, row as Exclude<GanttRow, TaskRow>)}
    </div>
  </div>`;
}
