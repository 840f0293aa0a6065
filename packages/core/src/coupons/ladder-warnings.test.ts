import { describe, expect, it } from 'vitest';
import { ladderWarnings } from './ladder-warnings.js';
import { ladder } from './__fixtures__/offers-plan.js';

const codes = (issues: ReadonlyArray<{ code: string }>) => issues.map((i) => i.code);

describe('ladderWarnings', () => {
  it('says nothing about a ladder with its first threshold slightly above the unit price', () => {
    expect(ladderWarnings(ladder({ referenceUnitPrice: 1799 }), { grossMarginPercent: 35 })).toEqual([]);
  });

  it('warns when a single item reaches the first threshold', () => {
    const [w] = ladderWarnings(ladder({ referenceUnitPrice: 2500 }));
    expect(w).toEqual({
      code: 'threshold_at_or_below_unit_price',
      path: ['tiers', 0, 'minSpend'],
      message: 'the first threshold $20 is not above the unit price $25: a single item already gets the discount; set it slightly above the unit price',
    });
    expect(codes(ladderWarnings(ladder(), { referenceUnitPrice: 2000 }))).toEqual(['threshold_at_or_below_unit_price']);
    expect(ladderWarnings(ladder(), { referenceUnitPrice: 1999 })).toEqual([]);
  });

  it('warns when the first threshold is beyond the multiple (3x by default, configurable)', () => {
    expect(ladderWarnings(ladder(), { referenceUnitPrice: 667 })).toEqual([]); // 20 <= 3 x 6.67
    const [w] = ladderWarnings(ladder(), { referenceUnitPrice: 666 });
    expect(w).toMatchObject({ code: 'threshold_far_above_unit_price', path: ['tiers', 0, 'minSpend'] });
    expect(w!.message).toBe('the first threshold $20 is more than 3x the unit price $6.66: few buyers will reach it');
    expect(ladderWarnings(ladder(), { referenceUnitPrice: 666, farMultiple: 4 })).toEqual([]);
  });

  it('warns when a deeper tier gives a worse rate', () => {
    // $3 off $20 is 15%; $5 off $40 is 12.5%.
    const w = ladderWarnings(
      ladder({
        tiers: [
          { minSpend: 2000, discount: 300 },
          { minSpend: 4000, discount: 500 },
        ],
      }),
    );
    expect(w).toEqual([
      {
        code: 'deeper_tier_worse_rate',
        path: ['tiers', 1],
        message: 'this tier gives 12.5% off, less than the 15% of the tier before: buyers gain little by spending more',
      },
    ]);
    // Equal rates are not worse.
    expect(
      ladderWarnings(
        ladder({
          tiers: [
            { minSpend: 2000, discount: 300 },
            { minSpend: 4000, discount: 600 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('warns when a rate is above the gross margin', () => {
    const l = ladder({
      tiers: [
        { minSpend: 2000, discount: 300 },
        { minSpend: 3000, discount: 1000 },
      ],
    });
    expect(ladderWarnings(l, { grossMarginPercent: 33.34 })).toEqual([]);
    expect(ladderWarnings(l, { grossMarginPercent: 33.33 })).toEqual([
      {
        code: 'rate_above_margin',
        path: ['tiers', 1, 'discount'],
        message: 'this tier gives up to 33.3% off, more than the 33.33% gross margin: orders at the threshold sell at a loss',
      },
    ]);
    const pct = ladder({
      unit: 'percent',
      tiers: [
        { minSpend: 2000, discount: 10 },
        { minSpend: 5000, discount: 40 },
      ],
    });
    expect(ladderWarnings(pct, { grossMarginPercent: 30 }).map((w) => w.path)).toEqual([['tiers', 1, 'discount']]);
  });
});
