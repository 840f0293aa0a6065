import { z } from 'zod/mini';
import { couponLadderSchema } from './coupon-ladder.js';
import { discountScheduleSchema } from './discount-schedule.js';
import { currencySchema } from './money.js';
import { productSchema } from './product.js';
import { budgetLineSchema, targetSchema } from './targets.js';

/**
 * A template's example offers, carried into every plan made from it: coupon ladders, discount schedules,
 * products, targets and budget lines, with windows tied to the template's phases by id so they move with the
 * year and the published calendar. Amounts are minor units of `currency`.
 *
 * @example
 * { currency: 'USD', couponLadders: [{ id: 'store-mj', kind: 'store-threshold-discount', useWindow: { phase: 'peak' },
 *   tiers: [{ minSpend: 2000, discount: 300 }] }] }
 */
export const offersSchema = z.strictObject({
  currency: z.optional(currencySchema),
  grossMarginPercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  couponLadders: z.optional(z.array(couponLadderSchema)),
  discountSchedules: z.optional(z.array(discountScheduleSchema)),
  products: z.optional(z.array(productSchema)),
  /** Example targets and budget lines, tied to phases by id like the windows. */
  targets: z.optional(z.array(targetSchema)),
  budgets: z.optional(z.array(budgetLineSchema)),
});
/** A template's offers (parsed). */
export type Offers = z.infer<typeof offersSchema>;
/** A template's offers as written. */
export type OffersInput = z.input<typeof offersSchema>;
