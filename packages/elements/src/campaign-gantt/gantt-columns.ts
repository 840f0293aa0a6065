// The columns left of the timeline in <campaign-gantt>: name, then owner, due and status (optional,
// resizable). They live in one sticky block, so they stay put while the timeline scrolls sideways.
import { html, nothing, type TemplateResult } from 'lit';
import { STATUS_LABELS, TASK_STATUSES, localize, type TaskStatus } from '@campaign-planner/core';
import { formatDue } from '../shared/format.js';
import { t, type TextKey } from '../shared/ui-text.js';
import type { GanttColumn, GanttContext } from './gantt-context.js';
import { rowStatus, whoOf } from './gantt-bars.js';
import type { TaskRow } from './gantt-model.js';

/** Default widths of the optional columns, in px. */
export const COLUMN_WIDTHS: Readonly<Record<GanttColumn, number>> = { owner: 130, due: 150, status: 100 };
/** Width of the name column when collapsed to a strip (and on phones). */
export const STRIP_WIDTH = 28;
/** Smallest width a column can be resized to. */
export const MIN_COLUMN_WIDTH = 48;

const HEADINGS: Readonly<Record<GanttColumn | 'name', TextKey>> = { name: 'task', owner: 'ownerOrRole', due: 'due', status: 'status' };

/**
 * Total width of the optional columns shown, in px (0 in compact mode).
 *
 * @example
 * columnsWidth(ctx) //=> 240
 */
export function columnsWidth(ctx: Pick<GanttContext, 'columns' | 'compact'>): number {
  return ctx.compact ? 0 : ctx.columns.reduce((sum, [, w]) => sum + w, 0);
}

function resizer(ctx: GanttContext, column: GanttColumn | 'name', width: number): TemplateResult {
  const label = `${t(ctx.locale, 'resizeColumn')}: ${t(ctx.locale, HEADINGS[column])}`;
  return html`<span
    class="resizer"
    role="separator"
    aria-orientation="vertical"
    aria-label=${label}
    title=${label}
    aria-valuenow=${Math.round(width)}
    aria-valuemin=${MIN_COLUMN_WIDTH}
    aria-valuemax="800"
    tabindex="0"
    data-resize=${column}
  ></span>`;
}

/**
 * The header cells of the name block: the name heading (with its resize handle) and one per optional column.
 *
 * @example
 * html`<div class="name-col">${headerCells(ctx, 280)}</div>`
 */
export function headerCells(ctx: GanttContext, nameWidth: number): TemplateResult {
  if (ctx.compact) return html`<div class="cell name" role="columnheader"><span class="sr-only">${t(ctx.locale, 'task')}</span></div>`;
  return html`<div class="cell name" role="columnheader">${t(ctx.locale, 'task')}${resizer(ctx, 'name', nameWidth)}</div>
    ${ctx.columns.map(
      ([c, w]) => html`<div class="cell col-${c}" role="columnheader" style="width:${w}px">${t(ctx.locale, HEADINGS[c])}${resizer(ctx, c, w)}</div>`,
    )}`;
}

const statusLabel = (ctx: GanttContext, s: string) =>
  (TASK_STATUSES as readonly string[]).includes(s) ? localize(STATUS_LABELS[s as TaskStatus], ctx.locale) : s;

function cellText(ctx: GanttContext, row: TaskRow, column: GanttColumn): string {
  if (column === 'owner') return whoOf(row.task, ctx.locale) ?? '';
  if (column === 'status') return statusLabel(ctx, rowStatus(ctx, row));
  const due = formatDue(row.bars[0]?.item.due ?? row.task.due, ctx.zone, ctx.locale);
  return row.bars.length > 1 ? `${row.bars.length} × ${due}` : due;
}

/**
 * The optional column cells of a row (empty cells for group rows, so lines stay aligned).
 *
 * @example
 * html`${columnCells(ctx, row)}`
 */
export function columnCells(ctx: GanttContext, row: TaskRow | undefined): TemplateResult | typeof nothing {
  if (ctx.compact) return nothing;
  // Each cell sticks at its own offset (no wrapper element per row); the last one draws the edge.
  let offset = 0;
  const last = ctx.columns.length - 1;
  return html`${ctx.columns.map(([c, w], i) => {
    const text = row ? cellText(ctx, row, c) : '';
    const estimate = c === 'due' && row?.task.dueSource?.kind === 'estimate';
    const left = offset;
    offset += w;
    return html`<div
      class="cell lead col-${c} ${estimate ? 'is-estimate' : ''} ${i === last ? 'edge' : ''}"
      role="gridcell"
      style="width:${w}px;left:calc(var(--cp-name-width) + ${left}px)"
      title=${estimate ? t(ctx.locale, 'estimate') : nothing}
    >
      ${text}${estimate ? html`<span aria-hidden="true"> ≈</span><span class="sr-only"> (${t(ctx.locale, 'estimate')})</span>` : nothing}
    </div>`;
  })}`;
}
