import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { MetricEvent } from '../schemas/targets.js';
import { currentFigures } from './actuals.js';
import { budgetStatus, budgetWarnings, type BudgetStatus } from './budget-status.js';
import { couponCosts, couponCostWarnings, type CouponCost } from './coupon-cost.js';
import { targetProgress, targetWarnings, type TargetProgress } from './target-progress.js';

/** Everything the readiness view and the CLI show about targets, budgets and coupon cost at one `now`. */
export interface TargetReport {
  readonly progress: readonly TargetProgress[];
  readonly budgets: readonly BudgetStatus[];
  readonly couponCosts: readonly CouponCost[];
  /** Behind-pace targets, budgets running out, coupon cost over budget or margin. */
  readonly warnings: readonly Issue[];
}

/** Options of {@link targetReport}. */
export interface TargetReportOptions {
  readonly now: Date;
  /** Share of the pace line below which a metric is behind (default 0.9). */
  readonly tolerance?: number;
  /** Share of orders that redeem a coupon, as a decimal text (default "0.3"). */
  readonly redemption?: string;
}

/**
 * Targets against actuals and pace, budget burn and ROI, and coupon cost, from a plan and the metric events
 * of its log (corrections applied: the last entry of a figure wins).
 *
 * @example
 * const report = targetReport(plan, metricEvents, { now: new Date() });
 * report.warnings //=> [{ code: 'target_behind_pace', path: ['targets', 3], message: 'add-to-cart in warm-up: …' }]
 */
export function targetReport(plan: Plan, events: readonly MetricEvent[], options: TargetReportOptions): TargetReport {
  const figures = currentFigures(events);
  const progress = targetProgress(plan, figures, { now: options.now, ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }) });
  const budgets = budgetStatus(plan, figures, options.now);
  const costs = couponCosts(plan, options.redemption === undefined ? {} : { redemption: options.redemption });
  const warnings = [
    ...targetWarnings(plan, progress),
    ...budgetWarnings(plan, budgets),
    ...((plan.targets ?? []).length > 0 ? couponCostWarnings(plan, costs) : []),
  ];
  return { progress, budgets, couponCosts: costs, warnings };
}
