// Dependency arrows of <campaign-gantt>, routed so that no line crosses the whole chart: rows close together
// get an elbow arrow; rows far apart get a stub at each end and a jump button to the other end.
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@campaign-planner/core';
import { t } from '../shared/ui-text.js';
import { px, timelineWidth, xOf, type GanttContext } from './gantt-context.js';
import { onChain } from './gantt-bars.js';
import type { TaskRow } from './gantt-model.js';

/** Rows further apart than this get stubs and jump buttons instead of a line. */
export const FAR_ROWS = 12;

const round = (n: number) => Math.round(n * 100) / 100;

interface Pair {
  readonly from: TaskRow;
  readonly to: TaskRow;
  readonly chain: boolean;
}

function rowOf(ctx: GanttContext, id: string): TaskRow | undefined {
  const i = ctx.view.indexOf.get(`task:${id}`);
  return i === undefined ? undefined : (ctx.view.rows[i] as TaskRow);
}

/** Dependency pairs with at least one end among the rendered rows (both ends shown, i.e. not folded away). */
function pairsOf(ctx: GanttContext, rendered: readonly number[]): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (from: TaskRow, to: TaskRow) => pairs.set(`${from.task.id}>${to.task.id}`, { from, to, chain: onChain(ctx, from.task) && onChain(ctx, to.task) });
  for (const i of rendered) {
    const row = ctx.view.rows[i];
    if (row?.kind !== 'task') continue;
    for (const dep of row.task.dependsOn) {
      const from = rowOf(ctx, dep);
      if (from) add(from, row);
    }
    for (const next of ctx.model.dependents.get(row.task.id) ?? []) {
      const to = rowOf(ctx, next);
      if (to) add(row, to);
    }
  }
  return [...pairs.values()];
}

const isFar = (ctx: GanttContext, p: Pair) => Math.abs(ctx.view.indexOf.get(p.to.key)! - ctx.view.indexOf.get(p.from.key)!) > FAR_ROWS;

/**
 * Dependency arrows touching the rendered rows: elbow arrows between rows up to {@link FAR_ROWS} apart,
 * stubs beyond. Critical-chain links are drawn apart (`.chain`) so they can stand out.
 *
 * @example
 * dependencyTemplate(ctx, [0, 1, 2]) // arrows into and out of rows 0-2
 */
export function dependencyTemplate(ctx: GanttContext, rendered: readonly number[]): TemplateResult {
  const h = ctx.rowHeight;
  const y = (r: TaskRow) => ctx.view.indexOf.get(r.key)! * h + h / 2;
  // Few paths for the whole window rather than a path and a marker per arrow: one element to style, lay
  // out and paint however many arrows are in view.
  const d = { lines: '', chain: '', heads: '', stubs: '' };
  for (const p of pairsOf(ctx, rendered)) {
    const x1 = round(xOf(ctx, p.from.end));
    const x2 = round(xOf(ctx, p.to.start) - 2);
    const y1 = y(p.from);
    const y2 = y(p.to);
    const down = y2 > y1 ? 1 : -1;
    if (isFar(ctx, p)) {
      // Out of the source a short hook towards the target; into the target a short hook from its side.
      d.stubs += `M${x1} ${y1}h6v${(h / 2) * down}M${x2 - 6} ${y2 - (h / 2) * down}v${(h / 2) * down}H${x2}`;
    } else if (p.chain) d.chain += `M${x1} ${y1}h6V${y2}H${x2}`;
    else d.lines += `M${x1} ${y1}h6V${y2}H${x2}`;
    // The head points along the last segment (right unless the arrow turns back), tip 1.25 px past it.
    const dir = x2 < x1 + 6 && !isFar(ctx, p) ? -1 : 1;
    d.heads += `M${round(x2 - 6.25 * dir)} ${y2 - 3.75}L${round(x2 + 1.25 * dir)} ${y2}L${round(x2 - 6.25 * dir)} ${y2 + 3.75}z`;
  }
  const path = (cls: string, value: string) => html`<path class=${cls} d=${value || nothing}></path>`;
  return html`<svg class="deps" aria-hidden="true" width=${timelineWidth(ctx)} height=${ctx.view.rows.length * h}>
    ${path('lines', d.lines)}${path('chain', d.chain)}${path('stubs', d.stubs)}${path('heads', d.heads)}
  </svg>`;
}

/**
 * Jump buttons of a task row for its far dependencies and dependents: each scrolls to the other end
 * (`data-jump` holds its task id).
 *
 * @example
 * html`<div class="bars">${jumpTemplate(ctx, row)}</div>`
 */
export function jumpTemplate(ctx: GanttContext, row: TaskRow): TemplateResult[] {
  const out: TemplateResult[] = [];
  const index = ctx.view.indexOf.get(row.key)!;
  const far = (other: TaskRow) => Math.abs(ctx.view.indexOf.get(other.key)! - index) > FAR_ROWS;
  // Left of the bar: its right side holds the label.
  const x = () => xOf(ctx, row.start) - 18 * (out.length + 1) - 2;
  const button = (other: TaskRow, left: number, key: 'goToDependent' | 'goToDependency') => {
    const label = `${t(ctx.locale, key)}: ${localize(other.task.title, ctx.locale)}`;
    const up = ctx.view.indexOf.get(other.key)! < index;
    out.push(
      html`<button class="jump" tabindex="-1" data-jump=${other.task.id} style="left:${px(left)}" aria-label=${label} title=${label}>
        ${up ? '↑' : '↓'}
      </button>`,
    );
  };
  for (const dep of row.task.dependsOn) {
    const from = rowOf(ctx, dep);
    if (from && far(from)) button(from, x(), 'goToDependency');
  }
  for (const next of ctx.model.dependents.get(row.task.id) ?? []) {
    const to = rowOf(ctx, next);
    if (to && far(to)) button(to, x(), 'goToDependent');
  }
  return out;
}
