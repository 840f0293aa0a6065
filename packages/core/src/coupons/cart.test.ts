import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestTier, nextTier, tierDiscount } from './cart.js';
import { cartMessage } from './cart-message.js';

const LADDER = {
  unit: 'amount' as const,
  tiers: [
    { minSpend: 2000, discount: 300 },
    { minSpend: 3000, discount: 800 },
  ],
};

describe('bestTier and nextTier', () => {
  it('finds the tier reached and the exact amount still needed', () => {
    expect(bestTier(LADDER, 1999)).toBeUndefined();
    expect(bestTier(LADDER, 2000)).toEqual({ index: 0, tier: LADDER.tiers[0], discount: 300 });
    expect(nextTier(LADDER, 2550)).toEqual({ index: 1, tier: LADDER.tiers[1], discount: 800, missing: 450 });
    expect(bestTier(LADDER, 3000)?.index).toBe(1);
    expect(nextTier(LADDER, 3000)).toBeUndefined();
    expect(nextTier(LADDER, 0)).toMatchObject({ index: 0, missing: 2000 });
  });

  it('sums 0.10 + 0.20 style prices exactly before comparing with a threshold', () => {
    const ladder = { unit: 'amount' as const, tiers: [{ minSpend: 30, discount: 5 }] };
    // 10 + 20 cents is exactly 30 cents: the threshold is reached (as floats, 0.1 + 0.2 > 0.3).
    expect(bestTier(ladder, 10 + 20)?.discount).toBe(5);
  });

  it('computes percent tiers half up and never more than the subtotal', () => {
    const pct = { unit: 'percent' as const, tiers: [{ minSpend: 3000, discount: 10 }] };
    expect(bestTier(pct, 4555)?.discount).toBe(456);
    expect(nextTier(pct, 2000)).toMatchObject({ missing: 1000, discount: 300 });
    expect(tierDiscount({ unit: 'amount' }, { minSpend: 0, discount: 500 }, 300)).toBe(300);
  });

  it('is consistent for any ladder and subtotal', () => {
    const tiers = fc.array(fc.record({ minSpend: fc.integer({ min: 0, max: 10_000 }), discount: fc.integer({ min: 1, max: 5000 }) }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(tiers, fc.integer({ min: 0, max: 12_000 }), (t, subtotal) => {
        const ladder = { unit: 'amount' as const, tiers: t };
        const best = bestTier(ladder, subtotal);
        const next = nextTier(ladder, subtotal);
        if (best) expect(best.tier.minSpend).toBeLessThanOrEqual(subtotal);
        if (next) {
          expect(next.missing).toBe(next.tier.minSpend - subtotal);
          expect(next.missing).toBeGreaterThan(0);
          expect(next.discount).toBeGreaterThan(best?.discount ?? 0);
          // Adding exactly the missing amount reaches a tier at least as good.
          expect(bestTier(ladder, subtotal + next.missing)!.discount).toBeGreaterThanOrEqual(next.discount);
        }
      }),
    );
  });
});

describe('cartMessage', () => {
  it('tells a buyer how much more to add, in English and Chinese', () => {
    expect(cartMessage(LADDER, 2550)).toBe('Add $4.50 more to save $8');
    expect(cartMessage(LADDER, 2550, { locale: 'zh-CN' })).toBe('再买 US$4.50 可减 US$8');
    expect(cartMessage(LADDER, 3000)).toBe('You save $8');
    expect(cartMessage(LADDER, 3000, { locale: 'zh-CN' })).toBe('已减 US$8');
    expect(cartMessage({ unit: 'percent', tiers: [{ minSpend: 3000, discount: 10 }] }, 2999)).toBe('Add $0.01 more to get 10% off');
    expect(cartMessage({ unit: 'percent', tiers: [{ minSpend: 3000, discount: 10 }] }, 2999, { locale: 'zh-CN' })).toBe('再买 US$0.01 可享 10% 折扣');
  });

  it('uses the currency digits (JPY has none)', () => {
    const yen = { unit: 'amount' as const, tiers: [{ minSpend: 3000, discount: 500 }] };
    expect(cartMessage(yen, 2550, { currency: 'JPY' })).toBe('Add ¥450 more to save ¥500');
  });
});
