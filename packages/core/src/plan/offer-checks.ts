import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { checkLadder } from '../coupons/check-ladder.js';
import { checkDiscountSchedule } from '../coupons/discount-schedule.js';
import type { LimitedTimeDiscountLimits } from '../tiers/limited-time-discount.js';

type OfferKey = 'couponLadders' | 'discountSchedules' | 'products';

function duplicateIds(plan: Plan, key: OfferKey, issues: Issue[]): void {
  const first = new Map<string, number>();
  plan[key].forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else issues.push({ code: 'duplicate_id', path: [key, i, 'id'], message: `duplicate id "${item.id}" (first used at ${key}[${seen}])` });
  });
}

const prefixed = (prefix: Array<string | number>, issues: readonly Issue[]): Issue[] => issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));

/**
 * The errors of a plan's offers: unique ids; every coupon ladder's tiers, quantities and windows
 * (`checkLadder`); every discount schedule's windows, products and tool limits (`checkDiscountSchedule`);
 * SKU ids unique per product. Paths start at the plan (`couponLadders[0].tiers[1].discount`).
 *
 * @example
 * checkPlanOffers(plan) //=> [] for the 11.11 template's example offers
 */
export function checkPlanOffers(plan: Plan, limits?: LimitedTimeDiscountLimits): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['couponLadders', 'discountSchedules', 'products'] as const) duplicateIds(plan, key, issues);
  const ctx = { phases: plan.phases, platformTimeZone: plan.platformTimeZone };
  plan.couponLadders.forEach((ladder, i) => issues.push(...prefixed(['couponLadders', i], checkLadder(ladder, { currency: plan.currency, context: ctx }))));
  const productIds = new Set(plan.products.map((p) => p.id));
  plan.discountSchedules.forEach((schedule, i) =>
    issues.push(...prefixed(['discountSchedules', i], checkDiscountSchedule(schedule, ctx, limits ? { productIds, limits } : { productIds }))),
  );
  plan.products.forEach((product, i) => {
    const skus = new Set<string>();
    product.skus.forEach((sku, j) => {
      if (skus.has(sku.id)) issues.push({ code: 'duplicate_id', path: ['products', i, 'skus', j, 'id'], message: `duplicate SKU id "${sku.id}"` });
      skus.add(sku.id);
    });
  });
  return issues;
}
