import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility.js';
import { describeIneligibility } from './eligibility-message.js';
import { productSchema, type ProductInput, type RegistrationRequirement } from '../schemas/product.js';

const product = (extra: Partial<ProductInput> = {}) =>
  productSchema.parse({
    id: 'earbuds',
    tier: 'activity',
    skus: [
      { id: 'black', price: 1999, activityPrice: 1599, stock: 80 },
      { id: 'white', price: 1999, activityPrice: 1599, stock: 120 },
      { id: 'pro', price: 2999, activityPrice: 2499, stock: 10 },
    ],
    ...extra,
  });
const REQ: RegistrationRequirement = { thresholdPrice: 1600, minStock: 100, stockRule: 'lowest-price-sku' };

describe('checkEligibility', () => {
  it('passes a product that meets every requirement', () => {
    expect(checkEligibility(product(), REQ)).toEqual({ eligible: true });
  });

  it('says by how much the price is above the threshold', () => {
    expect(checkEligibility(product(), { ...REQ, thresholdPrice: 1500 })).toEqual({
      eligible: false,
      reasons: [{ code: 'price_above_threshold', price: 1599, threshold: 1500, by: 99 }],
    });
  });

  it('lets any one of the SKUs tied at the lowest price meet the stock rule', () => {
    // black has 80, white has 120: white alone is enough.
    expect(checkEligibility(product(), { ...REQ, minStock: 120 }).eligible).toBe(true);
    expect(checkEligibility(product(), { ...REQ, minStock: 121 })).toEqual({
      eligible: false,
      reasons: [{ code: 'stock_short', rule: 'lowest-price-sku', stock: 120, required: 121, short: 1 }],
    });
    // The pro SKU's stock does not count under the lowest-price rule, but does under the total rule.
    expect(checkEligibility(product(), { ...REQ, minStock: 210, stockRule: 'total' }).eligible).toBe(true);
    expect(checkEligibility(product(), { ...REQ, minStock: 211, stockRule: 'total' })).toMatchObject({
      reasons: [{ code: 'stock_short', rule: 'total', stock: 210, short: 1 }],
    });
  });

  it('checks a minimum discount off the regular price', () => {
    expect(checkEligibility(product(), { ...REQ, minDiscountPercent: 20 }).eligible).toBe(true); // 1599 <= 1999 - 399.8
    expect(checkEligibility(product(), { ...REQ, minDiscountPercent: 25 })).toEqual({
      eligible: false,
      reasons: [{ code: 'discount_too_small', percent: 20.01, required: 25, maxPrice: 1499, by: 100 }],
    });
  });

  it('checks "15% below the 30-day lowest price" from the price history', () => {
    const history = [
      { at: '2026-09-01T00:00:00Z', price: 1700 }, // older than 30 days: ignored
      { at: '2026-09-20T00:00:00Z', price: 1899 },
      { at: '2026-10-10T00:00:00Z', price: 1999 },
    ];
    const req = { ...REQ, belowLowestPrice: { days: 30, percent: 15 } };
    // 1899 x 0.85 = 1614.15: at most 1614, and 1599 is.
    expect(checkEligibility(product({ priceHistory: history }), req)).toEqual({ eligible: true });
    const asOf = new Date('2026-10-10T00:00:00Z');
    expect(checkEligibility(product({ priceHistory: history }), { ...req, belowLowestPrice: { days: 40, percent: 15 } }, { asOf })).toEqual({
      eligible: false,
      reasons: [{ code: 'not_below_lowest_price', lowest: 1700, percent: 15, days: 40, maxPrice: 1445, by: 154 }],
    });
    expect(checkEligibility(product(), req)).toEqual({ eligible: false, reasons: [{ code: 'price_history_missing', days: 30 }] });
  });

  it('returns every reason at once, with sentences in English and Chinese', () => {
    const r = checkEligibility(product(), { thresholdPrice: 1500, minStock: 500, stockRule: 'total' });
    expect(r.eligible).toBe(false);
    if (r.eligible) return;
    expect(r.reasons.map((x) => describeIneligibility(x))).toEqual([
      'activity price $15.99 is $0.99 above the threshold price $15',
      'stock by the product total is 210, 290 short of the required 500',
    ]);
    expect(r.reasons.map((x) => describeIneligibility(x, { locale: 'zh-CN' }))).toEqual([
      '活动价 US$15.99 高于报名门槛价 US$15，需再降 US$0.99',
      '按商品总库存计算库存 210，还差 290 件（要求 500）',
    ]);
  });
});
