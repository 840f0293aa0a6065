import type { Issue, IssuePath } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { RATE_METRICS, type Metric, type MetricScope, type MetricValue } from '../schemas/targets.js';
import { decimalToMicros, MICROS } from '../money/decimal.js';

/** A metric id, or `spend` for money spent on a channel. */
export type MetricOrSpend = Metric | 'spend';

/**
 * A metric value as one exact integer: counts and minor units as they are, rates (decimal texts) in millionths.
 *
 * @example
 * metricNumber('0.035') //=> 35000
 * metricNumber(150000) //=> 150000
 */
export function metricNumber(value: MetricValue): number {
  if (typeof value === 'string') return decimalToMicros(value);
  return value;
}

/**
 * Problems of a value for its metric: rates are decimal texts from 0 to 1; every other metric (counts,
 * money in minor units, spend) is a whole number.
 *
 * @example
 * metricValueIssues('conversion-rate', 3.5, ['targets', 0, 'value']) //=> [{ code: 'invalid_metric_value', … }]
 */
export function metricValueIssues(metric: MetricOrSpend, value: MetricValue, path: IssuePath): Issue[] {
  const isRate = (RATE_METRICS as readonly string[]).includes(metric);
  if (isRate && typeof value !== 'string')
    return [{ code: 'invalid_metric_value', path, message: `${metric} is a rate: expected a decimal text from 0 to 1, e.g. "0.035"` }];
  if (isRate && decimalToMicros(value as string) > MICROS)
    return [{ code: 'invalid_metric_value', path, message: `${metric} is a rate: expected at most "1", got "${value}"` }];
  if (!isRate && typeof value === 'string')
    return [{ code: 'invalid_metric_value', path, message: `${metric} is counted in whole numbers (money in minor units): expected a number, got "${value}"` }];
  return [];
}

/**
 * Problems of a scope against a plan: its phase and product must exist.
 *
 * @example
 * scopeIssues(plan, { phase: 'nope' }, ['targets', 0, 'scope']) //=> [{ code: 'unknown_phase', … }]
 */
export function scopeIssues(plan: Pick<Plan, 'phases' | 'products'>, scope: MetricScope, path: IssuePath): Issue[] {
  const issues: Issue[] = [];
  if (scope.phase !== undefined && !plan.phases.some((p) => p.id === scope.phase))
    issues.push({
      code: 'unknown_phase',
      path: [...path, 'phase'],
      message: `unknown phase "${scope.phase}", expected one of ${plan.phases.map((p) => p.id).join(', ')}`,
    });
  if (scope.product !== undefined && !plan.products.some((p) => p.id === scope.product))
    issues.push({ code: 'unknown_product', path: [...path, 'product'], message: `unknown product "${scope.product}"` });
  return issues;
}

/** A half-open window of instants `[start, end)`. */
export interface Window {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The window a scope covers: its phase, else the whole campaign (first phase start to last phase end).
 *
 * @example
 * scopeWindow(plan, { phase: 'peak' }) //=> { start: 2026-11-11T08:00Z, end: 2026-11-13T08:00Z }
 */
export function scopeWindow(plan: Pick<Plan, 'phases'>, scope: Pick<MetricScope, 'phase'>): Window {
  const phase = scope.phase === undefined ? undefined : plan.phases.find((p) => p.id === scope.phase);
  if (phase) return { start: phase.start, end: phase.end };
  return { start: plan.phases[0]!.start, end: plan.phases[plan.phases.length - 1]!.end };
}
