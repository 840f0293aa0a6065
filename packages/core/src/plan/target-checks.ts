import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { metricValueIssues, scopeIssues } from './metric-value.js';

/**
 * Cross-field rules of targets and budget lines: unique ids, known phases and products, values of the
 * metric's kind (rates as decimal texts from 0 to 1, counts and money as whole numbers).
 *
 * @example
 * targetIssues(plan) //=> [{ code: 'invalid_metric_value', path: ['targets', 0, 'value'], … }]
 */
export function targetIssues(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  (plan.targets ?? []).forEach((t, i) => {
    const first = seen.get(t.id);
    if (first !== undefined)
      issues.push({ code: 'duplicate_id', path: ['targets', i, 'id'], message: `duplicate id "${t.id}" (first used at targets[${first}])` });
    else seen.set(t.id, i);
    issues.push(...metricValueIssues(t.metric, t.value, ['targets', i, 'value']), ...scopeIssues(plan, t.scope, ['targets', i, 'scope']));
  });
  const lines = new Map<string, number>();
  (plan.budgets ?? []).forEach((b, i) => {
    const first = lines.get(b.id);
    if (first !== undefined)
      issues.push({ code: 'duplicate_id', path: ['budgets', i, 'id'], message: `duplicate id "${b.id}" (first used at budgets[${first}])` });
    else lines.set(b.id, i);
    if (b.phase !== undefined) issues.push(...scopeIssues(plan, { phase: b.phase }, ['budgets', i]));
  });
  return issues;
}
