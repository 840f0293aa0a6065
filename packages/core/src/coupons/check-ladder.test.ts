import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkLadder } from './check-ladder.js';
import { couponLadderSchema } from '../schemas/coupon-ladder.js';
import { CTX, at, ladder } from './__fixtures__/offers-plan.js';

const codes = (issues: ReadonlyArray<{ code: string }>) => issues.map((i) => i.code);

describe('checkLadder', () => {
  it('accepts a sound ladder', () => {
    expect(checkLadder(ladder(), { context: CTX })).toEqual([]);
  });

  it('rejects thresholds and discounts that do not strictly increase', () => {
    const issues = checkLadder(
      ladder({
        tiers: [
          { minSpend: 3000, discount: 500 },
          { minSpend: 3000, discount: 500 },
        ],
      }),
    );
    expect(issues).toEqual([
      { code: 'thresholds_not_increasing', path: ['tiers', 1, 'minSpend'], message: "expected a threshold above the previous tier's $30, got $30" },
      { code: 'discounts_not_increasing', path: ['tiers', 1, 'discount'], message: "expected a discount above the previous tier's $5, got $5" },
    ]);
  });

  it('rejects a discount at or above its threshold ("$2.01 off $2")', () => {
    const issues = checkLadder(ladder({ tiers: [{ minSpend: 200, discount: 201 }] }));
    expect(issues).toEqual([
      {
        code: 'discount_not_below_threshold',
        path: ['tiers', 0, 'discount'],
        message: '$2.01 off a $2 threshold: expected the discount below the threshold (are the two fields swapped?)',
      },
    ]);
    expect(codes(checkLadder(ladder({ tiers: [{ minSpend: 200, discount: 200 }] })))).toEqual(['discount_not_below_threshold']);
    expect(checkLadder(ladder({ tiers: [{ minSpend: 200, discount: 199 }] }))).toEqual([]);
  });

  it('checks percent tiers and whole minor units', () => {
    expect(
      checkLadder(
        ladder({
          unit: 'percent',
          tiers: [
            { minSpend: 2000, discount: 5 },
            { minSpend: 4000, discount: 12.5 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(codes(checkLadder(ladder({ unit: 'percent', tiers: [{ minSpend: 2000, discount: 100 }] })))).toEqual(['percent_out_of_range']);
    expect(codes(checkLadder(ladder({ tiers: [{ minSpend: 2000, discount: 2.5 }] })))).toEqual(['discount_not_whole']);
  });

  it('rejects quantities that are not positive', () => {
    const issues = checkLadder(ladder({ totalQuantity: 0, perBuyerLimit: -1 }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['quantity_not_positive', ['totalQuantity']],
      ['quantity_not_positive', ['perBuyerLimit']],
    ]);
    expect(checkLadder(ladder({ totalQuantity: 200, perBuyerLimit: 1 }))).toEqual([]);
  });

  it('rejects a use window that starts before the claim window', () => {
    const bad = ladder({ kind: 'follower-coupon', claimWindow: { phase: 'peak' }, useWindow: { phase: 'warm-up', through: 'peak' } });
    const issues = checkLadder(bad, { context: CTX });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'use_before_claim', path: ['useWindow'] });
    expect(issues[0]!.message).toContain('2026-10-28T00:00:00-07:00');
    // Claimed in the warm-up, used in the peak: fine.
    expect(checkLadder(ladder({ claimWindow: { phase: 'warm-up' }, useWindow: { phase: 'peak' } }), { context: CTX })).toEqual([]);
  });

  it('checks instant windows even without a plan', () => {
    const bad = ladder({
      claimWindow: { start: at('2026-11-11 00:00'), end: at('2026-11-12 00:00') },
      useWindow: { start: at('2026-11-10 00:00'), end: at('2026-11-12 00:00') },
    });
    expect(codes(checkLadder(bad))).toEqual(['use_before_claim']);
  });

  it('rejects windows outside the campaign and unknown phases', () => {
    const outside = ladder({ useWindow: { start: at('2026-11-20 00:00'), end: at('2026-11-22 00:00') } });
    const [issue] = checkLadder(outside, { context: CTX });
    expect(issue).toMatchObject({ code: 'window_outside_campaign', path: ['useWindow'] });
    expect(issue!.message).toBe(
      '2026-11-20T00:00:00-08:00 .. 2026-11-22T00:00:00-08:00 is outside the campaign 2026-10-01T00:00:00-07:00 .. 2026-11-21T00:00:00-08:00',
    );
    expect(checkLadder(ladder({ useWindow: { phase: 'launch' } }), { context: CTX })).toEqual([
      { code: 'invalid_window', path: ['useWindow', 'phase'], message: 'unknown phase "launch", expected one of build-up, warm-up, peak, review' },
    ]);
  });

  it('passes or fails with a path for any generated ladder', () => {
    const tier = fc.record({ minSpend: fc.integer({ min: 0, max: 20_000 }), discount: fc.integer({ min: 1, max: 20_000 }) });
    const quantity = fc.option(fc.integer({ min: -3, max: 500 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(tier, { minLength: 1, maxLength: 6 }), quantity, quantity, (tiers, totalQuantity, perBuyerLimit) => {
        const input = { id: 'gen', kind: 'store-coupon', useWindow: { phase: 'peak' }, tiers, totalQuantity, perBuyerLimit };
        const l = couponLadderSchema.parse(JSON.parse(JSON.stringify(input)));
        const issues = checkLadder(l, { context: CTX });
        const sound =
          tiers.every((t, j) => t.discount < t.minSpend && (j === 0 || (t.minSpend > tiers[j - 1]!.minSpend && t.discount > tiers[j - 1]!.discount))) &&
          [totalQuantity, perBuyerLimit].every((q) => q === undefined || q > 0);
        expect(issues.length === 0).toBe(sound);
        for (const issue of issues) {
          // Every path points at a field that exists in the ladder.
          const target = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], l);
          expect(target, issue.code).toBeDefined();
          expect(issue.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });
});
