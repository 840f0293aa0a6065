import { describe, expect, it } from 'vitest';
import { taskOccurrences } from '../../../plan/occurrences.js';
import type { Plan } from '../../../schemas/plan.js';
import { formatISOInZone, formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const DAY = 86_400_000;
const plan = (year: number) => instantiate(getTemplate('aliexpress-328'), { year, teamTimeZone: SH });
const task = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!;

describe('aliexpress-328 for 2026', () => {
  it('has a 9-day warm-up from Mar 19 and a 3-day sale from Mar 28; the build-up crosses the Mar 8 DST start', () => {
    const p = plan(2026);
    expect(p.phases.map((ph) => [ph.id, formatISOInZone(ph.start, LA), formatISOInZone(ph.end, LA)])).toEqual([
      ['build-up', '2026-01-23T00:00:00-08:00', '2026-03-19T00:00:00-07:00'],
      ['warm-up', '2026-03-19T00:00:00-07:00', '2026-03-28T00:00:00-07:00'],
      ['peak', '2026-03-28T00:00:00-07:00', '2026-03-31T00:00:00-07:00'],
      ['review', '2026-03-31T00:00:00-07:00', '2026-04-07T00:00:00-07:00'],
    ]);
    expect(p.phases.map((ph) => ph.start.toISOString())).toEqual([
      '2026-01-23T08:00:00.000Z',
      '2026-03-19T07:00:00.000Z',
      '2026-03-28T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    const [, warmUp, peak] = p.phases;
    // Whole days once DST has started: no 23- or 25-hour day inside these phases.
    expect(warmUp!.end.getTime() - warmUp!.start.getTime()).toBe(9 * DAY);
    expect(peak!.end.getTime() - peak!.start.getTime()).toBe(3 * DAY);
  });

  it('shows the 1 h shift in Shanghai between a deadline before Mar 8 and one after', () => {
    const p = plan(2026);
    const close = task(p, 'register-platform-activities').due;
    const results = task(p, 'registration-results').due;
    expect(formatInZone(close, LA)).toBe('2026-03-06 23:59');
    expect(formatInZone(close, SH)).toBe('2026-03-07 15:59');
    expect(formatInZone(results, LA)).toBe('2026-03-09 23:59');
    expect(formatInZone(results, SH)).toBe('2026-03-10 14:59');
  });

  it('follows the platform timeline: registration from ~5 weeks to ~2 weeks before the warm-up, then results', () => {
    const p = plan(2026);
    const window = (id: string) => {
      const t = task(p, id);
      return [t.start ? formatInZone(t.start, LA) : undefined, formatInZone(t.due, LA)];
    };
    expect(window('recruitment-briefing')).toEqual(['2026-01-29 00:00', '2026-02-05 23:59']);
    expect(window('set-up-store-coupons')).toEqual(['2026-02-06 00:00', '2026-02-26 23:59']);
    expect(window('register-platform-activities')).toEqual(['2026-02-12 00:00', '2026-03-06 23:59']);
    expect(window('registration-results')).toEqual(['2026-03-08 00:00', '2026-03-09 23:59']);
    expect(window('set-up-limited-time-discounts')).toEqual(['2026-02-26 00:00', '2026-03-14 23:59']);
    for (const id of ['register-platform-activities', 'set-up-store-coupons', 'set-up-limited-time-discounts'])
      expect(task(p, id)).toMatchObject({ critical: true });
  });

  it("keeps the team's weekly build-up check at 17:00 Beijing time across the US DST start while its Pacific time moves", () => {
    const p = plan(2026);
    const occurrences = taskOccurrences(p, task(p, 'monitor-build-up-data'));
    expect(new Set(occurrences.map((d) => formatInZone(d, SH, 'EEE HH:mm')))).toEqual(new Set(['Thu 17:00']));
    const mar5 = occurrences.find((d) => formatInZone(d, SH, 'MM-dd') === '03-05')!;
    const mar12 = occurrences.find((d) => formatInZone(d, SH, 'MM-dd') === '03-12')!;
    expect(mar12.getTime() - mar5.getTime()).toBe(7 * DAY);
    expect([formatInZone(mar5, LA), formatInZone(mar12, LA)]).toEqual(['2026-03-05 01:00', '2026-03-12 02:00']);
  });

  it('moves the registration window with a published warm-up date', () => {
    const p = instantiate(getTemplate('aliexpress-328'), {
      year: 2026,
      teamTimeZone: SH,
      calendar: { phases: { 'warm-up': { first: '2026-03-17', last: '2026-03-27' } } },
    });
    expect(formatInZone(task(p, 'register-platform-activities').due, LA)).toBe('2026-03-04 23:59');
    expect(formatInZone(task(p, 'warm-up-store-banner').due, LA)).toBe('2026-03-16 00:00');
  });
});
