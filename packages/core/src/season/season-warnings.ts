import type { Issue } from '../errors/issue.js';
import { REGISTRATION_TAG } from '../readiness/index.js';
import { taskOccurrences } from '../plan/occurrences.js';
import type { Phase } from '../schemas/phase.js';
import type { Plan } from '../schemas/plan.js';
import { formatCalendarDate, formatInZone, toWallTime } from '../time/wall-time.js';

/** Tasks one person (or role) may have due on one team day before the season reports an overload. */
export const DEFAULT_MAX_TASKS_PER_DAY = 6;

/** A problem found across the plans of a season: an issue inside one plan (`plan`), often naming another. */
export interface SeasonIssue extends Issue {
  /** Id of the plan the path points into. */
  readonly plan: string;
  /** Id of the other plan involved, when there is one. */
  readonly other?: string;
}

/** Options of {@link seasonWarnings}. */
export interface SeasonOptions {
  /** More tasks than this due on one team day for one owner or role is an overload; default {@link DEFAULT_MAX_TASKS_PER_DAY}. */
  readonly maxTasksPerDay?: number;
  /** Zone whose days count for overloads; default the first plan's team zone. */
  readonly teamTimeZone?: string;
}

const peakOf = (plan: Plan): Phase | undefined => plan.phases.find((p) => p.id === 'peak');
const inside = (t: Date, p: Phase) => t.getTime() >= p.start.getTime() && t.getTime() < p.end.getTime();
const name = (plan: Plan) => plan.name.en;

function crossCampaign(plans: readonly Plan[], out: SeasonIssue[]): void {
  for (const plan of plans) {
    for (const other of plans) {
      if (other === plan) continue;
      const peak = peakOf(other);
      const otherPeakFirst = peak !== undefined && (peakOf(plan)?.start.getTime() ?? Infinity) > peak.start.getTime();
      const busy = otherPeakFirst ? other.phases.filter((p) => p.id === 'warm-up' || p.id === 'peak') : [];
      plan.tasks.forEach((task, i) => {
        const path = ['tasks', i, 'due'];
        const zone = plan.platformTimeZone;
        const busyPhase = task.tags.includes(REGISTRATION_TAG) ? busy.find((p) => inside(task.due, p)) : undefined;
        if (busyPhase)
          out.push({
            code: 'registration_during_other_campaign',
            path,
            plan: plan.id,
            other: other.id,
            message: `${name(plan)} registration "${task.title.en}" closes ${formatInZone(task.due, zone)}, during ${name(other)}'s ${busyPhase.id}: register before it starts`,
          });
        else if (peak && inside(task.due, peak))
          out.push({
            code: 'due_in_other_peak',
            path,
            plan: plan.id,
            other: other.id,
            message: `${name(plan)} task "${task.title.en}" is due ${formatInZone(task.due, zone)}, inside ${name(other)}'s peak: move it or staff it`,
          });
      });
    }
  }
}

function overloads(plans: readonly Plan[], options: SeasonOptions, out: SeasonIssue[]): void {
  const max = options.maxTasksPerDay ?? DEFAULT_MAX_TASKS_PER_DAY;
  const zone = options.teamTimeZone ?? plans[0]?.teamTimeZone ?? 'UTC';
  const days = new Map<string, { plan: Plan; index: number }[]>();
  for (const plan of plans)
    plan.tasks.forEach((task, index) => {
      const who = task.owner ?? task.role;
      if (who === undefined) return;
      for (const due of taskOccurrences(plan, task)) {
        const key = `${who}\u0000${formatCalendarDate(toWallTime(due, zone))}`;
        const list = days.get(key) ?? [];
        list.push({ plan, index });
        days.set(key, list);
      }
    });
  for (const [key, list] of days) {
    if (list.length <= max) continue;
    const [who, day] = key.split('\u0000') as [string, string];
    const first = list[0]!;
    const campaigns = [...new Set(list.map((x) => name(x.plan)))].join(', ');
    out.push({
      code: 'owner_overloaded',
      path: ['tasks', first.index, 'owner'],
      plan: first.plan.id,
      message: `${who} has ${list.length} tasks due on ${day} (${zone}), more than ${max}: ${campaigns}`,
    });
  }
}

function stock(plans: readonly Plan[], out: SeasonIssue[]): void {
  plans.forEach((plan, a) => {
    plans.slice(a + 1).forEach((other) => {
      const p1 = peakOf(plan);
      const p2 = peakOf(other);
      if (!p1 || !p2 || p1.start.getTime() >= p2.end.getTime() || p2.start.getTime() >= p1.end.getTime()) return;
      plan.products.forEach((product, i) => {
        const twin = other.products.find((p) => p.id === product.id);
        if (!twin) return;
        const registered = (p: typeof product) => p.registrations.reduce((s, r) => s + (r.registeredStock ?? 0), 0);
        const total = registered(product) + registered(twin);
        const units = product.skus.reduce((s, k) => s + k.stock, 0);
        if (registered(product) === 0 || registered(twin) === 0 || total <= units) return;
        out.push({
          code: 'stock_double_registered',
          path: ['products', i, 'registrations'],
          plan: plan.id,
          other: other.id,
          message: `product "${product.id}": ${registered(product)} units registered for ${name(plan)} and ${registered(twin)} for ${name(other)}, whose peaks overlap, but only ${units} in stock`,
        });
      });
    });
  });
}

/**
 * Checks across the campaigns of one season (one team): tasks due inside another campaign's peak,
 * registrations of a later sale closing during an earlier one's warm-up or peak, one owner or role with too
 * many tasks due on one team day, and stock registered for two activities whose peaks overlap.
 *
 * @example
 * seasonWarnings([elevenEleven, blackFriday, twelveTwelve])
 * //=> [{ code: 'registration_during_other_campaign', plan: 'aliexpress-black-friday-2026', other: 'aliexpress-11-11-2026', … }]
 */
export function seasonWarnings(plans: readonly Plan[], options: SeasonOptions = {}): SeasonIssue[] {
  const out: SeasonIssue[] = [];
  crossCampaign(plans, out);
  overloads(plans, options, out);
  stock(plans, out);
  return out;
}
