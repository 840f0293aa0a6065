import type { Plan } from '../schemas/plan.js';
import type { MetricEvent, MetricScope } from '../schemas/targets.js';
import { LEVEL_METRICS } from '../schemas/targets.js';
import { metricNumber, scopeWindow, type MetricOrSpend } from '../plan/metric-value.js';

// Code-unit order, never localeCompare: the result must not depend on the machine's locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The log's "last write wins" order for metric events: by `at`, then by actor, then by id. */
function compareEntries(a: MetricEvent, b: MetricEvent): number {
  return a.at.getTime() - b.at.getTime() || cmp(a.by, b.by) || cmp(a.id ?? '', b.id ?? '') || cmp(JSON.stringify(a.value), JSON.stringify(b.value));
}

/** The key of "the same figure": one metric, one scope, one period. A later entry of the same key corrects it. */
function figureKey(e: MetricEvent): string {
  const s = e.scope;
  return JSON.stringify([e.metric, s.phase ?? null, s.channel ?? null, s.product ?? null, s.tier ?? null, e.refersTo.getTime()]);
}

/**
 * The figures of a log after corrections: of several entries for the same metric, scope and period, the
 * last one in log order wins (a seller re-entering yesterday's visitors replaces the first figure).
 *
 * @example
 * currentFigures([visitors1200, visitors1250SameDayLater]) //=> [visitors1250SameDayLater]
 */
export function currentFigures(events: readonly MetricEvent[]): MetricEvent[] {
  const last = new Map<string, MetricEvent>();
  for (const e of [...events].sort(compareEntries)) last.set(figureKey(e), e);
  return [...last.values()];
}

function tierOf(plan: Pick<Plan, 'products'>, scope: MetricScope): string | undefined {
  return scope.tier ?? (scope.product === undefined ? undefined : plan.products.find((p) => p.id === scope.product)?.tier);
}

/**
 * Whether an actual counts towards a scope: every field the scope sets must match (a product counts towards
 * its tier); a scope's phase takes actuals entered for that phase or referring to a time inside it.
 */
export function actualInScope(plan: Pick<Plan, 'phases' | 'products'>, scope: MetricScope, e: MetricEvent): boolean {
  if (scope.channel !== undefined && e.scope.channel !== scope.channel) return false;
  if (scope.product !== undefined && e.scope.product !== scope.product) return false;
  if (scope.tier !== undefined && tierOf(plan, e.scope) !== scope.tier) return false;
  if (e.scope.phase !== undefined) return scope.phase === undefined || e.scope.phase === scope.phase;
  const w = scopeWindow(plan, scope);
  return e.refersTo.getTime() >= w.start.getTime() && e.refersTo.getTime() < w.end.getTime();
}

/**
 * The actual of a metric in a scope as of `now`: the sum of the period figures referring to a time up to
 * `now`, or for a level metric (rates, average order value) the latest figure. `undefined` when nothing
 * was entered. Rates come back in millionths.
 *
 * @example
 * metricActual(plan, figures, 'visitors', { phase: 'warm-up' }, now) //=> 18400
 */
export function metricActual(
  plan: Pick<Plan, 'phases' | 'products'>,
  figures: readonly MetricEvent[],
  metric: MetricOrSpend,
  scope: MetricScope,
  now: Date,
): number | undefined {
  const matching = figures.filter((e) => e.metric === metric && e.refersTo.getTime() <= now.getTime() && actualInScope(plan, scope, e));
  if (matching.length === 0) return undefined;
  if ((LEVEL_METRICS as readonly string[]).includes(metric)) {
    const latest = matching.reduce((a, b) =>
      b.refersTo.getTime() > a.refersTo.getTime() || (b.refersTo.getTime() === a.refersTo.getTime() && compareEntries(b, a) > 0) ? b : a,
    );
    return metricNumber(latest.value);
  }
  return matching.reduce((sum, e) => sum + metricNumber(e.value), 0);
}
