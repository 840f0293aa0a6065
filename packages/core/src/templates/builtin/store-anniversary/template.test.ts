import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../errors/issue.js';
import { PlanValidationError } from '../../../errors/validation-error.js';
import { taskOccurrences } from '../../../plan/occurrences.js';
import type { Plan } from '../../../schemas/plan.js';
import { formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const plan = (year: number, anchorDate = '03-10') => instantiate(getTemplate('store-anniversary'), { year, teamTimeZone: SH, anchorDate });
const task = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!;

describe('store-anniversary', () => {
  it.each([2026, 2027, 2028])('in %i opens on the day the seller gives', (year) => {
    const p = plan(year, '06-18');
    expect(formatInZone(p.phases[2]!.start, LA, 'yyyy-MM-dd HH:mm')).toBe(`${year}-06-18 00:00`);
    expect(formatInZone(p.phases[0]!.start, LA, 'yyyy-MM-dd')).toBe(`${year}-05-29`);
    expect(p.tasks.filter((t) => t.tags.includes('registration') && t.critical).map((t) => t.id)).toEqual(['register-store-discount', 'set-up-store-coupons']);
  });

  it('takes a full date too, and refuses a missing or impossible one naming the option', () => {
    expect(formatInZone(plan(2027, '2027-09-09').phases[2]!.start, LA, 'yyyy-MM-dd')).toBe('2027-09-09');
    const errorOf = (anchorDate?: string) => {
      try {
        instantiate(getTemplate('store-anniversary'), { year: 2026, teamTimeZone: SH, ...(anchorDate ? { anchorDate } : {}) });
      } catch (e) {
        if (e instanceof PlanValidationError) return e;
        throw e;
      }
      throw new Error('expected a PlanValidationError');
    };
    expect(errorOf().issues.map((i) => [formatPath(i.path), i.message])).toEqual([['anchorDate', expect.stringMatching(/needs the sale day from you/)]]);
    expect(errorOf('02-30').issues.map((i) => formatPath(i.path))).toEqual(['anchorDate']);
    expect(errorOf('2026-13-01').issues.map((i) => formatPath(i.path))).toEqual(['anchorDate']);
  });

  it('crosses the US DST start (Mar 8 2026) in the warm-up: banners at 00:00 Pacific, checks at 10:00 Beijing', () => {
    const p = plan(2026);
    const banner = task(p, 'peak-store-banner');
    expect(formatInZone(banner.due, LA, 'yyyy-MM-dd HH:mm xxx')).toBe('2026-03-09 00:00 -07:00');
    expect(formatInZone(task(p, 'warm-up-store-banner').due, LA, 'yyyy-MM-dd HH:mm xxx')).toBe('2026-03-02 00:00 -08:00');
    const checks = taskOccurrences(p, task(p, 'warm-up-daily-cart-check'));
    expect(new Set(checks.map((d) => formatInZone(d, SH, 'HH:mm')))).toEqual(new Set(['10:00']));
    expect(new Set(checks.map((d) => formatInZone(d, LA, 'HH:mm')))).toEqual(new Set(['18:00', '19:00']));
  });
});
