import type { Plan } from '../schemas/plan.js';
import { nextActions, readiness, type NextAction, type Readiness, type StatusState } from '../readiness/index.js';
import { applyQuery } from './apply-query.js';
import type { TaskQueryInput } from './task-query.js';

/** Options of {@link queryReadiness}. */
export interface QueryReadinessOptions {
  /** How far ahead "due soon" looks, in milliseconds (readiness' default when absent). */
  readonly horizonMs?: number;
  /** At most this many next actions (default: all). */
  readonly limit?: number;
}

/** Readiness and next actions of a slice of a plan. */
export interface QueryReadiness {
  readonly readiness: Readiness;
  readonly nextActions: readonly NextAction[];
}

/**
 * Readiness and next actions counting only the work items a query selects: the marketing team's score, one
 * person's overdue list. Next actions keep the plan-wide order (what blocks a selected item comes first even
 * when it is not selected itself), then keep the selected ones.
 *
 * @example
 * const { readiness: r } = queryReadiness(plan, state, now, { workstreams: ['marketing'] });
 * r.overall.score //=> 71
 */
export function queryReadiness(plan: Plan, state: StatusState, now: Date, query: TaskQueryInput, options: QueryReadinessOptions = {}): QueryReadiness {
  const only = new Set(applyQuery(plan, query, state, now).map((i) => i.key));
  const r = readiness(plan, state, now, { ...(options.horizonMs !== undefined ? { horizonMs: options.horizonMs } : {}), only });
  const actions = nextActions(plan, state, now).filter((a) => only.has(a.key));
  return { readiness: r, nextActions: options.limit === undefined ? actions : actions.slice(0, options.limit) };
}
