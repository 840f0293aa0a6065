import { z } from 'zod/mini';
import { idSchema, localizedTextSchema } from './common.js';
import { minorUnitsSchema } from './money.js';
import { offerWindowSchema } from './offer-window.js';

/**
 * Kinds of spend-threshold offers: store threshold discount (满减), store coupon, follower coupon
 * (关注店铺领券), targeted coupon (定向券), promo code, limited large-value coupon (peak day).
 */
export const COUPON_KINDS = ['store-threshold-discount', 'store-coupon', 'follower-coupon', 'targeted-coupon', 'promo-code', 'limited-large-coupon'] as const;
/** A coupon kind. */
export type CouponKind = (typeof COUPON_KINDS)[number];

/** Audiences without a parameter. */
export const COUPON_AUDIENCES = ['everyone', 'followers', 'new-buyers', 'cart-not-ordered', 'ordered-not-paid'] as const;

/**
 * Who may claim: one of {@link COUPON_AUDIENCES}, or buyers who added to cart or wishlisted within the last N days
 * (`{ cartedOrWishlistedWithinDays: 7 }`, the return-visit coupon of the review phase).
 */
export const couponAudienceSchema = z.union([
  z.enum(COUPON_AUDIENCES),
  z.strictObject({
    cartedOrWishlistedWithinDays: z.number().check(z.int('expected a whole number of days'), z.gte(1, 'expected 1 day or more')),
  }),
]);
/** Who may claim a coupon. */
export type CouponAudience = z.infer<typeof couponAudienceSchema>;

/**
 * One step of a ladder: spend at least `minSpend` (minor units), get `discount` off: minor units
 * when the ladder's `unit` is `amount`, a percent when it is `percent`.
 */
export const couponTierSchema = z.strictObject({
  minSpend: minorUnitsSchema,
  discount: z.number().check(z.gt(0, 'expected a discount above 0')),
});
/** One step of a ladder. */
export type CouponTier = z.infer<typeof couponTierSchema>;

/**
 * A coupon ladder: tiers of spend thresholds, who may claim, when it is claimed and used, how many.
 * Amounts are minor units of the plan's currency. Quantities are checked by `checkLadder` (positive).
 *
 * @example
 * { id: 'store-mj', kind: 'store-threshold-discount', useWindow: { phase: 'peak' },
 *   tiers: [{ minSpend: 2000, discount: 300 }, { minSpend: 4500, discount: 800 }] } // $3 off $20, $8 off $45
 */
export const couponLadderSchema = z.strictObject({
  id: idSchema,
  name: z.optional(localizedTextSchema),
  kind: z.enum(COUPON_KINDS),
  audience: z._default(couponAudienceSchema, 'everyone'),
  unit: z._default(z.enum(['amount', 'percent']), 'amount'),
  tiers: z.array(couponTierSchema).check(z.minLength(1, 'expected at least one tier')),
  /** When buyers can collect it; threshold discounts (满减) need none. */
  claimWindow: z.optional(offerWindowSchema),
  useWindow: offerWindowSchema,
  totalQuantity: z.optional(z.number().check(z.int('expected a whole number'))),
  perBuyerLimit: z.optional(z.number().check(z.int('expected a whole number'))),
  stacksWithOthers: z._default(z.boolean(), true),
  /** The typical unit price the first threshold is measured against (minor units). */
  referenceUnitPrice: z.optional(minorUnitsSchema),
});
/** A coupon ladder (defaults filled in). */
export type CouponLadder = z.infer<typeof couponLadderSchema>;
/** A coupon ladder as written. */
export type CouponLadderInput = z.input<typeof couponLadderSchema>;
