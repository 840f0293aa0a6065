import { describe, expect, it } from 'vitest';
import { finalPrice, type Offer } from './final-price.js';

const LINES = [{ unitPrice: 1799, quantity: 2 }];
const MJ: Offer = {
  stage: 'store-threshold-discount',
  tiers: [
    { minSpend: 2000, discount: 300 },
    { minSpend: 4500, discount: 800 },
  ],
};

describe('finalPrice', () => {
  it('applies offers in AliExpress order whatever order they are given in, showing each step', () => {
    const r = finalPrice(LINES, [
      { stage: 'platform-coupon', tiers: [{ minSpend: 2500, discount: 200 }] },
      MJ,
      { stage: 'item-discount', percentOff: 10 },
      { stage: 'store-coupon', tiers: [{ minSpend: 3000, discount: 200 }] },
    ]);
    expect(r.steps.map((s) => [s.stage, s.before, s.discount, s.after, s.fundedBy])).toEqual([
      ['item-discount', 3598, 360, 3238, 'seller'], // 1799 x 10% = 179.9 -> 180 per unit
      ['store-threshold-discount', 3238, 300, 2938, 'seller'], // tested on the discounted 32.38, so tier 0
      ['store-coupon', 2938, 0, 2938, 'seller'], // 29.38 no longer reaches $30
      ['platform-coupon', 2938, 200, 2738, 'platform'],
    ]);
    expect(r).toMatchObject({ subtotal: 3598, total: 2738, sellerGivesAway: 660, platformGivesAway: 200 });
    expect(r.steps[1]!.tierIndex).toBe(0);
  });

  it('lets a seller see that the order decides which thresholds are reached', () => {
    // With 3 units the 满减 sees 48.57 after the item discount (not 53.97): tier 1.
    const three = finalPrice([{ unitPrice: 1799, quantity: 3 }], [MJ, { stage: 'item-discount', percentOff: 10 }]);
    expect(three.steps[1]).toMatchObject({ before: 4857, discount: 800, tierIndex: 1 });
  });

  it('keeps sums exact and never goes below zero', () => {
    const r = finalPrice(
      [
        { unitPrice: 10, quantity: 1 },
        { unitPrice: 20, quantity: 1 },
      ],
      [
        { stage: 'store-coupon', tiers: [{ minSpend: 30, discount: 25 }] },
        { stage: 'platform-discount', percentOff: 50 },
        { stage: 'promo-code', tiers: [{ minSpend: 1, discount: 1000 }] },
      ],
    );
    expect(r.steps.map((s) => s.after)).toEqual([5, 2, 0]);
    expect(r.total).toBe(0);
    expect(r.sellerGivesAway + r.platformGivesAway).toBe(30);
  });

  it('honours an explicit funder and rejects bad input', () => {
    const r = finalPrice(LINES, [{ stage: 'cross-store-coupon', fundedBy: 'platform', label: 'Select Coupon', tiers: [{ minSpend: 100, discount: 100 }] }]);
    expect(r.steps[0]).toMatchObject({ label: 'Select Coupon', fundedBy: 'platform' });
    expect(() => finalPrice(LINES, [MJ, MJ])).toThrow(/one offer per stage/);
    expect(() => finalPrice([{ unitPrice: 19.99, quantity: 1 }], [])).toThrow(/lines\[0\].unitPrice/);
    expect(() => finalPrice([{ unitPrice: 100, quantity: 0 }], [])).toThrow(/quantity/);
  });
});

describe('finalPrice with a coupon that does not stack', () => {
  const big: Offer = { stage: 'store-coupon', label: 'Limited large-value coupon', stacksWithOthers: false, tiers: [{ minSpend: 3000, discount: 1000 }] };

  it('gives the buyer the lower of the coupon alone and the other offers together', () => {
    const r = finalPrice(LINES, [{ stage: 'item-discount', percentOff: 10 }, MJ, big, { stage: 'platform-coupon', tiers: [{ minSpend: 100, discount: 200 }] }]);
    // Alone after the item discount: 3238 - 1000 = 2238; the others: 3238 - 300 - 200 = 2738.
    expect(r.steps.map((s) => s.stage)).toEqual(['item-discount', 'store-coupon']);
    expect(r.total).toBe(2238);
    expect(r.excluded).toEqual([
      { stage: 'store-threshold-discount', label: 'store-threshold-discount' },
      { stage: 'platform-coupon', label: 'platform-coupon' },
    ]);
  });

  it('leaves the non-stacking coupon out when the rest saves more', () => {
    const small: Offer = { ...big, tiers: [{ minSpend: 3000, discount: 100 }] };
    const r = finalPrice(LINES, [MJ, small]);
    expect(r.steps.map((s) => s.stage)).toEqual(['store-threshold-discount']);
    expect(r.excluded).toEqual([{ stage: 'store-coupon', label: 'Limited large-value coupon' }]);
    expect(finalPrice(LINES, [MJ]).excluded).toEqual([]);
  });
});
