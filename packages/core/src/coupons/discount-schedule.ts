import type { Issue } from '../errors/issue.js';
import type { DiscountSchedule } from '../schemas/discount-schedule.js';
import { checkLimitedTimeDiscount, type LimitedTimeDiscountLimits } from '../tiers/limited-time-discount.js';
import { formatISOInZone } from '../time/wall-time.js';
import { resolveWindow, type WindowContext } from './resolve-window.js';

/** A step of a schedule with its window as instants `[start, end)`. */
export interface ResolvedDiscountStep {
  readonly index: number;
  readonly percentOff: number;
  readonly start: Date;
  readonly end: Date;
  readonly stock?: number;
}

/**
 * The steps of a tiered single-item discount as instants, in time order. Phase-tied windows resolve in the
 * platform zone ("day 1 of the peak" is 00:00-24:00 US Pacific).
 *
 * @throws RangeError naming the step when a window cannot be resolved (use `checkDiscountSchedule` for all problems).
 * @example
 * resolveDiscountSchedule(schedule, plan).map((s) => [s.percentOff, s.start.toISOString()])
 * //=> [[20, '2026-11-11T08:00:00.000Z'], [10, '2026-11-12T08:00:00.000Z']]
 */
export function resolveDiscountSchedule(schedule: DiscountSchedule, ctx: WindowContext): ResolvedDiscountStep[] {
  return schedule.steps
    .map((step, index) => {
      const r = resolveWindow(step.window, ctx);
      if (!r.ok) throw new RangeError(`steps[${index}].window.${r.key}: ${r.message}`);
      const out: ResolvedDiscountStep = { index, percentOff: step.percentOff, start: r.start, end: r.end };
      return step.stock === undefined ? out : { ...out, stock: step.stock };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The percent off a schedule gives at an instant, or 0 outside its steps.
 *
 * @example
 * discountAt(schedule, plan, new Date('2026-11-12T10:00:00Z')) //=> 10
 */
export function discountAt(schedule: DiscountSchedule, ctx: WindowContext, instant: Date): number {
  const step = resolveDiscountSchedule(schedule, ctx).find((s) => s.start <= instant && instant < s.end);
  return step?.percentOff ?? 0;
}

/** Options of {@link checkDiscountSchedule}. */
export interface CheckScheduleOptions {
  /** Ids of the plan's products; when given, unknown product ids are errors. */
  readonly productIds?: ReadonlySet<string>;
  /** Limits of the limited-time discount tool. */
  readonly limits?: LimitedTimeDiscountLimits;
}

/**
 * The errors of a discount schedule: windows that do not resolve or leave the campaign, overlapping steps,
 * unknown products, and the limited-time discount tool's limits (40 products, under two months, lead time).
 *
 * @example
 * checkDiscountSchedule(schedule, plan) //=> [] when every step fits
 */
export function checkDiscountSchedule(schedule: DiscountSchedule, ctx: WindowContext, options: CheckScheduleOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const zone = ctx.platformTimeZone;
  const from = ctx.phases[0]?.start;
  const to = ctx.phases[ctx.phases.length - 1]?.end;
  const steps: ResolvedDiscountStep[] = [];
  schedule.steps.forEach((step, index) => {
    const r = resolveWindow(step.window, ctx);
    if (!r.ok) return void issues.push({ code: 'invalid_window', path: ['steps', index, 'window', r.key], message: r.message });
    if (from && to && (r.start < from || r.end > to))
      issues.push({
        code: 'window_outside_campaign',
        path: ['steps', index, 'window'],
        message: `${formatISOInZone(r.start, zone)} .. ${formatISOInZone(r.end, zone)} is outside the campaign`,
      });
    steps.push({ index, percentOff: step.percentOff, start: r.start, end: r.end });
  });
  steps.sort((a, b) => a.start.getTime() - b.start.getTime());
  steps.forEach((s, k) => {
    const prev = steps[k - 1];
    if (prev && s.start < prev.end)
      issues.push({
        code: 'steps_overlap',
        path: ['steps', s.index, 'window'],
        message: `overlaps step ${prev.index} (until ${formatISOInZone(prev.end, zone)}): one price at a time`,
      });
  });
  if (options.productIds)
    schedule.productIds.forEach((id, j) => {
      if (!options.productIds!.has(id)) issues.push({ code: 'unknown_product', path: ['productIds', j], message: `unknown product "${id}"` });
    });
  if (steps.length > 0) {
    const promotion = { productCount: schedule.productIds.length, start: steps[0]!.start, end: new Date(Math.max(...steps.map((s) => s.end.getTime()))) };
    const tool = checkLimitedTimeDiscount(schedule.createdAt ? { ...promotion, createdAt: schedule.createdAt } : promotion, zone, options.limits);
    for (const t of tool) issues.push(t.path[0] === 'end' ? { ...t, path: ['steps'] } : t);
  }
  return issues;
}
