// The readiness test plan (11.11 2026, platform Los Angeles, team Shanghai) with targets, budgets and a ladder.
import { parsePlan } from '../../plan/parse-plan.js';
import type { PlanInput } from '../../schemas/plan.js';
import { parseMetricEvent } from '../metric-events.js';
import type { MetricEventInput } from '../../schemas/targets.js';
import { PLAN_INPUT } from '../../readiness/__fixtures__/readiness-plan.js';

export const TARGETS_INPUT: PlanInput = {
  ...PLAN_INPUT,
  grossMarginPercent: 30,
  couponLadders: [
    {
      id: 'store-mj',
      kind: 'store-threshold-discount',
      useWindow: { phase: 'peak' },
      referenceUnitPrice: 2500,
      tiers: [
        { minSpend: 2000, discount: 300 },
        { minSpend: 4500, discount: 800 },
      ],
    },
  ],
  targets: [
    { id: 'gmv-peak', metric: 'gmv', scope: { phase: 'peak' }, value: 5_000_000, curve: 'sale' },
    { id: 'orders-peak', metric: 'orders', scope: { phase: 'peak' }, value: 2000 },
    { id: 'visitors-warm-up', metric: 'visitors', scope: { phase: 'warm-up' }, value: 14_000 },
    { id: 'cart-warm-up', metric: 'add-to-cart', scope: { phase: 'warm-up' }, value: 2_800 },
    { id: 'cvr', metric: 'conversion-rate', value: '0.035' },
  ],
  budgets: [
    { id: 'ads-warm-up', channel: 'ads', phase: 'warm-up', amount: 140_000 },
    { id: 'coupons', channel: 'coupons', amount: 150_000 },
  ],
};

export const targetsPlan = () => parsePlan(TARGETS_INPUT);

let n = 0;
/** A metric event entered by `by` at a fixed time, with a unique id. */
export function metric(input: Omit<MetricEventInput, 'type' | 'at' | 'by'> & { at?: string; by?: string }) {
  n += 1;
  return parseMetricEvent({ type: 'metric', at: '2026-11-20T09:00:00+08:00', by: 'mei', id: `m${n}`, ...input });
}
