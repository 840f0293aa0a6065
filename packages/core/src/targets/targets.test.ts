import { describe, expect, it } from 'vitest';
import { safeParsePlan } from '../plan/parse-plan.js';
import { decimalToMicros, microsToDecimal } from '../money/decimal.js';
import { currentFigures, metricActual } from './actuals.js';
import { budgetStatus, budgetWarnings } from './budget-status.js';
import { couponCosts, couponCostWarnings } from './coupon-cost.js';
import { paceFraction } from './pace.js';
import { targetProgress, targetWarnings } from './target-progress.js';
import { safeParseMetricEvent } from './metric-events.js';
import { metric, TARGETS_INPUT, targetsPlan } from './__fixtures__/targets-plan.js';

const d = (s: string) => new Date(s);

describe('exact decimals', () => {
  it('reads and writes rates without floats', () => {
    expect(decimalToMicros('0.035')).toBe(35_000);
    expect(decimalToMicros('1')).toBe(1_000_000);
    expect(microsToDecimal(35_000)).toBe('0.035');
    expect(microsToDecimal(decimalToMicros('0.1')) + microsToDecimal(decimalToMicros('0.2'))).toBe('0.10.2');
    expect(decimalToMicros('0.1') + decimalToMicros('0.2')).toBe(decimalToMicros('0.3'));
    expect(() => decimalToMicros('0.1234567')).toThrow(/exact decimal/);
  });
});

describe('pace', () => {
  const start = d('2026-11-11T08:00:00Z');
  const end = d('2026-11-13T08:00:00Z');
  it('is linear or front-loaded over the window and clamps outside it', () => {
    const mid = d('2026-11-12T08:00:00Z');
    expect(paceFraction('linear', start, end, mid)).toBe(0.5);
    expect(paceFraction('sale', start, end, mid)).toBeGreaterThan(0.9);
    expect(paceFraction('sale', start, end, d('2026-11-11T12:48:00Z'))).toBeGreaterThan(0.35); // a tenth of the window
    expect(paceFraction('sale', start, end, start)).toBe(0);
    expect(paceFraction('linear', start, end, d('2026-11-01T00:00:00Z'))).toBe(0);
    expect(paceFraction('sale', start, end, d('2026-12-01T00:00:00Z'))).toBeCloseTo(1, 12);
  });
});

describe('plan targets and budgets', () => {
  it('parse with the plan and are checked with paths', () => {
    expect(targetsPlan().targets).toHaveLength(5);
    const bad = safeParsePlan({
      ...TARGETS_INPUT,
      targets: [
        { id: 'cvr', metric: 'conversion-rate', value: 35 },
        { id: 'orders', metric: 'orders', value: '12.5' },
        { id: 'cvr', metric: 'conversion-rate', value: '1.5', scope: { phase: 'nope' } },
      ],
      budgets: [{ id: 'ads', channel: 'ads', phase: 'later', amount: 100 }],
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    const where = bad.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'targets.0.value invalid_metric_value',
        'targets.1.value invalid_metric_value',
        'targets.2.id duplicate_id',
        'targets.2.value invalid_metric_value',
        'targets.2.scope.phase unknown_phase',
        'budgets.0.phase unknown_phase',
      ]),
    );
  });
  it('reject money as a fraction of a minor unit and a rate as a float, naming the field', () => {
    const r = safeParsePlan({
      ...TARGETS_INPUT,
      budgets: [{ id: 'ads', channel: 'ads', amount: 10.5 }],
      targets: [{ id: 'c', metric: 'conversion-rate', value: 0.035 }],
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['budgets.0.amount', 'targets.0.value']));
  });
});

describe('actuals', () => {
  const plan = targetsPlan();
  it('sum period figures in the scope, and a later entry of the same figure corrects it', () => {
    const figures = currentFigures([
      metric({ metric: 'visitors', value: 1000, refersTo: '2026-10-28T23:59:00-07:00' }),
      metric({ metric: 'visitors', value: 1200, refersTo: '2026-10-29T23:59:00-07:00' }),
      metric({ metric: 'visitors', value: 1250, refersTo: '2026-10-29T23:59:00-07:00', at: '2026-11-21T09:00:00+08:00' }),
      metric({ metric: 'visitors', value: 9999, refersTo: '2026-10-10T23:59:00-07:00' }), // build-up, not warm-up
    ]);
    expect(figures).toHaveLength(3);
    expect(metricActual(plan, figures, 'visitors', { phase: 'warm-up' }, d('2026-11-20T00:00:00Z'))).toBe(2250);
    expect(metricActual(plan, figures, 'visitors', {}, d('2026-11-20T00:00:00Z'))).toBe(2250 + 9999);
    expect(metricActual(plan, figures, 'visitors', { phase: 'warm-up' }, d('2026-10-29T12:00:00Z'))).toBe(1000);
    expect(metricActual(plan, figures, 'orders', {}, d('2026-11-20T00:00:00Z'))).toBeUndefined();
  });
  it('merge in any order to the same figures', () => {
    const a = metric({ metric: 'orders', value: 10, refersTo: '2026-11-11T23:59:00-08:00', by: 'li', at: '2026-11-12T10:00:00+08:00' });
    const b = metric({ metric: 'orders', value: 12, refersTo: '2026-11-11T23:59:00-08:00', by: 'wang', at: '2026-11-12T10:00:00+08:00' });
    expect(currentFigures([a, b])).toEqual(currentFigures([b, a]));
    expect(currentFigures([a, b])[0]!.value).toBe(12);
  });
  it('take the latest level of a rate', () => {
    const figures = currentFigures([
      metric({ metric: 'conversion-rate', value: '0.02', refersTo: '2026-11-11T23:59:00-08:00' }),
      metric({ metric: 'conversion-rate', value: '0.031', refersTo: '2026-11-12T23:59:00-08:00' }),
    ]);
    expect(metricActual(plan, figures, 'conversion-rate', {}, d('2026-11-20T00:00:00Z'))).toBe(31_000);
  });
  it('validate a metric event: value kind and scope', () => {
    const r = safeParseMetricEvent(
      { type: 'metric', metric: 'conversion-rate', value: 2, refersTo: '2026-11-11T00:00:00Z', at: '2026-11-11T00:00:00Z', by: 'x', scope: { phase: 'zz' } },
      plan,
    );
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path.join('.'))).toEqual(['value', 'scope.phase']);
  });
});

describe('target progress', () => {
  const plan = targetsPlan();
  // Warm-up: Oct 28 00:00 PDT to Nov 11 00:00 PST (14 days + 1 h); now is half-way.
  const now = d('2026-11-04T07:30:00Z');
  const figures = currentFigures([
    metric({ metric: 'visitors', value: 7000, refersTo: '2026-11-02T23:59:00-08:00' }),
    metric({ metric: 'add-to-cart', value: 700, refersTo: '2026-11-02T23:59:00-08:00' }),
  ]);
  it('compares actuals with the pace line and flags warm-up metrics behind it', () => {
    const p = targetProgress(plan, figures, { now });
    const visitors = p.find((x) => x.target.id === 'visitors-warm-up')!;
    expect(visitors.expected).toBe(7000);
    expect(visitors.completion).toBe(0.5);
    expect(visitors.behind).toBe(false);
    const cart = p.find((x) => x.target.id === 'cart-warm-up')!;
    expect(cart.expected).toBe(1400);
    expect(cart.behind).toBe(true);
    const gmv = p.find((x) => x.target.id === 'gmv-peak')!;
    expect(gmv.behind).toBe(false); // the peak has not started
    expect(gmv.expected).toBe(0);
    const w = targetWarnings(plan, p);
    expect(w.map((i) => [i.code, i.path.join('.')])).toEqual([['target_behind_pace', 'targets.3']]);
  });
  it('a plan without targets has no progress and no warnings', () => {
    const bare = { ...plan, targets: undefined };
    expect(targetProgress(bare, figures, { now })).toEqual([]);
  });
});

describe('budgets', () => {
  const plan = targetsPlan();
  it('report spent, remaining, burn, projection and ROI; warn before running out', () => {
    const figures = currentFigures([
      metric({ metric: 'spend', scope: { channel: 'ads' }, value: 30_000, refersTo: '2026-10-29T23:59:00-07:00' }),
      metric({ metric: 'spend', scope: { channel: 'ads' }, value: 40_000, refersTo: '2026-10-30T23:59:00-07:00' }),
      metric({ metric: 'gmv', scope: { channel: 'ads' }, value: 350_000, refersTo: '2026-10-30T23:59:00-07:00' }),
    ]);
    const [ads] = budgetStatus(plan, figures, d('2026-10-31T07:00:00Z')); // Oct 31 00:00 PDT: 3 days into warm-up
    expect(ads!.spent).toBe(70_000);
    expect(ads!.remaining).toBe(70_000);
    expect(ads!.burnPerDay).toBe(23_333);
    expect(ads!.roi).toBe(5);
    expect(ads!.projected).toBeGreaterThan(140_000);
    expect(budgetWarnings(plan, budgetStatus(plan, figures, d('2026-10-31T07:00:00Z'))).map((w) => w.code)).toEqual(['budget_projected_over']);
  });
});

describe('coupon cost', () => {
  it('estimates orders x redemption x discount and warns over budget and margin', () => {
    const plan = targetsPlan();
    const [mj] = couponCosts(plan);
    expect(mj).toMatchObject({ basket: 2500, discountPerOrder: 300, orders: 2000, cost: 180_000 });
    expect(couponCosts(plan, { redemption: '0.25' })[0]!.cost).toBe(150_000);
    expect(couponCostWarnings(plan, couponCosts(plan)).map((w) => w.code)).toEqual(['coupon_cost_over_budget']);
    expect(couponCostWarnings(plan, couponCosts(plan, { redemption: '0.25' }))).toEqual([]);
    const thin = { ...plan, grossMarginPercent: 10 };
    expect(couponCostWarnings(thin, couponCosts(thin, { redemption: '0.25' })).map((w) => w.code)).toEqual(['coupon_cost_over_margin']);
  });
});

describe('target report text', () => {
  it('shows targets, budgets, coupon cost and warnings in English and Chinese', async () => {
    const { targetReport } = await import('./target-report.js');
    const { formatTargetReport } = await import('./report-text.js');
    const plan = targetsPlan();
    const events = [
      metric({ metric: 'add-to-cart', value: 700, refersTo: '2026-11-02T23:59:00-08:00' }),
      metric({ metric: 'conversion-rate', value: '0.0315', refersTo: '2026-11-02T23:59:00-08:00' }),
      metric({ metric: 'spend', scope: { channel: 'ads' }, value: 30_000, refersTo: '2026-10-29T23:59:00-07:00' }),
    ];
    const report = targetReport(plan, events, { now: new Date('2026-11-04T07:30:00Z') });
    const en = formatTargetReport(plan, report, 'en');
    expect(en).toContain('Add-to-cart · Warm-up  700 / 2,800  25%  (pace 1,400) BEHIND PACE');
    expect(en).toContain('Conversion rate · campaign  3.15% / 3.5%  90%');
    expect(en).toContain('Ads (直通车) · Warm-up  spent $300.00 / $1,400.00');
    expect(en).toContain('store-mj  $1,800.00 (2000 orders × $3.00)');
    expect(en).toContain(
      'Warnings\n  ! Visitors · Warm-up: no figures entered yet, the pace line is at 7,000\n  ! Add-to-cart · Warm-up: 700 of 2,800, below the pace line (1,400): push traffic now',
    );
    expect(en).toContain('! coupons are estimated to cost $1,800.00 at the orders target, above the coupon budget of $1,500.00');
    const zh = formatTargetReport(plan, report, 'zh-CN');
    expect(zh).toContain('加购数 · Warm-up  700 / 2,800  25%  (进度线 1,400) 落后进度');
    expect(zh).toContain('直通车 · Warm-up  已花 US$300.00 / US$1,400.00');
    expect(zh).toContain('! 加购数 · Warm-up：700 / 2,800，低于进度线（1,400），请加大引流');
  });
});

describe('the 11.11 template', () => {
  it('ships example targets and budget lines that pass the checks, for three years', async () => {
    const { instantiate } = await import('../templates/instantiate.js');
    const { getTemplate } = await import('../templates/registry.js');
    const { targetReport } = await import('./target-report.js');
    for (const year of [2026, 2027, 2028]) {
      const plan = instantiate(getTemplate('aliexpress-11-11'), { year, teamTimeZone: 'Asia/Shanghai' });
      expect(plan.targets!.map((t) => t.metric)).toEqual(expect.arrayContaining(['visitors', 'add-to-cart', 'wishlist', 'gmv', 'orders', 'conversion-rate']));
      expect(plan.budgets!.map((b) => b.channel)).toEqual(expect.arrayContaining(['ads', 'affiliate', 'off-site', 'coupons']));
      const before = targetReport(plan, [], { now: plan.phases[0]!.start });
      expect(before.warnings).toEqual([]);
      const peak = before.couponCosts.filter((c) => 'phase' in c.ladder.useWindow && c.ladder.useWindow.phase === 'peak');
      expect(peak.length).toBeGreaterThan(0);
      expect(peak.every((c) => c.orders === 2000)).toBe(true);
    }
  });
});
