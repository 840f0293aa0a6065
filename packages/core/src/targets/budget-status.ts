import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { BudgetLine, MetricEvent } from '../schemas/targets.js';
import { metricActual } from './actuals.js';
import { scopeWindow, type Window } from '../plan/metric-value.js';

const DAY = 86_400_000;

/** Where a budget line stands at `now`: spent, left, burn rate, projection and return. */
export interface BudgetStatus {
  readonly line: BudgetLine;
  readonly window: Window;
  /** Minor units spent so far (the `spend` figures of the line's channel and window). */
  readonly spent: number;
  /** `amount - spent`; negative when overspent. */
  readonly remaining: number;
  /** Minor units per elapsed day of the window (0 before it starts). */
  readonly burnPerDay: number;
  /** Spent at the end of the window if the burn rate holds. */
  readonly projected: number;
  /** GMV attributed to the channel in the window (minor units), when any was entered. */
  readonly attributedGmv: number | undefined;
  /** `attributedGmv / spent`, when both are known and something was spent. */
  readonly roi: number | undefined;
}

/**
 * Every budget line's status at `now`, from the log's current figures.
 *
 * @example
 * budgetStatus(plan, figures, new Date('2026-11-12T00:00:00Z'))
 * //=> [{ line: { id: 'ads-peak', channel: 'ads', amount: 300000 }, spent: 180000, remaining: 120000, roi: 6.2, … }]
 */
export function budgetStatus(plan: Plan, figures: readonly MetricEvent[], now: Date): BudgetStatus[] {
  return (plan.budgets ?? []).map((line) => {
    const scope = { channel: line.channel, ...(line.phase === undefined ? {} : { phase: line.phase }) };
    const window = scopeWindow(plan, scope);
    const spent = metricActual(plan, figures, 'spend', scope, now) ?? 0;
    const elapsed = Math.min(now.getTime(), window.end.getTime()) - window.start.getTime();
    const burnPerDay = elapsed > 0 ? Math.round((spent * DAY) / elapsed) : 0;
    const left = Math.max(0, window.end.getTime() - Math.max(now.getTime(), window.start.getTime()));
    const projected = elapsed > 0 ? spent + Math.round((spent * left) / elapsed) : spent;
    const attributedGmv = metricActual(plan, figures, 'gmv', scope, now);
    const roi = attributedGmv !== undefined && spent > 0 ? attributedGmv / spent : undefined;
    return { line, window, spent, remaining: line.amount - spent, burnPerDay, projected, attributedGmv, roi };
  });
}

/**
 * Warnings for budget lines: overspent, or projected to overspend at the current burn rate.
 *
 * @example
 * budgetWarnings(statuses) //=> [{ code: 'budget_projected_over', path: ['budgets', 0], message: 'ads budget … projected 3,600.00 of 3,000.00' }]
 */
export function budgetWarnings(plan: Plan, statuses: readonly BudgetStatus[]): Issue[] {
  const out: Issue[] = [];
  for (const s of statuses) {
    const path = ['budgets', (plan.budgets ?? []).indexOf(s.line)];
    if (s.remaining < 0)
      out.push({ code: 'budget_overspent', path, message: `${s.line.channel} budget "${s.line.id}" overspent: ${s.spent} of ${s.line.amount} minor units` });
    else if (s.projected > s.line.amount)
      out.push({
        code: 'budget_projected_over',
        path,
        message: `${s.line.channel} budget "${s.line.id}" will run out before the window ends: projected ${s.projected} of ${s.line.amount} minor units`,
      });
  }
  return out;
}
