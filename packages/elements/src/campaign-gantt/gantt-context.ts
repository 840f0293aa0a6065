// The render context of <campaign-gantt> and the geometry every template shares.
import type { Locale, Plan } from '@campaign-planner/core';
import type { Schedule, StatusState } from '@campaign-planner/core/readiness';
import type { GanttModel } from './gantt-model.js';
import type { VisibleRows } from './visible-rows.js';
import type { TimeAxis } from './time-axis.js';

const DAY = 86_400_000;

/** Time scales of the chart. */
export type GanttScale = 'day' | 'week' | 'month';

/** Optional columns beside the task name. */
export type GanttColumn = 'owner' | 'due' | 'status';
/** Every optional column, in display order. */
export const GANTT_COLUMNS: readonly GanttColumn[] = ['owner', 'due', 'status'];

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
  readonly scale: GanttScale;
  readonly dayWidth: number;
  readonly rowHeight: number;
  /** Where row `index` is placed in the body, in px (`index × rowHeight` unless the rows outgrow the body). */
  readonly rowTop: (index: number) => number;
  readonly collapsed: ReadonlySet<string>;
  readonly activeIndex: number;
  readonly selectedTaskId: string | undefined;
  /** Core's backward schedule (critical chain, slack, impossible orders); unset while still computing. */
  readonly schedule: Schedule | undefined;
  /** Ids of tasks whose due comes before a task that depends on it (core's `impossible_order`). */
  readonly impossible: ReadonlySet<string>;
  /** The optional columns shown, with their widths in px. */
  readonly columns: readonly (readonly [GanttColumn, number])[];
  /** Narrow name strip (collapsed name column or a phone): titles go on the bars. */
  readonly compact: boolean;
  /**
   * The instants `[from, to)` around the view whose days (ticks, grid lines, weekends) are drawn; unset, every
   * day of the axis (printing, or before the chart knows its width).
   */
  readonly timeWindow?: readonly [number, number];
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
 * The instant at a horizontal position of the chart (the inverse of {@link xOf}).
 *
 * @example
 * timeAt({ axis, dayWidth: 40 }, 40) //=> axis.start + 86_400_000
 */
export function timeAt(ctx: Pick<GanttContext, 'axis' | 'dayWidth'>, x: number): number {
  return ctx.axis.start + (x / ctx.dayWidth) * DAY;
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

/** Days on the axis (fractional on DST change days). */
export function axisDays(axis: Pick<TimeAxis, 'start' | 'end'>): number {
  return (axis.end - axis.start) / DAY;
}

/** A length in px for a style attribute, rounded to 1/100 px. */
export const px = (n: number): string => `${Math.round(n * 100) / 100}px`;

/** `left` and `width` of the span `[start, end)` on the chart. */
export function span(ctx: Pick<GanttContext, 'axis' | 'dayWidth'>, start: number, end: number): string {
  return `left:${px(xOf(ctx, start))};width:${px(xOf(ctx, end) - xOf(ctx, start))}`;
}
