import { bestTier } from '../coupons/cart.js';
import type { Issue } from '../errors/issue.js';
import type { CouponLadder } from '../schemas/coupon-ladder.js';
import type { Plan } from '../schemas/plan.js';
import type { Target } from '../schemas/targets.js';
import { decimalToMicros, MICROS } from '../money/decimal.js';

/** Share of orders assumed to redeem a ladder when none is given: 30%. */
export const DEFAULT_REDEMPTION = '0.3';

/** The estimated cost of one coupon ladder against the orders target. */
export interface CouponCost {
  readonly ladder: CouponLadder;
  /** The basket the discount is measured on (minor units): the ladder's reference price, else the AOV target, else its first threshold. */
  readonly basket: number;
  /** Discount given on that basket (minor units). */
  readonly discountPerOrder: number;
  /** Orders the estimate is for (the orders target of the ladder's phase, else of the campaign); 0 when there is none. */
  readonly orders: number;
  /** `orders x redemption x discountPerOrder`, minor units, rounded half up. */
  readonly cost: number;
}

/** Options of {@link couponCosts}. */
export interface CouponCostOptions {
  /** Share of orders that redeem, as an exact decimal text; default {@link DEFAULT_REDEMPTION}. */
  readonly redemption?: string;
}

const whole = (t: Target) => t.scope.channel === undefined && t.scope.product === undefined && t.scope.tier === undefined;

function ordersFor(plan: Plan, phase: string | undefined): number {
  const targets = (plan.targets ?? []).filter((t) => t.metric === 'orders' && whole(t));
  const t = targets.find((x) => x.scope.phase === phase) ?? targets.find((x) => x.scope.phase === undefined);
  return typeof t?.value === 'number' ? t.value : 0;
}

function basketFor(plan: Plan, ladder: CouponLadder): number {
  if (ladder.referenceUnitPrice !== undefined) return ladder.referenceUnitPrice;
  const aov = (plan.targets ?? []).find((t) => t.metric === 'average-order-value' && whole(t));
  if (typeof aov?.value === 'number') return aov.value;
  return ladder.tiers[0]!.minSpend;
}

/**
 * What each coupon ladder of the plan would cost the seller if the orders target is met: the discount the
 * best tier reached by the reference basket gives, times the orders that redeem.
 *
 * @example
 * couponCosts(plan) //=> [{ ladder: { id: 'store-mj', … }, basket: 2500, discountPerOrder: 300, orders: 4000, cost: 360000 }]
 */
export function couponCosts(plan: Plan, options: CouponCostOptions = {}): CouponCost[] {
  const redemption = decimalToMicros(options.redemption ?? DEFAULT_REDEMPTION);
  return plan.couponLadders.map((ladder) => {
    const basket = basketFor(plan, ladder);
    const discountPerOrder = bestTier(ladder, basket)?.discount ?? 0;
    const orders = ordersFor(plan, 'phase' in ladder.useWindow ? ladder.useWindow.phase : undefined);
    const cost = Math.round((orders * redemption * discountPerOrder) / MICROS);
    return { ladder, basket, discountPerOrder, orders, cost };
  });
}

/**
 * Warnings when the ladders' estimated cost exceeds the coupon budget lines, or a ladder's discount on its
 * basket exceeds the plan's gross margin (every redeemed order would lose money).
 *
 * @example
 * couponCostWarnings(plan, couponCosts(plan)) //=> [{ code: 'coupon_cost_over_budget', path: ['budgets'], … }]
 */
export function couponCostWarnings(plan: Plan, costs: readonly CouponCost[]): Issue[] {
  const out: Issue[] = [];
  const lines = (plan.budgets ?? []).filter((b) => b.channel === 'coupons');
  const total = costs.reduce((s, c) => s + c.cost, 0);
  const budget = lines.reduce((s, b) => s + b.amount, 0);
  if (lines.length > 0 && total > budget)
    out.push({
      code: 'coupon_cost_over_budget',
      path: ['budgets', (plan.budgets ?? []).indexOf(lines[0]!)],
      message: `coupons are estimated to cost ${total} minor units at the orders target, above the coupon budget of ${budget}`,
    });
  if (plan.grossMarginPercent !== undefined)
    costs.forEach((c) => {
      if (c.basket > 0 && c.discountPerOrder * 100 > c.basket * plan.grossMarginPercent!)
        out.push({
          code: 'coupon_cost_over_margin',
          path: ['couponLadders', plan.couponLadders.indexOf(c.ladder)],
          message: `ladder "${c.ladder.id}" gives ${c.discountPerOrder} off a ${c.basket} basket, more than the ${plan.grossMarginPercent}% gross margin`,
        });
    });
  return out;
}
