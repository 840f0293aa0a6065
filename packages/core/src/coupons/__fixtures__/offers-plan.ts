// Shared test data: a 2026 11.11 plan shape (US Pacific phases) without depending on the built-in template.
import { resolveWallTime } from '../../time/wall-time.js';
import { couponLadderSchema, type CouponLadderInput } from '../../schemas/coupon-ladder.js';

const LA = 'America/Los_Angeles';
const at = (wall: string) => resolveWallTime(wall, LA);

export const PHASES = [
  { id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, start: at('2026-10-01 00:00'), end: at('2026-10-28 00:00') },
  { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, start: at('2026-10-28 00:00'), end: at('2026-11-11 00:00') },
  { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, start: at('2026-11-11 00:00'), end: at('2026-11-13 00:00') },
  { id: 'review', label: { en: 'Review', 'zh-CN': '总结复盘期' }, start: at('2026-11-13 00:00'), end: at('2026-11-21 00:00') },
];

export const CTX = { phases: PHASES, platformTimeZone: LA };

/** A plan input with the four phases, no tasks, and whatever extra fields a test adds. */
export function planInput(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    id: 'test-1111',
    name: { en: 'Test 11.11', 'zh-CN': '测试双11' },
    platform: 'aliexpress',
    platformTimeZone: LA,
    teamTimeZone: 'Asia/Shanghai',
    phases: PHASES,
    tasks: [],
    ...extra,
  };
}

/** A valid store threshold ladder: $3 off $20, $8 off $45, $15 off $80, used in the peak. */
export function ladder(extra: Partial<CouponLadderInput> = {}) {
  return couponLadderSchema.parse({
    id: 'store-mj',
    kind: 'store-threshold-discount',
    useWindow: { phase: 'peak' },
    tiers: [
      { minSpend: 2000, discount: 300 },
      { minSpend: 4500, discount: 800 },
      { minSpend: 8000, discount: 1500 },
    ],
    ...extra,
  });
}

export { at, LA };
