// Several campaigns of one season in <campaign-planner>: their order, the one time window their charts share,
// the filter options over all of them, and core's season warnings in the planner's language.
import { ROLES, ROLE_LABELS, campaignEnd, campaignStart, localize, type Locale, type Plan, type Role } from '@campaign-planner/core';
import type { StatusState } from '@campaign-planner/core/readiness';
import type { MetricEvent, SeasonIssue } from '@campaign-planner/core/targets';
import { formatDue } from '../shared/format.js';

/** One campaign of a season, as `<campaign-planner>`'s `plans` takes it. */
export interface SeasonPlan {
  /** The plan (a parsed core `Plan`). */
  readonly plan: Plan;
  /** Its current statuses (core's `createStatusState(plan, events)`); the plan's own when unset. */
  readonly state?: StatusState;
  /** Its actuals and spend (metric events of its log), for the targets beside readiness. */
  readonly metrics?: readonly MetricEvent[];
}

/**
 * The campaigns in start order (then by id, so equal starts keep one order).
 *
 * @example
 * inStartOrder([twelveTwelve, elevenEleven].map((plan) => ({ plan }))).map((s) => s.plan.id) //=> ['…-11-11-2026', '…-12-12-2026']
 */
export function inStartOrder(plans: readonly SeasonPlan[]): SeasonPlan[] {
  return [...plans].sort(
    (a, b) => campaignStart(a.plan).getTime() - campaignStart(b.plan).getTime() || (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0),
  );
}

/**
 * The span from the first campaign's start to the last one's end: the `range` of every stacked chart, so
 * their axes line up.
 *
 * @example
 * seasonRange([{ plan: a }, { plan: b }]) //=> { start: a's start, end: b's end }
 */
export function seasonRange(plans: readonly SeasonPlan[]): { start: Date; end: Date } {
  const starts = plans.map((s) => campaignStart(s.plan).getTime());
  const ends = plans.map((s) => campaignEnd(s.plan).getTime());
  return { start: new Date(Math.min(...starts)), end: new Date(Math.max(...ends)) };
}

/**
 * A plan-shaped view of the whole season for the filter bar's options: every phase id once (campaigns share
 * the standard ones), every task. Only read for options, never drawn.
 *
 * @example
 * filterBar(optionsPlan(plans), locale, filter, matched, onChange)
 */
export function optionsPlan(plans: readonly SeasonPlan[]): Plan {
  const first = plans[0]!.plan;
  const phases = [...new Map(plans.flatMap((s) => s.plan.phases).map((p) => [p.id, p] as const)).values()];
  return { ...first, phases, tasks: plans.flatMap((s) => s.plan.tasks) };
}

const ZH_OVERLOAD = /^(.+) has (\d+) tasks due on (\S+) \((.+)\), more than (\d+): (.*)$/;

/**
 * A season warning in the planner's language: core's message in English; in Chinese a sentence built from
 * the warning's plans, task and product (times in `zone`, else the plan's platform zone).
 *
 * @example
 * seasonWarningText(issue, plans, 'zh-CN') //=> '黑色星期五 2026的报名「…」截止于 11月12日 …，正值双十一 2026的高峰期：请在其开始前报名'
 */
export function seasonWarningText(issue: SeasonIssue, plans: readonly Plan[], locale: Locale, zone?: string): string {
  if (locale === 'en') return issue.message;
  const plan = plans.find((p) => p.id === issue.plan);
  const other = plans.find((p) => p.id === issue.other);
  if (!plan) return issue.message;
  const name = (p: Plan) => localize(p.name, locale);
  const index = issue.path[1];
  const task = typeof index === 'number' ? plan.tasks[index] : undefined;
  const due = (d: Date) => formatDue(d, zone ?? plan.platformTimeZone, locale);
  if (issue.code === 'due_in_other_peak' && task && other)
    return `${name(plan)}的任务「${localize(task.title, locale)}」截止于 ${due(task.due)}，正值${name(other)}的高峰期：请调整时间或安排人手`;
  if (issue.code === 'registration_during_other_campaign' && task && other) {
    const phase = other.phases.find((p) => task.due >= p.start && task.due < p.end);
    const during = phase ? localize(phase.label, locale) : '';
    return `${name(plan)}的报名「${localize(task.title, locale)}」截止于 ${due(task.due)}，正值${name(other)}的${during}：请在其开始前报名`;
  }
  if (issue.code === 'stock_double_registered' && other) {
    const product = typeof index === 'number' ? plan.products[index] : undefined;
    if (product) return `商品「${product.id}」同时报名了${name(plan)}和${name(other)}，两者高峰期重叠，报名库存超过现有库存`;
  }
  const overload = issue.code === 'owner_overloaded' ? ZH_OVERLOAD.exec(issue.message) : null;
  if (overload) {
    const [, who, count, day, dayZone, max, campaigns] = overload;
    const names = campaigns!.split(', ').map((n) => {
      const p = plans.find((x) => x.name.en === n);
      return p ? name(p) : n;
    });
    const person = (ROLES as readonly string[]).includes(who!) ? localize(ROLE_LABELS[who as Role], locale) : who;
    return `${person} 在 ${day}（${dayZone}）有 ${count} 个任务到期，超过 ${max} 个：${names.join('、')}`;
  }
  return issue.message;
}
