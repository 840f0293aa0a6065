import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { ladderWarnings } from '../coupons/ladder-warnings.js';
import { checkEligibility } from '../tiers/eligibility.js';
import { describeIneligibility } from '../tiers/eligibility-message.js';
import { CHANNEL_LABELS, TIER_CHANNELS, TIER_LABELS, channelFitsTier } from '../tiers/product-tiers.js';
import { replenishmentSignal } from '../tiers/replenishment.js';

/** A warning: a plan that is valid but likely to hurt. Same shape as an error issue: code, path, message. */
export type PlanWarning = Issue;

/** Options of {@link planWarnings}. */
export interface PlanWarningOptions {
  /** A first coupon threshold beyond this multiple of the unit price is "far above" it. Default 3. */
  readonly farMultiple?: number;
  /** The instant price histories are measured back from. Default: each product's latest price. */
  readonly asOf?: Date;
}

function productWarnings(plan: Plan, options: PlanWarningOptions, out: PlanWarning[]): void {
  plan.products.forEach((product, i) => {
    product.registrations.forEach((reg, j) => {
      const path = ['products', i, 'registrations', j];
      if (!channelFitsTier(product.tier, reg.channel))
        out.push({
          code: 'channel_not_for_tier',
          path: [...path, 'channel'],
          message: `${CHANNEL_LABELS[reg.channel].en} is not a channel for a ${TIER_LABELS[product.tier].en.toLowerCase()}; the playbook enters it into ${TIER_CHANNELS[product.tier].map((c) => CHANNEL_LABELS[c].en).join(', ')}`,
        });
      if (reg.requirement) {
        const result = checkEligibility(product, reg.requirement, options.asOf ? { asOf: options.asOf } : {});
        if (!result.eligible)
          for (const reason of result.reasons)
            out.push({
              code: `not_eligible_${reason.code}`,
              path: [...path, 'requirement'],
              message: `cannot register: ${describeIneligibility(reason, { currency: plan.currency })}`,
            });
      }
      if (reg.registeredStock !== undefined && reg.sold !== undefined) {
        const signal = replenishmentSignal(reg.registeredStock, reg.sold);
        if (signal.replenish)
          out.push({
            code: 'replenish_stock',
            path: [...path, 'sold'],
            message: `${signal.sold} of ${signal.registered} registered units sold (more than half): replenish now`,
          });
      }
    });
  });
}

/**
 * Warnings about a valid plan's offers, returned, never thrown: coupon thresholds at or below the unit price
 * or far above it, deeper tiers with worse rates, rates above the gross margin, products registered in a
 * channel their tier does not go to, products that do not meet a registration requirement, activity stock
 * more than half sold. The CLI's `check` prints them on stderr and still exits 0.
 *
 * @example
 * planWarnings(plan).forEach((w) => console.warn(`${formatPath(w.path)}: ${w.message}`));
 */
export function planWarnings(plan: Plan, options: PlanWarningOptions = {}): PlanWarning[] {
  const out: PlanWarning[] = [];
  plan.couponLadders.forEach((ladder, i) => {
    const opts = { currency: plan.currency, ...(options.farMultiple ? { farMultiple: options.farMultiple } : {}) };
    const warnings = ladderWarnings(ladder, plan.grossMarginPercent === undefined ? opts : { ...opts, grossMarginPercent: plan.grossMarginPercent });
    for (const w of warnings) out.push({ ...w, path: ['couponLadders', i, ...w.path] });
  });
  productWarnings(plan, options, out);
  return out;
}
