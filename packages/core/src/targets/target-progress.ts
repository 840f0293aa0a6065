import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { LEVEL_METRICS, type MetricEvent, type Target } from '../schemas/targets.js';
import { metricActual } from './actuals.js';
import { metricNumber, scopeWindow, type Window } from '../plan/metric-value.js';
import { paceFraction } from './pace.js';

/** Below this share of the pace line a summed metric is reported as behind pace. */
export const DEFAULT_PACE_TOLERANCE = 0.9;

/** How far a target is: actual against the target and against where the pace line says it should be now. */
export interface TargetProgress {
  readonly target: Target;
  /** The window the target is for (its phase, else the campaign). */
  readonly window: Window;
  /** The target as one integer (counts, minor units, or millionths for rates). */
  readonly goal: number;
  /** The actual so far in the same unit; 0 when nothing was entered. */
  readonly actual: number;
  /** Whether any figure was entered for it. */
  readonly reported: boolean;
  /** `actual / goal` (目标完成率); 1 or more when reached. */
  readonly completion: number;
  /** Where the pace line is now, in the target's unit (the goal itself for level metrics). */
  readonly expected: number;
  /** Whether the window has started and the actual is below the pace line by more than the tolerance. */
  readonly behind: boolean;
}

/** Options of {@link targetProgress}. */
export interface TargetProgressOptions {
  readonly now: Date;
  /** Share of the pace line below which a metric is behind; default {@link DEFAULT_PACE_TOLERANCE}. */
  readonly tolerance?: number;
}

/**
 * Progress of every target of a plan at `now`, from the log's current figures (see `currentFigures`).
 * Summed metrics (GMV, orders, visitors, add-to-cart, wishlist) are paced along the target's curve over its
 * window; level metrics (rates, average order value) are compared with the goal itself once reported.
 *
 * @example
 * targetProgress(plan, currentFigures(metricEvents), { now })
 * //=> [{ target: { id: 'visitors-warm-up', … }, goal: 40000, actual: 18400, completion: 0.46, expected: 20000, behind: false, … }]
 */
export function targetProgress(plan: Plan, figures: readonly MetricEvent[], options: TargetProgressOptions): TargetProgress[] {
  const tolerance = options.tolerance ?? DEFAULT_PACE_TOLERANCE;
  return (plan.targets ?? []).map((target) => {
    const window = scopeWindow(plan, target.scope);
    const goal = metricNumber(target.value);
    const found = metricActual(plan, figures, target.metric, target.scope, options.now);
    const actual = found ?? 0;
    const level = (LEVEL_METRICS as readonly string[]).includes(target.metric);
    const started = options.now.getTime() >= window.start.getTime();
    const expected = level ? goal : Math.round(goal * paceFraction(target.curve, window.start, window.end, options.now));
    const behind = started && (level ? found !== undefined && actual < goal * tolerance : actual < expected * tolerance);
    return { target, window, goal, actual, reported: found !== undefined, completion: goal === 0 ? 1 : actual / goal, expected, behind };
  });
}

/**
 * Warnings for targets behind pace, as issues with the target's path (`targets[2]`).
 *
 * @example
 * targetWarnings(plan, progress) //=> [{ code: 'target_behind_pace', path: ['targets', 2], message: 'add-to-cart in warm-up: 3,100 of 8,000 …' }]
 */
export function targetWarnings(plan: Plan, progress: readonly TargetProgress[]): Issue[] {
  const out: Issue[] = [];
  progress.forEach((p, i) => {
    if (!p.behind) return;
    const where = p.target.scope.phase ? ` in ${p.target.scope.phase}` : '';
    out.push({
      code: 'target_behind_pace',
      path: ['targets', (plan.targets ?? []).indexOf(p.target) >= 0 ? (plan.targets ?? []).indexOf(p.target) : i],
      message: `${p.target.metric}${where}: ${p.actual} of ${p.goal} (${Math.round(p.completion * 100)}%), the pace line is at ${p.expected}: push traffic now`,
    });
  });
  return out;
}
