import { describe, expect, it } from 'vitest';
import { couponLadderSchema } from './coupon-ladder.js';
import { productSchema } from './product.js';
import { discountScheduleSchema } from './discount-schedule.js';
import { issuesFromZod } from '../errors/from-zod.js';

const base = { id: 'c', kind: 'targeted-coupon', useWindow: { phase: 'review' }, tiers: [{ minSpend: 2500, discount: 500 }] };
const problems = (schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : issuesFromZod(r.error as never).map((i) => [i.path.join('.'), i.message]);
};

describe('offer schemas', () => {
  it('fills defaults: everyone, amount tiers, stacking', () => {
    expect(couponLadderSchema.parse(base)).toMatchObject({ audience: 'everyone', unit: 'amount', stacksWithOthers: true });
  });

  it('knows the kinds and audiences, including buyers who carted or wishlisted within N days', () => {
    expect(couponLadderSchema.parse({ ...base, audience: { cartedOrWishlistedWithinDays: 7 } }).audience).toEqual({ cartedOrWishlistedWithinDays: 7 });
    for (const audience of ['followers', 'new-buyers', 'cart-not-ordered', 'ordered-not-paid'])
      expect(couponLadderSchema.safeParse({ ...base, audience }).success, audience).toBe(true);
    expect(problems(couponLadderSchema, { ...base, kind: 'gift-card' })[0]?.[0]).toBe('kind');
    expect(problems(couponLadderSchema, { ...base, audience: { cartedOrWishlistedWithinDays: 0 } })[0]?.[0]).toBe('audience.cartedOrWishlistedWithinDays');
    expect(problems(couponLadderSchema, { ...base, tiers: [] })).toEqual([['tiers', 'expected at least one tier']]);
  });

  it('accepts windows as phases or instants, nothing else', () => {
    expect(couponLadderSchema.safeParse({ ...base, claimWindow: { start: '2026-11-13T00:00:00-08:00', end: '2026-11-20T00:00:00-08:00' } }).success).toBe(true);
    expect(couponLadderSchema.safeParse({ ...base, useWindow: { start: '2026-11-13T00:00:00', end: '2026-11-20T00:00:00-08:00' } }).success).toBe(false);
    expect(couponLadderSchema.safeParse({ ...base, useWindow: { when: 'peak' } }).success).toBe(false);
  });

  it('rejects SKUs without whole stock, unknown stock rules and percents of 100 or more', () => {
    const product = { id: 'p', tier: 'hero', skus: [{ id: 's', price: 1999, stock: 10 }] };
    expect(productSchema.parse(product)).toMatchObject({ priceHistory: [], registrations: [] });
    expect(problems(productSchema, { ...product, skus: [{ id: 's', price: 1999, stock: 1.5 }] })[0]?.[0]).toBe('skus.0.stock');
    expect(problems(productSchema, { ...product, tier: 'star' })[0]?.[0]).toBe('tier');
    const reg = (requirement: unknown) => ({ ...product, registrations: [{ channel: 'main-venue', requirement }] });
    expect(problems(productSchema, reg({ thresholdPrice: 1500, minStock: 1, stockRule: 'average' }))[0]?.[0]).toBe('registrations.0.requirement.stockRule');
    expect(problems(discountScheduleSchema, { id: 'd', productIds: ['p'], steps: [{ percentOff: 100, window: { phase: 'peak' } }] })).toEqual([
      ['steps.0.percentOff', 'expected a percent below 100'],
    ]);
    expect(problems(discountScheduleSchema, { id: 'd', productIds: ['p'], steps: [{ percentOff: 12.345, window: { phase: 'peak' } }] })).toEqual([
      ['steps.0.percentOff', 'expected at most two decimals'],
    ]);
  });
});
