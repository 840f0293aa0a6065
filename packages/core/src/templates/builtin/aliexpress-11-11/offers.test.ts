import { describe, expect, it } from 'vitest';
import { instantiate } from '../../instantiate.js';
import { aliexpress1111 } from './template.js';
import { planWarnings } from '../../../plan/plan-warnings.js';
import { parsePlan } from '../../../plan/parse-plan.js';
import { serializePlan } from '../../../plan/serialize-plan.js';
import { resolveDiscountSchedule } from '../../../coupons/discount-schedule.js';
import { resolveWindow } from '../../../coupons/resolve-window.js';
import { cartMessage } from '../../../coupons/cart-message.js';
import { checkEligibility } from '../../../tiers/eligibility.js';
import { channelFitsTier } from '../../../tiers/product-tiers.js';

describe('the 11.11 template offers', () => {
  const plan = instantiate(aliexpress1111, { year: 2026, teamTimeZone: 'Asia/Shanghai' });

  it('carries the example ladders, schedule and tiered products into the plan, passing every check', () => {
    expect(plan.currency).toBe('USD');
    expect(plan.couponLadders.map((l) => l.id)).toEqual(['store-threshold', 'follower-coupon', 'peak-large-coupon', 'return-visit-coupon']);
    expect(plan.products.map((p) => p.tier)).toEqual(['hero', 'activity', 'volume', 'clearance']);
    expect(planWarnings(plan)).toEqual([]);
    for (const p of plan.products)
      for (const r of p.registrations) {
        expect(channelFitsTier(p.tier, r.channel)).toBe(true);
        if (r.requirement) expect(checkEligibility(p, r.requirement)).toEqual({ eligible: true });
      }
    expect(parsePlan(JSON.parse(serializePlan(plan)))).toEqual(plan);
  });

  it('ties windows to phases, so they move with the year and the published calendar', () => {
    const [day1, day2] = resolveDiscountSchedule(plan.discountSchedules[0]!, plan);
    expect([day1!.percentOff, day1!.start.toISOString(), day2!.percentOff, day2!.start.toISOString()]).toEqual([
      20,
      '2026-11-11T08:00:00.000Z',
      10,
      '2026-11-12T08:00:00.000Z',
    ]);
    const y2021 = instantiate(aliexpress1111, {
      year: 2021,
      teamTimeZone: 'Asia/Shanghai',
      calendar: { phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } } },
    });
    const use = resolveWindow(y2021.couponLadders[0]!.useWindow, y2021);
    expect(use.ok && use.end.toISOString()).toBe('2021-11-14T08:00:00.000Z');
  });

  it('shows a buyer the next tier of the store threshold discount', () => {
    expect(cartMessage(plan.couponLadders[0]!, 3598)).toBe('Add $9.02 more to save $8');
    expect(cartMessage(plan.couponLadders[0]!, 3598, { locale: 'zh-CN' })).toBe('再买 US$9.02 可减 US$8');
  });
});
