import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility.js';
import { describeIneligibility } from './eligibility-message.js';
import { productSchema, registrationRequirementSchema, type RegistrationRequirement } from '../schemas/product.js';

// Prices in US cents; the history straddles Jan 1 2026 in US Pacific time (08:00 UTC).
const product = productSchema.parse({
  id: 'earbuds',
  tier: 'activity',
  skus: [{ id: 'black', price: 1999, activityPrice: 1599, stock: 500 }],
  priceHistory: [
    { at: '2025-12-31T23:00:00-08:00', price: 1200 }, // last year's low: does not count
    { at: '2026-01-01T00:00:00-08:00', price: 1800 },
    { at: '2026-03-01T00:00:00-08:00', price: 1700 },
  ],
});
const req = (rule: RegistrationRequirement['belowLowestPrice']): RegistrationRequirement => ({
  thresholdPrice: 5000,
  minStock: 1,
  stockRule: 'total',
  belowLowestPrice: rule,
});

describe('a further discount below the lowest price since the start of the natural year', () => {
  it('compares with the lowest price from Jan 1 (platform time), not with last year', () => {
    const asOf = new Date('2026-10-01T00:00:00Z');
    // Lowest since Jan 1 is 1700; 5% below allows at most 1615: 1599 passes.
    expect(checkEligibility(product, req({ since: 'year-start', percent: 5 }), { asOf })).toEqual({ eligible: true });
    // 10% below allows at most 1530.
    const r = checkEligibility(product, req({ since: 'year-start', percent: 10 }), { asOf });
    expect(r).toEqual({
      eligible: false,
      reasons: [{ code: 'not_below_lowest_price', lowest: 1700, percent: 10, since: 'year-start', maxPrice: 1530, by: 69 }],
    });
    if (!r.eligible) {
      expect(describeIneligibility(r.reasons[0]!, { locale: 'zh-CN', currency: 'USD' })).toMatch(/自然年初以来最低价/);
      expect(describeIneligibility(r.reasons[0]!, { locale: 'en', currency: 'USD' })).toMatch(/since the start of the year/);
    }
    // A 365-day window would reach last year's 1200.
    expect(checkEligibility(product, req({ days: 365, percent: 5 }), { asOf })).toMatchObject({ eligible: false, reasons: [{ lowest: 1200, days: 365 }] });
  });

  it('takes days or since, not both and not neither', () => {
    expect(registrationRequirementSchema.safeParse(req({ since: 'year-start', days: 30, percent: 5 })).success).toBe(false);
    expect(registrationRequirementSchema.safeParse({ thresholdPrice: 1, minStock: 1, stockRule: 'total', belowLowestPrice: { percent: 5 } }).success).toBe(
      false,
    );
  });
});
