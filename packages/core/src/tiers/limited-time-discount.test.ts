import { describe, expect, it } from 'vitest';
import { checkLimitedTimeDiscount } from './limited-time-discount.js';
import { resolveWallTime } from '../time/wall-time.js';

const LA = 'America/Los_Angeles';
const at = (w: string) => resolveWallTime(w, LA);

describe('checkLimitedTimeDiscount', () => {
  it('accepts 40 products, under two months, created well ahead', () => {
    expect(
      checkLimitedTimeDiscount({ productCount: 40, createdAt: at('2026-10-30 09:00'), start: at('2026-11-11 00:00'), end: at('2026-11-13 00:00') }, LA),
    ).toEqual([]);
  });

  it('rejects a 41st product', () => {
    expect(checkLimitedTimeDiscount({ productCount: 41, start: at('2026-11-11 00:00'), end: at('2026-11-12 00:00') }, LA)).toEqual([
      { code: 'too_many_products', path: ['productIds'], message: '41 products: the limited-time discount tool takes at most 40 per promotion' },
    ]);
  });

  it('requires "shorter than two months" in platform calendar months', () => {
    const start = at('2026-10-01 00:00');
    expect(checkLimitedTimeDiscount({ productCount: 1, start, end: at('2026-11-30 23:59') }, LA)).toEqual([]);
    const [issue] = checkLimitedTimeDiscount({ productCount: 1, start, end: at('2026-12-01 00:00') }, LA);
    expect(issue).toMatchObject({ code: 'promotion_too_long', path: ['end'] });
    expect(issue!.message).toContain('must end before 2026-12-01T00:00:00-08:00');
    // Dec 31 + 2 months clamps to the end of February.
    expect(checkLimitedTimeDiscount({ productCount: 1, start: at('2026-12-31 00:00'), end: at('2027-02-28 00:00') }, LA)).toMatchObject([
      { code: 'promotion_too_long' },
    ]);
  });

  it('requires the start some hours after creation (configurable)', () => {
    const p = { productCount: 1, createdAt: at('2026-11-10 12:00'), start: at('2026-11-11 00:00'), end: at('2026-11-12 00:00') };
    expect(checkLimitedTimeDiscount(p, LA)).toEqual([]); // 12 hours is enough
    expect(checkLimitedTimeDiscount(p, LA, { minLeadHours: 24 })).toMatchObject([{ code: 'start_too_soon', path: ['createdAt'] }]);
    expect(checkLimitedTimeDiscount({ ...p, createdAt: at('2026-11-10 12:01') }, LA).map((i) => i.code)).toEqual(['start_too_soon']);
  });
});
