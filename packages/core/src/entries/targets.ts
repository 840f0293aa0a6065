// @campaign-planner/core/targets: what a campaign must achieve and may spend (targets, actuals as metric
// events, pace, budgets, coupon cost) and the season: checks across several campaigns of one team.
// The plan-level schemas (targetSchema, budgetLineSchema, metricEventSchema) are exported here too.
export {
  METRICS,
  MONEY_METRICS,
  RATE_METRICS,
  LEVEL_METRICS,
  MARKETING_CHANNELS,
  PACE_CURVES,
  decimalSchema,
  metricValueSchema,
  metricScopeSchema,
  targetSchema,
  budgetLineSchema,
  metricEventSchema,
} from '../schemas/targets.js';
export type {
  Metric,
  MarketingChannel,
  PaceCurve,
  MetricValue,
  MetricScope,
  Target,
  TargetInput,
  BudgetLine,
  MetricEvent,
  MetricEventInput,
} from '../schemas/targets.js';
export { decimalToMicros, microsToDecimal, MICROS } from '../money/decimal.js';
export { metricNumber, scopeWindow } from '../plan/metric-value.js';
export type { Window, MetricOrSpend } from '../plan/metric-value.js';
export { safeParseMetricEvent, parseMetricEvent } from '../targets/metric-events.js';
export type { ParseMetricEventResult } from '../targets/metric-events.js';
export { currentFigures, metricActual, actualInScope } from '../targets/actuals.js';
export { paceFraction, SALE_CURVE_STEEPNESS } from '../targets/pace.js';
export { targetProgress, targetWarnings, DEFAULT_PACE_TOLERANCE } from '../targets/target-progress.js';
export type { TargetProgress, TargetProgressOptions } from '../targets/target-progress.js';
export { budgetStatus, budgetWarnings } from '../targets/budget-status.js';
export type { BudgetStatus } from '../targets/budget-status.js';
export { couponCosts, couponCostWarnings, DEFAULT_REDEMPTION } from '../targets/coupon-cost.js';
export type { CouponCost, CouponCostOptions } from '../targets/coupon-cost.js';
export { targetReport } from '../targets/target-report.js';
export type { TargetReport, TargetReportOptions } from '../targets/target-report.js';
export { formatTargetReport, targetWarningLines } from '../targets/report-text.js';
export { METRIC_LABELS, CHANNEL_LABELS } from '../targets/labels.js';
export { seasonWarnings, DEFAULT_MAX_TASKS_PER_DAY } from '../season/season-warnings.js';
export type { SeasonIssue, SeasonOptions } from '../season/season-warnings.js';
export { importMetricsCSV } from '../import/metrics-csv.js';
export type { ImportMetricsOptions, ImportMetricsResult } from '../import/metrics-csv.js';
export { metricEventsFromLog, serializeMetricEvent } from '../targets/metric-log.js';
export type { MetricLogIssue, MetricLogResult } from '../targets/metric-log.js';
