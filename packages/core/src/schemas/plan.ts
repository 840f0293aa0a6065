import { z } from 'zod/mini';
import { idSchema, localizedTextSchema } from './common.js';
import { phaseSchema } from './phase.js';
import { taskSchema } from './task.js';
import { timeZoneSchema } from './time-zone.js';
import { couponLadderSchema } from './coupon-ladder.js';
import { discountScheduleSchema } from './discount-schedule.js';
import { currencySchema } from './money.js';
import { productSchema } from './product.js';
import { budgetLineSchema, targetSchema } from './targets.js';

/** The plan file format version this library reads and writes. */
export const PLAN_VERSION = 1;

/** The zone platforms such as AliExpress publish their calendars in. */
export const DEFAULT_PLATFORM_TIME_ZONE = 'America/Los_Angeles';

/** Where a plan's dates came from: the template and the published calendar that overrode it. */
export const planSourceSchema = z.strictObject({
  template: z.optional(z.strictObject({ id: idSchema, version: z.number().check(z.int(), z.positive()) })),
  year: z.optional(z.number().check(z.int(), z.gte(1970), z.lte(2200))),
  calendar: z.optional(
    z.strictObject({
      note: z.optional(z.string()),
      published: z.optional(z.iso.date()),
    }),
  ),
});
/** Where a plan's dates came from. */
export type PlanSource = z.infer<typeof planSourceSchema>;

/**
 * The shape of a plan: a campaign's phases and tasks with their time zones.
 * Shape only: cross-field rules (ids, tiling, dependencies, recurrence) are checked by `parsePlan`.
 */
export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION, `expected version ${PLAN_VERSION}`),
  id: idSchema,
  name: localizedTextSchema,
  platform: z.string().check(z.minLength(1)),
  platformTimeZone: z._default(timeZoneSchema, DEFAULT_PLATFORM_TIME_ZONE),
  teamTimeZone: timeZoneSchema,
  source: z.optional(planSourceSchema),
  phases: z.array(phaseSchema).check(z.minLength(1, 'expected at least one phase')),
  tasks: z.array(taskSchema),
  // Offers (coupons and tiers). Money is a whole number of minor units of `currency` (1999 = $19.99 in USD),
  // exact in memory and in JSON; all optional so older plans still parse.
  currency: z._default(currencySchema, 'USD'),
  grossMarginPercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  couponLadders: z._default(z.array(couponLadderSchema), () => []),
  discountSchedules: z._default(z.array(discountScheduleSchema), () => []),
  products: z._default(z.array(productSchema), () => []),
  // What the campaign must achieve and may spend (see targets/); optional so older plans still parse.
  targets: z.optional(z.array(targetSchema)),
  budgets: z.optional(z.array(budgetLineSchema)),
});
/** A campaign plan: validated, with defaults filled in and instants as `Date`s. */
export type Plan = z.infer<typeof planSchema>;
/** A plan as written in a file or built by hand, before defaults are filled in. */
export type PlanInput = z.input<typeof planSchema>;
