import type { Issue } from '../errors/issue.js';
import { formatMoney } from '../money/format-money.js';
import { DEFAULT_CURRENCY } from '../money/money.js';
import type { CouponLadder } from '../schemas/coupon-ladder.js';
import { formatISOInZone } from '../time/wall-time.js';
import { resolveWindow, type WindowContext } from './resolve-window.js';

/** Options of {@link checkLadder}. */
export interface CheckLadderOptions {
  /** Currency of the amounts, for messages. Default USD. */
  readonly currency?: string;
  /** The plan's phases and zone; without them, phase-tied windows are not checked. */
  readonly context?: WindowContext;
}

/**
 * Formats minor units for English messages, whole amounts without `.00` (internal helper of the checks).
 *
 * @example
 * amountText(2000, 'USD') //=> '$20'
 */
export const amountText = (amount: number, currency: string): string => formatMoney({ amount, currency }, 'en', { trimWhole: true });

function checkTiers(ladder: CouponLadder, currency: string, issues: Issue[]): void {
  const isAmount = ladder.unit === 'amount';
  const show = (d: number) => (isAmount ? amountText(d, currency) : `${d}%`);
  ladder.tiers.forEach((tier, j) => {
    const path = ['tiers', j];
    if (isAmount && !Number.isInteger(tier.discount))
      issues.push({ code: 'discount_not_whole', path: [...path, 'discount'], message: `expected a whole number of minor units, got ${tier.discount}` });
    if (!isAmount && (tier.discount >= 100 || Math.abs(Math.round(tier.discount * 100) - tier.discount * 100) > 1e-6))
      issues.push({
        code: 'percent_out_of_range',
        path: [...path, 'discount'],
        message: `expected a percent below 100 with at most two decimals, got ${tier.discount}`,
      });
    // A live coupon cannot be withdrawn, so "$2.01 off $2" (swapped fields) must be caught before it ships.
    if (isAmount && tier.discount >= tier.minSpend)
      issues.push({
        code: 'discount_not_below_threshold',
        path: [...path, 'discount'],
        message: `${show(tier.discount)} off a ${amountText(tier.minSpend, currency)} threshold: expected the discount below the threshold (are the two fields swapped?)`,
      });
    const prev = ladder.tiers[j - 1];
    if (!prev) return;
    if (tier.minSpend <= prev.minSpend)
      issues.push({
        code: 'thresholds_not_increasing',
        path: [...path, 'minSpend'],
        message: `expected a threshold above the previous tier's ${amountText(prev.minSpend, currency)}, got ${amountText(tier.minSpend, currency)}`,
      });
    if (tier.discount <= prev.discount)
      issues.push({
        code: 'discounts_not_increasing',
        path: [...path, 'discount'],
        message: `expected a discount above the previous tier's ${show(prev.discount)}, got ${show(tier.discount)}`,
      });
  });
}

function checkQuantities(ladder: CouponLadder, issues: Issue[]): void {
  for (const key of ['totalQuantity', 'perBuyerLimit'] as const) {
    const n = ladder[key];
    if (n !== undefined && n <= 0) issues.push({ code: 'quantity_not_positive', path: [key], message: `expected 1 or more, got ${n}` });
  }
}

function checkWindows(ladder: CouponLadder, ctx: WindowContext | undefined, issues: Issue[]): void {
  const resolve = (key: 'claimWindow' | 'useWindow') => {
    const w = ladder[key];
    if (!w || (!ctx && !('start' in w))) return undefined;
    const r = resolveWindow(w, ctx ?? { phases: [], platformTimeZone: 'UTC' });
    if (!r.ok) {
      issues.push({ code: 'invalid_window', path: [key, r.key], message: r.message });
      return undefined;
    }
    if (ctx && ctx.phases.length > 0) {
      const from = ctx.phases[0]!.start;
      const to = ctx.phases[ctx.phases.length - 1]!.end;
      if (r.start < from || r.end > to) {
        const z = ctx.platformTimeZone;
        issues.push({
          code: 'window_outside_campaign',
          path: [key],
          message: `${formatISOInZone(r.start, z)} .. ${formatISOInZone(r.end, z)} is outside the campaign ${formatISOInZone(from, z)} .. ${formatISOInZone(to, z)}`,
        });
      }
    }
    return r;
  };
  const claim = resolve('claimWindow');
  const use = resolve('useWindow');
  if (claim && use && use.start < claim.start) {
    const z = ctx?.platformTimeZone ?? 'UTC';
    issues.push({
      code: 'use_before_claim',
      path: ['useWindow'],
      message: `use starts ${formatISOInZone(use.start, z)}, before buyers can claim (${formatISOInZone(claim.start, z)}): expected use to start on or after the claim window`,
    });
  }
}

/**
 * The errors of a coupon ladder: thresholds and discounts must strictly increase, each discount must stay
 * below its threshold, the use window may not start before the claim window nor leave the campaign,
 * quantities must be positive. Paths are relative to the ladder (`tiers[1].discount`).
 *
 * @example
 * checkLadder(couponLadderSchema.parse({ id: 'x', kind: 'store-coupon', useWindow: { phase: 'peak' },
 *   tiers: [{ minSpend: 201, discount: 200 }, { minSpend: 200, discount: 300 }] }))
 * //=> [{ code: 'thresholds_not_increasing', path: ['tiers', 1, 'minSpend'], message: "expected a threshold above ..." }, ...]
 */
export function checkLadder(ladder: CouponLadder, options: CheckLadderOptions = {}): Issue[] {
  const issues: Issue[] = [];
  checkTiers(ladder, options.currency ?? DEFAULT_CURRENCY, issues);
  checkQuantities(ladder, issues);
  checkWindows(ladder, options.context, issues);
  return issues;
}
