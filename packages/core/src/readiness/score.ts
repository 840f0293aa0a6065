import type { Task } from '../schemas/task.js';

/**
 * The tag that marks a platform registration task (activities, coupons, single-item discounts).
 *
 * @example
 * plan.tasks.filter((t) => t.tags.includes(REGISTRATION_TAG))
 */
export const REGISTRATION_TAG = 'registration';

/**
 * The score's penalty factors (see {@link readinessScore}).
 *
 * @example
 * SCORE_PENALTIES.overdue //=> 0.5
 */
export const SCORE_PENALTIES = { overdue: 0.5, criticalAtRisk: 0.5 } as const;

/** Weighted sums over work items that the score is computed from (skipped items are left out). */
export interface ScoreInput {
  /** Effective weight of every item not skipped. */
  readonly total: number;
  /** ... of the done items. */
  readonly done: number;
  /** ... of the open items due before `now`. */
  readonly overdue: number;
  /** ... of the open critical items due before `now + horizon` (overdue or due soon). */
  readonly criticalAtRisk: number;
}

/**
 * The weight an item counts with in the score: its weight, doubled when critical, plus as much again when
 * it is a registration (tag `registration`): a critical registration counts three times.
 *
 * @example
 * effectiveWeight({ weight: 2, critical: true, tags: ['registration'] }) //=> 6
 */
export function effectiveWeight(task: Pick<Task, 'critical' | 'tags'>, weight: number): number {
  return weight * (1 + (task.critical ? 1 : 0) + (task.tags.includes(REGISTRATION_TAG) ? 1 : 0));
}

/**
 * The readiness score, 0-100:
 * `round(100 × max(0, (done − 0.5 × overdue − 0.5 × criticalAtRisk) / total))`, or 100 when nothing is
 * left to do. Each term is a sum of effective weights ({@link effectiveWeight}). Finishing an item adds its
 * weight to `done` and can only remove it from the penalties, so the score never drops when work is done;
 * finishing a critical registration raises it three times as much as an ordinary task of the same weight.
 *
 * @example
 * readinessScore({ total: 10, done: 6, overdue: 2, criticalAtRisk: 0 }) //=> 50
 */
export function readinessScore(input: ScoreInput): number {
  if (input.total <= 0) return 100;
  const net = input.done - SCORE_PENALTIES.overdue * input.overdue - SCORE_PENALTIES.criticalAtRisk * input.criticalAtRisk;
  // Rounded to 9 decimals first: sums of shared weights (a third of a task per occurrence) differ in their
  // last bits with the order they were added in, and 37.4999999999 and 37.5000000001 must both give 38.
  return Math.round(Number(((100 * Math.max(0, net)) / input.total).toFixed(9)));
}
