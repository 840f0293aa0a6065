import { percentOf } from '../money/money.js';
import type { CouponTier } from '../schemas/coupon-ladder.js';
import { bestTier } from './cart.js';

/**
 * The stages offers pass through on AliExpress, in order: item discount -> store threshold discount (满减)
 * -> store coupon -> cross-store Select Coupon -> AliExpress coupon -> AliExpress discount. Promo codes come
 * last: their minimum spend is computed after all other offers.
 */
export const OFFER_STAGES = [
  'item-discount',
  'store-threshold-discount',
  'store-coupon',
  'cross-store-coupon',
  'platform-coupon',
  'platform-discount',
  'promo-code',
] as const;
/** An offer stage. */
export type OfferStage = (typeof OFFER_STAGES)[number];

/** Who pays for a discount by default: the seller for store offers and Select Coupons, the platform for its own. */
export const DEFAULT_FUNDER: Readonly<Record<OfferStage, 'seller' | 'platform'>> = {
  'item-discount': 'seller',
  'store-threshold-discount': 'seller',
  'store-coupon': 'seller',
  'cross-store-coupon': 'seller',
  'platform-coupon': 'platform',
  'platform-discount': 'platform',
  'promo-code': 'seller',
};

/** One offer on an order: a percent off, or a ladder whose best reached tier applies. */
export type Offer = {
  readonly stage: OfferStage;
  readonly label?: string;
  /** Override who pays when an agreement differs from {@link DEFAULT_FUNDER}. */
  readonly fundedBy?: 'seller' | 'platform';
  /** `false` for a coupon that cannot be combined with other coupons (it still follows the item discount). */
  readonly stacksWithOthers?: boolean;
} & ({ readonly percentOff: number } | { readonly unit?: 'amount' | 'percent'; readonly tiers: readonly CouponTier[] });

/** A line of the order: unit price (minor units) and quantity. */
export interface OrderLine {
  readonly unitPrice: number;
  readonly quantity: number;
}

/** One step of the price: what the order cost before, the discount, what it costs after, who paid. */
export interface PriceStep {
  readonly stage: OfferStage;
  readonly label: string;
  readonly before: number;
  readonly discount: number;
  readonly after: number;
  readonly fundedBy: 'seller' | 'platform';
  /** The ladder tier applied (index), if the offer is a ladder. */
  readonly tierIndex?: number;
}

/** What the buyer pays, step by step, and who gives what away (all minor units). */
export interface FinalPrice {
  readonly subtotal: number;
  readonly steps: readonly PriceStep[];
  readonly total: number;
  readonly sellerGivesAway: number;
  readonly platformGivesAway: number;
  /** Offers left out because a coupon that does not stack gave the buyer a lower price, or because it did not. */
  readonly excluded: ReadonlyArray<{ readonly stage: OfferStage; readonly label: string }>;
}

function checkLines(lines: readonly OrderLine[]): void {
  let subtotal = 0;
  lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.unitPrice) || l.unitPrice < 0) throw new RangeError(`lines[${i}].unitPrice: expected whole minor units >= 0`);
    if (!Number.isSafeInteger(l.quantity) || l.quantity < 1) throw new RangeError(`lines[${i}].quantity: expected a whole number >= 1`);
    // Beyond 2^53 a sum is silently rounded: refuse rather than give an inexact price.
    subtotal += l.unitPrice * l.quantity;
    if (!Number.isSafeInteger(subtotal))
      throw new RangeError(`lines[${i}]: the order total exceeds ${Number.MAX_SAFE_INTEGER} minor units and cannot be computed exactly`);
  });
}

function applyOffer(offer: Offer, lines: readonly OrderLine[], before: number): { discount: number; tierIndex?: number } {
  if ('percentOff' in offer) {
    // An item discount lowers each unit's price (rounded per unit, as a price tag is); the rest apply to the order.
    if (offer.stage === 'item-discount') return { discount: lines.reduce((s, l) => s + percentOf(l.unitPrice, offer.percentOff) * l.quantity, 0) };
    return { discount: percentOf(before, offer.percentOff) };
  }
  const reached = bestTier({ unit: offer.unit ?? 'amount', tiers: [...offer.tiers] }, before);
  return reached ? { discount: reached.discount, tierIndex: reached.index } : { discount: 0 };
}

function stack(lines: readonly OrderLine[], offers: readonly Offer[]): Omit<FinalPrice, 'excluded'> {
  const ordered = [...offers].sort((a, b) => OFFER_STAGES.indexOf(a.stage) - OFFER_STAGES.indexOf(b.stage));
  const subtotal = lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  let running = subtotal;
  const given = { seller: 0, platform: 0 };
  const steps: PriceStep[] = ordered.map((offer) => {
    const { discount: raw, tierIndex } = applyOffer(offer, lines, running);
    const discount = Math.min(raw, running);
    const fundedBy = offer.fundedBy ?? DEFAULT_FUNDER[offer.stage];
    const step: PriceStep = { stage: offer.stage, label: offer.label ?? offer.stage, before: running, discount, after: running - discount, fundedBy };
    given[fundedBy] += discount;
    running -= discount;
    return tierIndex === undefined ? step : { ...step, tierIndex };
  });
  return { subtotal, steps, total: running, sellerGivesAway: given.seller, platformGivesAway: given.platform };
}

/**
 * The price a buyer actually pays when several offers stack, applied in AliExpress order whatever order they
 * are given in, each step shown, and what the seller and the platform give away. Thresholds are tested against
 * the running total after the earlier stages. One offer per stage. A coupon with `stacksWithOthers: false`
 * is tried alone (after the item discount) against all the other offers together; the buyer gets the lower
 * price and `excluded` names the offers left out.
 *
 * @throws RangeError for bad lines, an order total above `Number.MAX_SAFE_INTEGER` minor units, or two offers of one stage.
 * @example
 * finalPrice([{ unitPrice: 1799, quantity: 2 }], [
 *   { stage: 'store-threshold-discount', tiers: [{ minSpend: 2000, discount: 300 }] },
 *   { stage: 'item-discount', percentOff: 10 },
 * ])
 * //=> { subtotal: 3598, steps: [item-discount 3598 -> 3238, store-threshold-discount 3238 -> 2938], total: 2938,
 * //     sellerGivesAway: 660, platformGivesAway: 0, excluded: [] }
 */
export function finalPrice(lines: readonly OrderLine[], offers: readonly Offer[]): FinalPrice {
  checkLines(lines);
  const seen = new Set<OfferStage>();
  for (const o of offers) {
    if (seen.has(o.stage)) throw new RangeError(`two offers for stage "${o.stage}": expected one offer per stage`);
    seen.add(o.stage);
  }
  const alone = offers.filter((o) => o.stacksWithOthers === false && o.stage !== 'item-discount');
  const item = offers.filter((o) => o.stage === 'item-discount');
  const candidates = [offers.filter((o) => !alone.includes(o)), ...alone.map((o) => [...item, o])];
  let best: { used: readonly Offer[]; price: Omit<FinalPrice, 'excluded'> } | undefined;
  for (const used of candidates) {
    const price = stack(lines, used);
    // Ties keep the earlier candidate: the stacking offers first.
    if (!best || price.total < best.price.total) best = { used, price };
  }
  const excluded = offers.filter((o) => !best!.used.includes(o)).map((o) => ({ stage: o.stage, label: o.label ?? o.stage }));
  return { ...best!.price, excluded };
}
