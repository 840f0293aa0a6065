import { issuesFromZod } from '../errors/from-zod.js';
import type { Issue } from '../errors/issue.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { metricValueIssues, scopeIssues } from '../plan/metric-value.js';
import type { Plan } from '../schemas/plan.js';
import { metricEventSchema, type MetricEvent } from '../schemas/targets.js';

/** The result of {@link safeParseMetricEvent}. */
export type ParseMetricEventResult = { success: true; event: MetricEvent } | { success: false; issues: Issue[] };

/**
 * Validates one metric event's shape (and, given a plan, its value kind and scope) without throwing.
 *
 * @example
 * safeParseMetricEvent({ type: 'metric', metric: 'visitors', value: 1200, refersTo: '2026-11-02T23:59:00-08:00', at: '2026-11-03T01:00:00Z', by: 'mei' })
 */
export function safeParseMetricEvent(input: unknown, plan?: Pick<Plan, 'phases' | 'products'>): ParseMetricEventResult {
  const shape = metricEventSchema.safeParse(input);
  if (!shape.success) return { success: false, issues: issuesFromZod(shape.error) };
  const e = shape.data;
  const issues = [...metricValueIssues(e.metric, e.value, ['value']), ...(plan ? scopeIssues(plan, e.scope, ['scope']) : [])];
  return issues.length > 0 ? { success: false, issues } : { success: true, event: e };
}

/**
 * Validates one metric event; see {@link safeParseMetricEvent}.
 *
 * @throws PlanValidationError listing each problem with its path.
 */
export function parseMetricEvent(input: unknown, plan?: Pick<Plan, 'phases' | 'products'>): MetricEvent {
  const r = safeParseMetricEvent(input, plan);
  if (!r.success) throw new PlanValidationError(r.issues, 'metric event');
  return r.event;
}
