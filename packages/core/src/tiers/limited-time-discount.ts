import type { Issue } from '../errors/issue.js';
import { formatISOInZone, resolveWallTime, toWallTime } from '../time/wall-time.js';

/** Limits of AliExpress's limited-time discount tool (单品折扣); configurable because the seller centre changes them. */
export interface LimitedTimeDiscountLimits {
  /** Most products in one promotion. Default 40. */
  readonly maxProducts?: number;
  /** The promotion must be shorter than this many calendar months (platform time). Default 2. */
  readonly maxMonths?: number;
  /** The start must be at least this many hours after creation. Default 12 ("several hours"). */
  readonly minLeadHours?: number;
}

/** A promotion made with the tool: products, when it was created (if known) and when it runs. */
export interface LimitedTimePromotion {
  readonly productCount: number;
  readonly createdAt?: Date;
  readonly start: Date;
  readonly end: Date;
}

/** The tool's published limits (2018 API docs) with a lead time of 12 hours. */
export const LIMITED_TIME_DISCOUNT_LIMITS: Required<LimitedTimeDiscountLimits> = { maxProducts: 40, maxMonths: 2, minLeadHours: 12 };

function addMonthsInZone(instant: Date, months: number, zone: string): Date {
  const w = toWallTime(instant, zone);
  const index = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // Clamp to the month's last day (Jan 31 + 1 month is Feb 28/29), as calendars do.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return resolveWallTime({ ...w, year, month, day: Math.min(w.day, last) }, zone);
}

/**
 * Checks a promotion against the limited-time discount tool: at most 40 products, shorter than two months,
 * starting some hours after it is created. Paths: `productIds`, `end`, `createdAt`.
 *
 * @example
 * checkLimitedTimeDiscount({ productCount: 41, start, end }, 'America/Los_Angeles')
 * //=> [{ code: 'too_many_products', path: ['productIds'], message: '41 products: the limited-time discount tool takes at most 40 per promotion' }]
 */
export function checkLimitedTimeDiscount(promotion: LimitedTimePromotion, zone: string, limits: LimitedTimeDiscountLimits = {}): Issue[] {
  const l = { ...LIMITED_TIME_DISCOUNT_LIMITS, ...limits };
  const issues: Issue[] = [];
  if (promotion.productCount > l.maxProducts)
    issues.push({
      code: 'too_many_products',
      path: ['productIds'],
      message: `${promotion.productCount} products: the limited-time discount tool takes at most ${l.maxProducts} per promotion`,
    });
  const latestEnd = addMonthsInZone(promotion.start, l.maxMonths, zone);
  if (promotion.end >= latestEnd)
    issues.push({
      code: 'promotion_too_long',
      path: ['end'],
      message: `runs until ${formatISOInZone(promotion.end, zone)}: a limited-time discount must end before ${formatISOInZone(latestEnd, zone)} (shorter than ${l.maxMonths} months)`,
    });
  if (promotion.createdAt) {
    const earliest = new Date(promotion.createdAt.getTime() + l.minLeadHours * 3_600_000);
    if (promotion.start < earliest)
      issues.push({
        code: 'start_too_soon',
        path: ['createdAt'],
        message: `starts ${formatISOInZone(promotion.start, zone)}, less than ${l.minLeadHours} hours after it is created: expected a start at or after ${formatISOInZone(earliest, zone)}`,
      });
  }
  return issues;
}
