import { z } from 'zod/mini';
import { idSchema, instantSchema } from './common.js';
import { minorUnitsSchema } from './money.js';
import { PRODUCT_TIERS } from './product.js';

/**
 * Metrics a campaign sets targets for and records actuals of (the playbook's GMV drivers and warm-up
 * signals): GMV, orders, visitors, add-to-cart (加购), wishlist (收藏), conversion rate, average order value,
 * sell-through (售罄率).
 */
export const METRICS = ['gmv', 'orders', 'visitors', 'add-to-cart', 'wishlist', 'conversion-rate', 'average-order-value', 'sell-through'] as const;
/** A metric id. */
export type Metric = (typeof METRICS)[number];

/** Metrics whose values are money, in minor units of the plan's currency. */
export const MONEY_METRICS: readonly Metric[] = ['gmv', 'average-order-value'];
/** Metrics whose values are rates between 0 and 1, written as exact decimals (`"0.035"` is 3.5%). */
export const RATE_METRICS: readonly Metric[] = ['conversion-rate', 'sell-through'];
/** Metrics that are levels read at a moment (the latest value counts), not amounts summed over days. */
export const LEVEL_METRICS: readonly Metric[] = ['conversion-rate', 'sell-through', 'average-order-value'];

/**
 * Marketing channels budgets are split across and GMV is attributed to: paid search ads (直通车), affiliate
 * commission (联盟), off-site (Facebook, VK, YouTube, influencers), coupons (the ladders' cost), organic, other.
 */
export const MARKETING_CHANNELS = ['ads', 'affiliate', 'off-site', 'coupons', 'organic', 'other'] as const;
/** A marketing channel id. */
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

/** Shapes of the pace line: `linear`, or `sale` (front-loaded: most of a sale's orders come in its first hours). */
export const PACE_CURVES = ['linear', 'sale'] as const;
/** A pace curve. */
export type PaceCurve = (typeof PACE_CURVES)[number];

/** An exact non-negative decimal written as text, up to 6 decimals: `"0.035"`. Never a float. */
export const decimalSchema = z.string().check(z.regex(/^\d{1,9}(\.\d{1,6})?$/, 'expected an exact decimal as text, e.g. "0.035"'));

/** A count or an amount of minor units (a whole number), or a rate as an exact decimal text. */
export const metricValueSchema = z.union([minorUnitsSchema, decimalSchema]);
/** A metric value: a whole number (count or minor units) or a decimal text (rate). */
export type MetricValue = z.infer<typeof metricValueSchema>;

/** What a target or an actual is about: the whole campaign, or a phase, a channel, a product or a product tier. */
export const metricScopeSchema = z.strictObject({
  phase: z.optional(idSchema),
  channel: z.optional(z.enum(MARKETING_CHANNELS)),
  product: z.optional(idSchema),
  tier: z.optional(z.enum(PRODUCT_TIERS)),
});
/** The scope of a target or an actual. An empty scope is the whole campaign. */
export type MetricScope = z.infer<typeof metricScopeSchema>;

/**
 * A target: `value` of `metric` to reach within `scope` by the end of its window (the scope's phase, else
 * the campaign), paced along `curve`.
 *
 * @example
 * { id: 'gmv-peak', metric: 'gmv', scope: { phase: 'peak' }, value: 5_000_000, curve: 'sale' } // $50,000 in the peak
 * { id: 'cvr', metric: 'conversion-rate', value: '0.035' } // 3.5%
 */
export const targetSchema = z.strictObject({
  id: idSchema,
  metric: z.enum(METRICS),
  scope: z._default(metricScopeSchema, () => ({})),
  value: metricValueSchema,
  curve: z._default(z.enum(PACE_CURVES), 'linear'),
});
/** A target (defaults filled in). */
export type Target = z.infer<typeof targetSchema>;
/** A target as written. */
export type TargetInput = z.input<typeof targetSchema>;

/**
 * A budget line: what the campaign may spend on a channel, for the campaign or one phase, in minor units.
 *
 * @example
 * { id: 'ads-peak', channel: 'ads', phase: 'peak', amount: 300_000 } // $3,000 of 直通车 in the peak
 */
export const budgetLineSchema = z.strictObject({
  id: idSchema,
  channel: z.enum(MARKETING_CHANNELS),
  phase: z.optional(idSchema),
  amount: minorUnitsSchema,
});
/** A budget line. */
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/**
 * One actual, as a line of the campaign's log (the same log as status events, merged the same way): a
 * metric's value for the period ending at `refersTo` (a day's visitors, a day's ad spend), or the level read
 * then for rates. `metric: 'spend'` records money spent on `scope.channel`. `at`/`by`/`id` as status events.
 *
 * @example
 * { type: 'metric', metric: 'visitors', value: 1200, refersTo: '2026-11-02T23:59:00-08:00', at: '2026-11-03T09:00:00+08:00', by: 'mei' }
 * { type: 'metric', metric: 'spend', scope: { channel: 'ads' }, value: 15000, refersTo: '2026-11-11T23:59:00-08:00', at: '2026-11-12T09:00:00+08:00', by: 'jun' }
 */
export const metricEventSchema = z.strictObject({
  type: z.literal('metric'),
  metric: z.enum([...METRICS, 'spend']),
  scope: z._default(metricScopeSchema, () => ({})),
  value: metricValueSchema,
  refersTo: instantSchema,
  at: instantSchema,
  by: z.string().check(z.minLength(1, 'expected a non-empty name of who entered the value')),
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
/** A metric event (parsed). */
export type MetricEvent = z.infer<typeof metricEventSchema>;
/** A metric event as written. */
export type MetricEventInput = z.input<typeof metricEventSchema>;
