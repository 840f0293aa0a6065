import { describe, expect, it } from 'vitest';
import { checkDiscountSchedule, discountAt, resolveDiscountSchedule } from './discount-schedule.js';
import { discountScheduleSchema, type DiscountScheduleInput } from '../schemas/discount-schedule.js';
import { CTX, at } from './__fixtures__/offers-plan.js';

const schedule = (extra: Partial<DiscountScheduleInput> = {}) =>
  discountScheduleSchema.parse({
    id: 'peak-days',
    productIds: ['earbuds'],
    steps: [
      { percentOff: 10, window: { phase: 'peak', day: 2 } },
      { percentOff: 20, window: { phase: 'peak', day: 1 }, stock: 300 },
    ],
    ...extra,
  });

describe('discount schedules', () => {
  it('resolves "20% on day 1, 10% on day 2 of the peak" in platform time, in time order', () => {
    const steps = resolveDiscountSchedule(schedule(), CTX);
    expect(steps.map((s) => [s.percentOff, s.start.toISOString(), s.end.toISOString(), s.stock])).toEqual([
      [20, '2026-11-11T08:00:00.000Z', '2026-11-12T08:00:00.000Z', 300],
      [10, '2026-11-12T08:00:00.000Z', '2026-11-13T08:00:00.000Z', undefined],
    ]);
  });

  it('gives the percent at an instant, midnight Pacific being the switch', () => {
    expect(discountAt(schedule(), CTX, at('2026-11-11 23:59'))).toBe(20);
    expect(discountAt(schedule(), CTX, at('2026-11-12 00:00'))).toBe(10);
    // 15:59 in Beijing on Nov 12 is still Nov 11 in Los Angeles.
    expect(discountAt(schedule(), CTX, new Date('2026-11-12T07:59:00Z'))).toBe(20);
    expect(discountAt(schedule(), CTX, at('2026-11-13 00:00'))).toBe(0);
    expect(() => resolveDiscountSchedule(schedule({ steps: [{ percentOff: 5, window: { phase: 'nope' } }] }), CTX)).toThrow(/steps\[0\].window.phase/);
  });

  it('accepts a sound schedule and reports overlaps, unknown products and outside windows', () => {
    expect(checkDiscountSchedule(schedule(), CTX, { productIds: new Set(['earbuds']) })).toEqual([]);
    const bad = schedule({
      productIds: ['earbuds', 'ghost'],
      steps: [
        { percentOff: 20, window: { phase: 'peak' } },
        { percentOff: 10, window: { phase: 'peak', day: 2 } },
        { percentOff: 5, window: { start: at('2026-11-20 00:00'), end: at('2026-11-22 00:00') } },
      ],
    });
    expect(checkDiscountSchedule(bad, CTX, { productIds: new Set(['earbuds']) }).map((i) => [i.code, i.path])).toEqual([
      ['window_outside_campaign', ['steps', 2, 'window']],
      ['steps_overlap', ['steps', 1, 'window']],
      ['unknown_product', ['productIds', 1]],
    ]);
  });

  it('applies the limited-time discount tool limits', () => {
    const many = schedule({ productIds: Array.from({ length: 41 }, (_, i) => `p${i}`) });
    expect(checkDiscountSchedule(many, CTX).map((i) => i.code)).toEqual(['too_many_products']);
    const rushed = schedule({ createdAt: at('2026-11-10 13:00') }); // 11 hours before the first step
    expect(checkDiscountSchedule(rushed, CTX).map((i) => [i.code, i.path])).toEqual([['start_too_soon', ['createdAt']]]);
    expect(checkDiscountSchedule(rushed, CTX, { limits: { minLeadHours: 6 } })).toEqual([]);
  });
});
