import { startOfDayInZone, toWallTime } from '../time/wall-time.js';
import type { Product, RegistrationRequirement, Sku } from '../schemas/product.js';

/** Why a product cannot register; amounts in minor units, so a seller sees exactly how far off it is. */
export type IneligibilityReason =
  | { readonly code: 'price_above_threshold'; readonly price: number; readonly threshold: number; readonly by: number }
  | { readonly code: 'stock_short'; readonly rule: 'lowest-price-sku' | 'total'; readonly stock: number; readonly required: number; readonly short: number }
  | { readonly code: 'discount_too_small'; readonly percent: number; readonly required: number; readonly maxPrice: number; readonly by: number }
  | { readonly code: 'price_history_missing'; readonly days?: number; readonly since?: 'year-start' }
  | {
      readonly code: 'not_below_lowest_price';
      readonly lowest: number;
      readonly percent: number;
      /** The window: the last `days` days, or since the start of the natural year. */
      readonly days?: number;
      readonly since?: 'year-start';
      readonly maxPrice: number;
      readonly by: number;
    };

/** The result of {@link checkEligibility}. */
export type Eligibility = { readonly eligible: true } | { readonly eligible: false; readonly reasons: readonly IneligibilityReason[] };

/** Options of {@link checkEligibility}. */
export interface EligibilityOptions {
  /** The instant the N-day lowest price is measured back from. Default: the latest price-history entry. */
  readonly asOf?: Date;
  /** The zone whose Jan 1 starts the natural year (`since: 'year-start'`). Default: US Pacific, the platform's. */
  readonly timeZone?: string;
}

const activityPrice = (sku: Sku) => sku.activityPrice ?? sku.price;

function stockReason(skus: readonly Sku[], lowest: number, req: RegistrationRequirement): IneligibilityReason | undefined {
  // By total: the sum over all SKUs. By lowest-price SKU: any one of the SKUs tied at the lowest price suffices.
  const stock =
    req.stockRule === 'total' ? skus.reduce((s, k) => s + k.stock, 0) : Math.max(...skus.filter((k) => activityPrice(k) === lowest).map((k) => k.stock));
  if (stock >= req.minStock) return undefined;
  return { code: 'stock_short', rule: req.stockRule, stock, required: req.minStock, short: req.minStock - stock };
}

function historyReason(product: Product, lowest: number, req: RegistrationRequirement, options: EligibilityOptions): IneligibilityReason | undefined {
  const rule = req.belowLowestPrice;
  if (!rule) return undefined;
  const history = product.priceHistory;
  const asOf = options.asOf ?? (history.length ? new Date(Math.max(...history.map((h) => h.at.getTime()))) : undefined);
  const zone = options.timeZone ?? 'America/Los_Angeles';
  const since =
    asOf &&
    (rule.since === 'year-start'
      ? startOfDayInZone({ year: toWallTime(asOf, zone).year, month: 1, day: 1 }, zone).getTime()
      : asOf.getTime() - rule.days! * 86_400_000);
  const window = asOf ? history.filter((h) => h.at.getTime() >= since! && h.at <= asOf) : [];
  const span = rule.since ? { since: rule.since } : { days: rule.days! };
  if (window.length === 0) return { code: 'price_history_missing', ...span };
  const low = Math.min(...window.map((h) => h.price));
  // "At least 15% below" rounds the allowed price down: one cent over is not 15% below.
  const maxPrice = low - Math.ceil((low * Math.round(rule.percent * 100)) / 10000);
  if (lowest <= maxPrice) return undefined;
  return { code: 'not_below_lowest_price', lowest: low, percent: rule.percent, ...span, maxPrice, by: lowest - maxPrice };
}

/**
 * Whether a product may register under a requirement, or every reason it may not: activity price above the
 * threshold price (by how much), stock short (by how many, under which rule), discount off the regular
 * price too small, not far enough below the N-day lowest price. The product's activity price is its lowest
 * SKU activity price; with several SKUs tied at that price, any one with enough stock meets a
 * `lowest-price-sku` rule.
 *
 * @example
 * checkEligibility(product, { thresholdPrice: 1500, minStock: 100, stockRule: 'lowest-price-sku' })
 * //=> { eligible: false, reasons: [{ code: 'price_above_threshold', price: 1599, threshold: 1500, by: 99 }] }
 */
export function checkEligibility(product: Product, requirement: RegistrationRequirement, options: EligibilityOptions = {}): Eligibility {
  const reasons: IneligibilityReason[] = [];
  const lowest = Math.min(...product.skus.map(activityPrice));
  if (lowest > requirement.thresholdPrice)
    reasons.push({ code: 'price_above_threshold', price: lowest, threshold: requirement.thresholdPrice, by: lowest - requirement.thresholdPrice });
  const stock = stockReason(product.skus, lowest, requirement);
  if (stock) reasons.push(stock);
  if (requirement.minDiscountPercent !== undefined) {
    const sku = product.skus.filter((k) => activityPrice(k) === lowest).sort((a, b) => b.price - a.price)[0]!;
    const maxPrice = sku.price - Math.ceil((sku.price * Math.round(requirement.minDiscountPercent * 100)) / 10000);
    if (lowest > maxPrice) {
      const percent = sku.price === 0 ? 0 : Math.floor(((sku.price - lowest) * 10000) / sku.price) / 100;
      reasons.push({ code: 'discount_too_small', percent, required: requirement.minDiscountPercent, maxPrice, by: lowest - maxPrice });
    }
  }
  const history = historyReason(product, lowest, requirement, options);
  if (history) reasons.push(history);
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
}
