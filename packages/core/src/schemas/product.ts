import { z } from 'zod/mini';
import { idSchema, instantSchema, localizedTextSchema } from './common.js';
import { minorUnitsSchema, percentSchema } from './money.js';

/** Product tiers (产品分级): hero 主打爆款, activity 活动单品, volume 冲量单品, clearance 清仓单品. */
export const PRODUCT_TIERS = ['hero', 'activity', 'volume', 'clearance'] as const;
/** A product tier. */
export type ProductTier = (typeof PRODUCT_TIERS)[number];

/** Channels a product can be entered into (see `TIER_CHANNELS` for which tier goes where). */
export const CHANNELS = [
  'premium-placement',
  'brand-flash-deals',
  'main-venue',
  'flash-deals',
  'group-buy',
  'secondary-venue',
  'store-single-item-discount',
] as const;
/** A channel id. */
export type Channel = (typeof CHANNELS)[number];

/** A SKU: regular `price`, optional `activityPrice` offered in activities (default: `price`), `stock` units. */
export const skuSchema = z.strictObject({
  id: idSchema,
  price: minorUnitsSchema,
  activityPrice: z.optional(minorUnitsSchema),
  stock: z.number().check(z.int('expected a whole number of units'), z.gte(0, 'expected 0 or more units')),
});
/** A SKU. */
export type Sku = z.infer<typeof skuSchema>;

/**
 * What an activity asks of a product to register (报名要求): activity price at or under `thresholdPrice`
 * (报名门槛价), at least `minStock` units counted by `stockRule`, optionally a minimum discount off the regular
 * price and a price `percent` below the lowest price of the last `days` days.
 */
export const registrationRequirementSchema = z.strictObject({
  thresholdPrice: minorUnitsSchema,
  minStock: z.number().check(z.int('expected a whole number of units'), z.gte(0)),
  stockRule: z.enum(['lowest-price-sku', 'total']),
  minDiscountPercent: z.optional(percentSchema),
  /**
   * A further discount below the lowest price of the last `days` days, or (`since: 'year-start'`) since the start
   * of the natural year (Jan 1, platform time): one of the two.
   */
  belowLowestPrice: z.optional(
    z
      .strictObject({
        days: z.optional(z.number().check(z.int('expected a whole number of days'), z.gte(1))),
        since: z.optional(z.enum(['year-start'])),
        percent: percentSchema,
      })
      .check(z.refine((r) => (r.days === undefined) !== (r.since === undefined), 'expected either days or since: "year-start"')),
  ),
});
/** A registration requirement. */
export type RegistrationRequirement = z.infer<typeof registrationRequirementSchema>;

/** A registration of a product into a channel, with what the channel requires. */
export const registrationSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  requirement: z.optional(registrationRequirementSchema),
  /** Units registered for the activity and sold so far, for the replenishment signal. */
  registeredStock: z.optional(z.number().check(z.int(), z.gte(0))),
  sold: z.optional(z.number().check(z.int(), z.gte(0))),
});
/** A registration of a product into a channel. */
export type Registration = z.infer<typeof registrationSchema>;

/** A product of the plan: its tier, SKUs, price history (for "below the N-day lowest price") and registrations. */
export const productSchema = z.strictObject({
  id: idSchema,
  name: z.optional(localizedTextSchema),
  tier: z.enum(PRODUCT_TIERS),
  skus: z.array(skuSchema).check(z.minLength(1, 'expected at least one SKU')),
  priceHistory: z._default(z.array(z.strictObject({ at: instantSchema, price: minorUnitsSchema })), () => []),
  registrations: z._default(z.array(registrationSchema), () => []),
});
/** A product (defaults filled in). */
export type Product = z.infer<typeof productSchema>;
/** A product as written. */
export type ProductInput = z.input<typeof productSchema>;
