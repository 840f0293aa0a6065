// Dependency arrows of <campaign-gantt>, routed so that no line crosses the whole chart: rows close together
// get an elbow arrow; rows far apart get a stub at each end and a jump button to the other end.
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@campaign-planner/core';
import { t } from '../shared/ui-text.js';
import { px, timelineWidth, xOf, type GanttContext } from './gantt-context.js';
import { onChain } from './gantt-bars.js';
import type { GanttLinks } from './gantt-links.js';
import type { TaskRow } from './gantt-model.js';

/** Rows further apart than this get stubs and jump buttons instead of a line. */
export const FAR_ROWS = 12;

const round = (n: number) => Math.round(n * 100) / 100;

interface Pair {
  readonly from: TaskRow;
  readonly to: TaskRow;
  /** Row indices of both ends. */
  readonly fromAt: number;
  readonly toAt: number;
  readonly chain: boolean;
}

/** The shown row of a task (by index into `plan.tasks`) and its index, if shown. */
function rowAt(ctx: GanttContext, taskIndex: number | undefined): [TaskRow, number] | undefined {
  const at = taskIndex === undefined ? undefined : ctx.view.indexOfTaskIndex(taskIndex);
  return at === undefined ? undefined : [ctx.view.row(at) as TaskRow, at];
}

/** The far or near ends of a task row's dependencies and dependents (both ends shown, i.e. not folded away). */
function endsOf(ctx: GanttContext, links: GanttLinks, row: TaskRow): { readonly deps: [TaskRow, number][]; readonly next: [TaskRow, number][] } {
  const deps: [TaskRow, number][] = [];
  const next: [TaskRow, number][] = [];
  for (const dep of row.task.dependsOn) {
    const end = rowAt(ctx, links.indexOf(dep));
    if (end) deps.push(end);
  }
  for (const i of links.dependentsOf(row.taskIndex)) {
    const end = rowAt(ctx, i);
    if (end) next.push(end);
  }
  return { deps, next };
}

/** Dependency pairs with at least one end among the rendered rows. */
function pairsOf(ctx: GanttContext, links: GanttLinks, rendered: readonly number[]): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (from: TaskRow, fromAt: number, to: TaskRow, toAt: number) =>
    pairs.set(`${fromAt}>${toAt}`, { from, to, fromAt, toAt, chain: onChain(ctx, from.task) && onChain(ctx, to.task) });
  for (const i of rendered) {
    const row = ctx.view.row(i);
    if (row.kind !== 'task') continue;
    const { deps, next } = endsOf(ctx, links, row);
    for (const [from, at] of deps) add(from, at, row, i);
    for (const [to, at] of next) add(row, i, to, at);
  }
  return [...pairs.values()];
}

const isFar = (p: Pair) => Math.abs(p.toAt - p.fromAt) > FAR_ROWS;

/**
 * Dependency arrows touching the rendered rows: elbow arrows between rows up to {@link FAR_ROWS} apart,
 * stubs beyond. Critical-chain links are drawn apart (`.chain`) so they can stand out.
 *
 * @example
 * dependencyTemplate(ctx, [0, 1, 2]) // arrows into and out of rows 0-2
 */
export function dependencyTemplate(ctx: GanttContext, rendered: readonly number[], top = 0): TemplateResult {
  const h = ctx.rowHeight;
  // Rows are placed relative to the first one drawn (`top` is its index), so no coordinate grows with the plan.
  const y = (at: number) => (at - top) * h + h / 2;
  const links = ctx.model.linksIfBuilt;
  // Few paths for the whole window rather than a path and a marker per arrow: one element to style, lay
  // out and paint however many arrows are in view.
  const d = { lines: '', chain: '', heads: '', stubs: '' };
  for (const p of links ? pairsOf(ctx, links, rendered) : []) {
    const x1 = round(xOf(ctx, p.from.end));
    const x2 = round(xOf(ctx, p.to.start) - 2);
    const y1 = y(p.fromAt);
    const y2 = y(p.toAt);
    const down = y2 > y1 ? 1 : -1;
    if (isFar(p)) {
      // Out of the source a short hook towards the target; into the target a short hook from its side.
      d.stubs += `M${x1} ${y1}h6v${(h / 2) * down}M${x2 - 6} ${y2 - (h / 2) * down}v${(h / 2) * down}H${x2}`;
    } else if (p.chain) d.chain += `M${x1} ${y1}h6V${y2}H${x2}`;
    else d.lines += `M${x1} ${y1}h6V${y2}H${x2}`;
    // The head points along the last segment (right unless the arrow turns back), tip 1.25 px past it.
    const dir = x2 < x1 + 6 && !isFar(p) ? -1 : 1;
    d.heads += `M${round(x2 - 6.25 * dir)} ${y2 - 3.75}L${round(x2 + 1.25 * dir)} ${y2}L${round(x2 - 6.25 * dir)} ${y2 + 3.75}z`;
  }
  const path = (cls: string, value: string) => html`<path class=${cls} d=${value || nothing}></path>`;
  let last = top;
  for (const i of rendered) last = Math.max(last, i);
  return html`<svg class="deps" aria-hidden="true" style="top:${ctx.rowTop(top)}px" width=${timelineWidth(ctx)} height=${(last - top + 1) * h}>
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
export function jumpTemplate(ctx: GanttContext, row: TaskRow, index: number): TemplateResult[] {
  const out: TemplateResult[] = [];
  const links = ctx.model.linksIfBuilt;
  if (!links) return out;
  // Left of the bar: its right side holds the label.
  const x = () => xOf(ctx, row.start) - 18 * (out.length + 1) - 2;
  const button = ([other, at]: [TaskRow, number], key: 'goToDependent' | 'goToDependency') => {
    if (Math.abs(at - index) <= FAR_ROWS) return;
    const label = `${t(ctx.locale, key)}: ${localize(other.task.title, ctx.locale)}`;
    out.push(
      html`<button class="jump" tabindex="-1" data-jump=${other.task.id} style="left:${px(x())}" aria-label=${label} title=${label}>
        ${at < index ? '↑' : '↓'}
      </button>`,
    );
  };
  const { deps, next } = endsOf(ctx, links, row);
  for (const end of deps) button(end, 'goToDependency');
  for (const end of next) button(end, 'goToDependent');
  return out;
}
