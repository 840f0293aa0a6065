import type { Issue } from '../errors/issue.js';
import { DEFAULT_CURRENCY } from '../money/money.js';
import type { CouponLadder } from '../schemas/coupon-ladder.js';
import { amountText } from './check-ladder.js';

/** Options of {@link ladderWarnings}. */
export interface LadderWarningOptions {
  /** Currency of the amounts, for messages. Default USD. */
  readonly currency?: string;
  /** The typical unit price; default: the ladder's `referenceUnitPrice`. Without one, threshold warnings are skipped. */
  readonly referenceUnitPrice?: number;
  /** A first threshold beyond this multiple of the unit price is "far above". Default 3. */
  readonly farMultiple?: number;
  /** The seller's gross margin in percent; a tier giving away more than this sells at a loss. */
  readonly grossMarginPercent?: number;
}

/** The default multiple of the unit price beyond which a first threshold is far above it. */
export const DEFAULT_FAR_MULTIPLE = 3;

function thresholdWarnings(ladder: CouponLadder, o: LadderWarningOptions, currency: string, out: Issue[]): void {
  const unit = o.referenceUnitPrice ?? ladder.referenceUnitPrice;
  const first = ladder.tiers[0];
  if (unit === undefined || unit <= 0 || !first) return;
  const far = o.farMultiple ?? DEFAULT_FAR_MULTIPLE;
  const path = ['tiers', 0, 'minSpend'];
  if (first.minSpend <= unit)
    out.push({
      code: 'threshold_at_or_below_unit_price',
      path,
      message: `the first threshold ${amountText(first.minSpend, currency)} is not above the unit price ${amountText(unit, currency)}: a single item already gets the discount; set it slightly above the unit price`,
    });
  else if (first.minSpend > unit * far)
    out.push({
      code: 'threshold_far_above_unit_price',
      path,
      message: `the first threshold ${amountText(first.minSpend, currency)} is more than ${far}x the unit price ${amountText(unit, currency)}: few buyers will reach it`,
    });
}

/** Compares discount/minSpend rates exactly by cross-multiplying integers. */
const rateBelow = (a: { minSpend: number; discount: number }, b: { minSpend: number; discount: number }) => a.discount * b.minSpend < b.discount * a.minSpend;

function rateText(t: { minSpend: number; discount: number }, unit: CouponLadder['unit']): string {
  const pct = unit === 'percent' ? t.discount : (t.discount * 100) / t.minSpend;
  return `${pct.toFixed(1).replace(/\.0$/, '')}%`;
}

function rateWarnings(ladder: CouponLadder, o: LadderWarningOptions, out: Issue[]): void {
  ladder.tiers.forEach((tier, j) => {
    const prev = ladder.tiers[j - 1];
    if (ladder.unit === 'amount' && prev && tier.minSpend > 0 && prev.minSpend > 0 && rateBelow(tier, prev))
      out.push({
        code: 'deeper_tier_worse_rate',
        path: ['tiers', j],
        message: `this tier gives ${rateText(tier, 'amount')} off, less than the ${rateText(prev, 'amount')} of the tier before: buyers gain little by spending more`,
      });
    const margin = o.grossMarginPercent;
    if (margin === undefined) return;
    // The deepest rate of a tier is at its threshold: discount / minSpend.
    const above = ladder.unit === 'percent' ? tier.discount > margin : tier.minSpend > 0 && tier.discount * 10000 > Math.round(margin * 100) * tier.minSpend;
    if (above)
      out.push({
        code: 'rate_above_margin',
        path: ['tiers', j, 'discount'],
        message: `this tier gives up to ${rateText(tier, ladder.unit)} off, more than the ${margin}% gross margin: orders at the threshold sell at a loss`,
      });
  });
}

/**
 * Warnings about a ladder that is valid but likely to hurt: a first threshold at or below the unit price
 * (single items get the discount for free) or far above it, a deeper tier with a worse rate than a
 * shallower one, a rate above the seller's gross margin. Each has a code, a path and a sentence for the seller.
 *
 * @example
 * ladderWarnings(ladder, { referenceUnitPrice: 2500 }) // first tier $3 off $20
 * //=> [{ code: 'threshold_at_or_below_unit_price', path: ['tiers', 0, 'minSpend'], message: 'the first threshold $20 is not above the unit price $25: ...' }]
 */
export function ladderWarnings(ladder: CouponLadder, options: LadderWarningOptions = {}): Issue[] {
  const out: Issue[] = [];
  const currency = options.currency ?? DEFAULT_CURRENCY;
  thresholdWarnings(ladder, options, currency, out);
  rateWarnings(ladder, options, out);
  return out;
}
