import { percentOf } from '../money/money.js';
import type { CouponLadder, CouponTier } from '../schemas/coupon-ladder.js';

/** The part of a ladder the cart helpers read. */
export type LadderTiers = Pick<CouponLadder, 'tiers' | 'unit'>;

/** A tier reached by a subtotal, with the discount it gives on that subtotal (minor units). */
export interface ReachedTier {
  readonly index: number;
  readonly tier: CouponTier;
  readonly discount: number;
}

/** The next tier up, with the exact amount still to add and the discount it would give there. */
export interface NextTier extends ReachedTier {
  /** Minor units still needed to reach the tier's threshold. */
  readonly missing: number;
}

/**
 * The discount a tier gives on `subtotal` (minor units): its amount, or its percent of the subtotal
 * rounded half up; never more than the subtotal.
 *
 * @example
 * tierDiscount({ unit: 'percent' }, { minSpend: 3000, discount: 10 }, 4550) //=> 455
 */
export function tierDiscount(ladder: Pick<LadderTiers, 'unit'>, tier: CouponTier, subtotal: number): number {
  const d = ladder.unit === 'percent' ? percentOf(subtotal, tier.discount) : tier.discount;
  return Math.min(d, subtotal);
}

/**
 * The deepest tier a subtotal reaches (threshold at or below it), or `undefined` when none is reached.
 *
 * @example
 * const ladder = { unit: 'amount', tiers: [{ minSpend: 2000, discount: 300 }, { minSpend: 3000, discount: 800 }] };
 * bestTier(ladder, 2550) //=> { index: 0, tier: { minSpend: 2000, discount: 300 }, discount: 300 }
 */
export function bestTier(ladder: LadderTiers, subtotal: number): ReachedTier | undefined {
  let best: ReachedTier | undefined;
  ladder.tiers.forEach((tier, index) => {
    if (tier.minSpend > subtotal) return;
    const discount = tierDiscount(ladder, tier, subtotal);
    // The platform gives the buyer the best offer reached, whatever the tier order.
    if (!best || discount > best.discount) best = { index, tier, discount };
  });
  return best;
}

/**
 * The cheapest tier above the subtotal that would save more than the current best, and how much is missing.
 * `undefined` when no tier is left to reach.
 *
 * @example
 * nextTier(ladder, 2550) //=> { index: 1, tier: { minSpend: 3000, discount: 800 }, discount: 800, missing: 450 }
 */
export function nextTier(ladder: LadderTiers, subtotal: number): NextTier | undefined {
  const current = bestTier(ladder, subtotal)?.discount ?? 0;
  let next: NextTier | undefined;
  ladder.tiers.forEach((tier, index) => {
    if (tier.minSpend <= subtotal) return;
    const discount = tierDiscount(ladder, tier, tier.minSpend);
    if (discount <= current) return;
    if (!next || tier.minSpend < next.tier.minSpend) next = { index, tier, discount, missing: tier.minSpend - subtotal };
  });
  return next;
}
