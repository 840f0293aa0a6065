// Where <campaign-gantt> looks: the opening position, the width that fills the view, zooming around a point.
// Pure functions of sizes and times, so they are tested without layout.
import { axisDays, timeAt, xOf, type GanttContext } from './gantt-context.js';
import type { VisibleRows } from './visible-rows.js';
import type { TimeAxis } from './time-axis.js';

/** Zoom limits, in px per day. */
export const MIN_DAY_WIDTH = 1;
export const MAX_DAY_WIDTH = 240;

/**
 * The day width at which the whole axis fits `width` px of timeline (the least width that fills it).
 *
 * @example
 * fitDayWidth(axis, 900) //=> 15 for a 60-day axis
 */
export function fitDayWidth(axis: Pick<TimeAxis, 'start' | 'end'>, width: number): number {
  return Math.max(MIN_DAY_WIDTH, width / axisDays(axis));
}

/** A scroll position of the chart. */
export interface ScrollPosition {
  readonly left: number;
  readonly top: number;
}

/**
 * Where the chart opens: inside the campaign, today's line a quarter into the timeline and the first task
 * row due at or after now at the top (after a row of context); outside it, the campaign's start.
 *
 * @example
 * openingScroll({ axis, dayWidth: 40 }, view, now, { timeline: 900, rowHeight: 32 }) //=> { left: 2975, top: 448 }
 */
export function openingScroll(
  ctx: Pick<GanttContext, 'axis' | 'dayWidth'>,
  view: VisibleRows,
  now: number,
  size: { readonly timeline: number; readonly rowHeight: number },
): ScrollPosition {
  const { axis } = ctx;
  if (now < axis.start || now > axis.end) return { left: 0, top: 0 };
  const left = Math.max(0, xOf(ctx, now) - size.timeline / 4);
  const index = view.firstTaskEndingFrom(now);
  const top = index < 0 ? 0 : Math.max(0, (index - 1) * size.rowHeight);
  return { left, top };
}

/**
 * The scroll-left that keeps the instant under the pointer in place when the day width changes.
 *
 * @example
 * zoomScrollLeft({ axis, dayWidth: 40 }, 80, 200, 300) //=> 600
 */
export function zoomScrollLeft(before: Pick<GanttContext, 'axis' | 'dayWidth'>, newDayWidth: number, scrollLeft: number, pointerX: number): number {
  const instant = timeAt(before, scrollLeft + pointerX);
  return Math.max(0, xOf({ axis: before.axis, dayWidth: newDayWidth }, instant) - pointerX);
}

/**
 * The scroll-left that brings `[x1, x2]` into a timeline view `[left, left + width)`, or `left` when it is.
 *
 * @example
 * revealX(100, 200, 1000, 800) //=> 60
 */
export function revealX(x1: number, x2: number, left: number, width: number): number {
  if (x1 >= left && x2 <= left + width) return left;
  return Math.max(0, x1 - 40);
}
