import type { Locale } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import { formatMoney } from '../money/format-money.js';
import { MICROS } from '../money/decimal.js';
import { MONEY_METRICS, RATE_METRICS, type Metric } from '../schemas/targets.js';
import { CHANNEL_LABELS, METRIC_LABELS } from './labels.js';
import type { TargetReport } from './target-report.js';

const TEXT = {
  en: {
    targets: 'Targets',
    budgets: 'Budgets',
    coupons: 'Coupon cost at the orders target',
    warnings: 'Warnings',
    pace: 'pace',
    behind: 'BEHIND PACE',
    spent: 'spent',
    left: 'left',
    perDay: '/day',
    roi: 'ROI',
    orders: 'orders',
    none: 'none',
    campaign: 'campaign',
  },
  'zh-CN': {
    targets: '目标',
    budgets: '预算',
    coupons: '按订单目标估算的优惠券成本',
    warnings: '提醒',
    pace: '进度线',
    behind: '落后进度',
    spent: '已花',
    left: '剩余',
    perDay: '/天',
    roi: 'ROI',
    orders: '单',
    none: '无',
    campaign: '整个活动',
  },
} as const;

function value(plan: Plan, metric: Metric, n: number, locale: Locale): string {
  if ((MONEY_METRICS as readonly string[]).includes(metric)) return formatMoney({ amount: n, currency: plan.currency }, locale);
  // Display only: the exact figure stays in millionths; a percent with two decimals is what sellers read.
  if ((RATE_METRICS as readonly string[]).includes(metric))
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n / MICROS);
  return new Intl.NumberFormat(locale).format(n);
}

const WARN = {
  en: {
    behind: (what: string, a: string, g: string, e: string) => `${what}: ${a} of ${g}, below the pace line (${e}): push traffic now`,
    silent: (what: string, e: string) => `${what}: no figures entered yet, the pace line is at ${e}`,
    over: (what: string, s: string, a: string) => `${what}: overspent, ${s} of ${a}`,
    projected: (what: string, p: string, a: string) => `${what}: at this burn rate ${p} of ${a} by the end`,
    coupons: (c: string, b: string) => `coupons are estimated to cost ${c} at the orders target, above the coupon budget of ${b}`,
    margin: (id: string) => `ladder "${id}" gives away more than the gross margin on its basket`,
  },
  'zh-CN': {
    behind: (what: string, a: string, g: string, e: string) => `${what}：${a} / ${g}，低于进度线（${e}），请加大引流`,
    silent: (what: string, e: string) => `${what}：尚未录入数据，进度线为 ${e}`,
    over: (what: string, s: string, a: string) => `${what}：已超支，${s} / ${a}`,
    projected: (what: string, p: string, a: string) => `${what}：按当前花费速度，结束时将达 ${p}（预算 ${a}）`,
    coupons: (c: string, b: string) => `按订单目标估算优惠券成本 ${c}，超出优惠券预算 ${b}`,
    margin: (id: string) => `优惠券 "${id}" 的让利超过毛利率`,
  },
} as const;

/**
 * The report's warnings as sentences in the reader's language, built from its figures (the issues' own
 * messages are English). The CLI and the elements show these.
 *
 * @example
 * targetWarningLines(plan, report, 'zh-CN') //=> ['加购数 · 预热期：700 / 2,800，低于进度线（1,400），请加大引流']
 */
export function targetWarningLines(plan: Plan, report: TargetReport, locale: Locale): string[] {
  const w = WARN[locale];
  const money = (n: number) => formatMoney({ amount: n, currency: plan.currency }, locale);
  const out: string[] = [];
  for (const p of report.progress) {
    if (!p.behind) continue;
    const phase = p.target.scope.phase;
    const what = `${METRIC_LABELS[p.target.metric][locale]}${phase ? ` · ${plan.phases.find((x) => x.id === phase)?.label[locale] ?? phase}` : ''}`;
    const v = (n: number) => value(plan, p.target.metric, n, locale);
    out.push(p.reported ? w.behind(what, v(p.actual), v(p.goal), v(p.expected)) : w.silent(what, v(p.expected)));
  }
  for (const b of report.budgets) {
    const what = `${CHANNEL_LABELS[b.line.channel][locale]} (${b.line.id})`;
    if (b.remaining < 0) out.push(w.over(what, money(b.spent), money(b.line.amount)));
    else if (b.projected > b.line.amount) out.push(w.projected(what, money(b.projected), money(b.line.amount)));
  }
  for (const i of report.warnings) {
    if (i.code === 'coupon_cost_over_budget') {
      const budget = (plan.budgets ?? []).filter((b) => b.channel === 'coupons').reduce((s, b) => s + b.amount, 0);
      out.push(w.coupons(money(report.couponCosts.reduce((s, c) => s + c.cost, 0)), money(budget)));
    }
    if (i.code === 'coupon_cost_over_margin') out.push(w.margin(plan.couponLadders[i.path[1] as number]?.id ?? ''));
  }
  return out;
}

/**
 * The target report as text for a terminal or a chat message, in English or Chinese.
 *
 * @example
 * formatTargetReport(plan, targetReport(plan, events, { now }), 'zh-CN')
 * //=> '目标\n  成交额 · peak  US$12,000.00 / US$50,000.00  24%  (进度线 US$30,000.00) 落后进度\n…'
 */
export function formatTargetReport(plan: Plan, report: TargetReport, locale: Locale = 'en'): string {
  const t = TEXT[locale];
  const money = (n: number) => formatMoney({ amount: n, currency: plan.currency }, locale);
  const phaseName = (id: string | undefined) => (id === undefined ? t.campaign : (plan.phases.find((p) => p.id === id)?.label[locale] ?? id));
  const lines: string[] = [];
  if (report.progress.length > 0) {
    lines.push(t.targets);
    for (const p of report.progress) {
      const m = p.target.metric;
      const scope = [
        phaseName(p.target.scope.phase),
        p.target.scope.channel && CHANNEL_LABELS[p.target.scope.channel][locale],
        p.target.scope.product,
        p.target.scope.tier,
      ]
        .filter(Boolean)
        .join(' · ');
      lines.push(
        `  ${METRIC_LABELS[m][locale]} · ${scope}  ${value(plan, m, p.actual, locale)} / ${value(plan, m, p.goal, locale)}  ${Math.round(p.completion * 100)}%  (${t.pace} ${value(plan, m, p.expected, locale)})${p.behind ? ` ${t.behind}` : ''}`,
      );
    }
  }
  if (report.budgets.length > 0) {
    lines.push(t.budgets);
    for (const b of report.budgets)
      lines.push(
        `  ${CHANNEL_LABELS[b.line.channel][locale]} · ${phaseName(b.line.phase)}  ${t.spent} ${money(b.spent)} / ${money(b.line.amount)}, ${t.left} ${money(b.remaining)}, ${money(b.burnPerDay)}${t.perDay}${b.roi === undefined ? '' : `, ${t.roi} ${b.roi.toFixed(2)}`}`,
      );
  }
  if (report.couponCosts.some((c) => c.orders > 0)) {
    lines.push(t.coupons);
    for (const c of report.couponCosts) lines.push(`  ${c.ladder.id}  ${money(c.cost)} (${c.orders} ${t.orders} × ${money(c.discountPerOrder)})`);
  }
  const warnings = targetWarningLines(plan, report, locale);
  if (warnings.length > 0) lines.push(t.warnings, ...warnings.map((w) => `  ! ${w}`));
  return lines.join('\n');
}
