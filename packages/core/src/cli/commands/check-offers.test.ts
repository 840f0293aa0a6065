import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan, safeParsePlan } from '../../plan/parse-plan.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { planWarnings } from '../../plan/plan-warnings.js';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { at, planInput } from '../../coupons/__fixtures__/offers-plan.js';

const OFFERS = {
  currency: 'USD',
  grossMarginPercent: 35,
  couponLadders: [
    {
      id: 'store-mj',
      kind: 'store-threshold-discount',
      useWindow: { phase: 'peak' },
      referenceUnitPrice: 1799,
      tiers: [
        { minSpend: 2000, discount: 300 },
        { minSpend: 4500, discount: 800 },
      ],
    },
    {
      id: 'return-visit',
      kind: 'targeted-coupon',
      audience: { cartedOrWishlistedWithinDays: 7 },
      claimWindow: { start: '2026-11-13T00:00:00-08:00', end: '2026-11-20T00:00:00-08:00' },
      useWindow: { phase: 'review' },
      tiers: [{ minSpend: 2500, discount: 500 }],
      totalQuantity: 200,
      perBuyerLimit: 1,
    },
  ],
  discountSchedules: [
    {
      id: 'peak-days',
      productIds: ['earbuds'],
      createdAt: '2026-11-01T10:00:00-08:00',
      steps: [
        { percentOff: 20, window: { phase: 'peak', day: 1 } },
        { percentOff: 12.5, window: { phase: 'peak', day: 2 } },
      ],
    },
  ],
  products: [
    {
      id: 'earbuds',
      tier: 'hero',
      skus: [{ id: 'black', price: 1999, activityPrice: 1599, stock: 300 }],
      priceHistory: [{ at: '2026-10-01T00:00:00-07:00', price: 1999 }],
      registrations: [{ channel: 'main-venue', requirement: { thresholdPrice: 1600, minStock: 200, stockRule: 'total' } }],
    },
  ],
};

describe('offers in a plan', () => {
  it('parses older plans without offers, filling defaults', () => {
    const plan = parsePlan(planInput());
    expect(plan).toMatchObject({ currency: 'USD', couponLadders: [], discountSchedules: [], products: [] });
    expect(plan.grossMarginPercent).toBeUndefined();
  });

  it('round-trips ladders, schedules and products through JSON losslessly', () => {
    const plan = parsePlan(planInput(OFFERS));
    const text = serializePlan(plan);
    expect(parsePlan(JSON.parse(text))).toEqual(plan);
    expect(serializePlan(parsePlan(JSON.parse(text)))).toBe(text);
    // Money stays integer minor units; instants come back in platform time.
    expect(text).toContain('"minSpend": 2000');
    expect(text).toContain('"createdAt": "2026-11-01T10:00:00-08:00"');
    expect(plan.couponLadders[1]!.claimWindow).toEqual({ start: at('2026-11-13 00:00'), end: at('2026-11-20 00:00') });
  });

  it('reports offer errors with paths from the plan', () => {
    const bad = structuredClone(OFFERS);
    bad.couponLadders[0]!.tiers[1] = { minSpend: 2000, discount: 2500 };
    bad.couponLadders[1]!.id = 'store-mj';
    bad.discountSchedules[0]!.productIds.push('ghost');
    const r = safeParsePlan(planInput(bad));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'couponLadders.1.id'],
      ['discount_not_below_threshold', 'couponLadders.0.tiers.1.discount'],
      ['thresholds_not_increasing', 'couponLadders.0.tiers.1.minSpend'],
      ['unknown_product', 'discountSchedules.0.productIds.1'],
    ]);
  });

  it('rejects money that is not whole minor units and unknown currencies at the shape level', () => {
    const bad = structuredClone(OFFERS);
    bad.couponLadders[0]!.tiers[0]!.minSpend = 19.99;
    const r = safeParsePlan(planInput({ ...bad, currency: 'usd' }));
    if (r.success) throw new Error('expected failure');
    expect(r.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['currency', 'expected an ISO 4217 currency code such as USD'],
      ['couponLadders.0.tiers.0.minSpend', 'expected a whole number of minor units (cents for USD: 1999 is 19.99)'],
    ]);
  });

  it('returns warnings without failing the plan', () => {
    const warned = structuredClone(OFFERS);
    warned.couponLadders[0]!.referenceUnitPrice = 2500;
    warned.products[0]!.registrations.push({ channel: 'flash-deals', requirement: { thresholdPrice: 1500, minStock: 400, stockRule: 'total' } });
    (warned.products[0]!.registrations[0] as Record<string, unknown>).registeredStock = 200;
    (warned.products[0]!.registrations[0] as Record<string, unknown>).sold = 101;
    const plan = parsePlan(planInput(warned));
    expect(planWarnings(plan).map((w) => [w.code, w.path.join('.')])).toEqual([
      ['threshold_at_or_below_unit_price', 'couponLadders.0.tiers.0.minSpend'],
      ['replenish_stock', 'products.0.registrations.0.sold'],
      ['channel_not_for_tier', 'products.0.registrations.1.channel'],
      ['not_eligible_price_above_threshold', 'products.0.registrations.1.requirement'],
      ['not_eligible_stock_short', 'products.0.registrations.1.requirement'],
    ]);
    expect(planWarnings(parsePlan(planInput(OFFERS)))).toEqual([]);
  });
});

describe('campaign-planner check with offers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-offers-'));
  async function check(input: unknown) {
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(input));
    const io = captureIO();
    const code = await runCli(['check', file], io);
    return { code, out: io.out(), err: io.err(), file };
  }

  it('prints warnings on stderr and exits 0', async () => {
    const warned = structuredClone(OFFERS);
    warned.couponLadders[0]!.referenceUnitPrice = 2500;
    const r = await check(planInput(warned));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ok \(4 phases, 0 tasks\)/);
    expect(r.err).toBe(
      `${r.file}: warning: couponLadders[0].tiers[0].minSpend: the first threshold $20 is not above the unit price $25: a single item already gets the discount; set it slightly above the unit price\n`,
    );
  });

  it('exits 1 on offer errors', async () => {
    const bad = structuredClone(OFFERS);
    bad.couponLadders[0]!.tiers[0] = { minSpend: 200, discount: 201 };
    const r = await check(planInput(bad));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${r.file}: couponLadders[0].tiers[0].discount: $2.01 off a $2 threshold: expected the discount below the threshold (are the two fields swapped?)\n`,
    );
  });
});
