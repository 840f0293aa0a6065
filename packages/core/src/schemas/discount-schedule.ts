import { z } from 'zod/mini';
import { idSchema, instantSchema, localizedTextSchema } from './common.js';
import { percentSchema } from './money.js';
import { offerWindowSchema } from './offer-window.js';

/** One step of a tiered single-item discount: `percentOff` during `window`, optionally with countdown stock. */
export const discountStepSchema = z.strictObject({
  percentOff: percentSchema,
  window: offerWindowSchema,
  stock: z.optional(z.number().check(z.int('expected a whole number'), z.gte(1, 'expected 1 or more'))),
});
/** One step of a discount schedule. */
export type DiscountStep = z.infer<typeof discountStepSchema>;

/**
 * A tiered single-item discount (单品折扣) over days, made with the limited-time discount tool:
 * e.g. 20% off on day 1 and 10% off on day 2 of the peak. Windows resolve in platform time.
 * `createdAt` (when the promotion is created in the seller centre) lets the tool's lead-time rule be checked.
 *
 * @example
 * { id: 'peak-days', productIds: ['earbuds'], steps: [
 *   { percentOff: 20, window: { phase: 'peak', day: 1 } }, { percentOff: 10, window: { phase: 'peak', day: 2 } }] }
 */
export const discountScheduleSchema = z.strictObject({
  id: idSchema,
  name: z.optional(localizedTextSchema),
  productIds: z.array(idSchema).check(z.minLength(1, 'expected at least one product')),
  steps: z.array(discountStepSchema).check(z.minLength(1, 'expected at least one step')),
  createdAt: z.optional(instantSchema),
  perBuyerLimit: z.optional(z.number().check(z.int('expected a whole number'), z.gte(1, 'expected 1 or more'))),
});
/** A tiered single-item discount schedule. */
export type DiscountSchedule = z.infer<typeof discountScheduleSchema>;
/** A discount schedule as written. */
export type DiscountScheduleInput = z.input<typeof discountScheduleSchema>;
