import { describe, expect, it } from 'vitest';
import { taskOccurrences } from '../../../plan/occurrences.js';
import type { Plan } from '../../../schemas/plan.js';
import { formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const plan = (year: number) => instantiate(getTemplate('aliexpress-ramadan'), { year, teamTimeZone: SH });
const task = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!;
const islamic = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
/** Month/day in the Umm al-Qura calendar of a Gregorian day, read independently of the template code. */
const hijri = (ymd: string) => islamic.format(new Date(`${ymd}T12:00:00Z`));

describe('aliexpress-ramadan', () => {
  it.each([
    [2026, '2026-02-18'],
    [2027, '2027-02-08'],
    [2028, '2028-01-28'],
  ])('in %i opens the sale on 1 Ramadan, %s, about 11 days earlier each year', (year, day) => {
    const p = plan(year);
    const peak = p.phases.find((ph) => ph.id === 'peak')!;
    expect(formatInZone(peak.start, LA, 'yyyy-MM-dd HH:mm')).toBe(`${day} 00:00`);
    expect(hijri(day)).toBe('9/1');
    const dayBefore = formatInZone(new Date(peak.start.getTime() - 12 * 3_600_000), LA, 'yyyy-MM-dd');
    expect(hijri(dayBefore)).toMatch(/^8\//);
  });

  it('keeps platform deadlines in Pacific time and team checks at their Beijing hour across the US DST start (2026-03-08)', () => {
    const p = plan(2026);
    const review = p.phases.find((ph) => ph.id === 'review')!;
    // The review runs Mar 4 - Mar 10: it opens in PST and closes in PDT.
    expect(formatInZone(review.start, LA, 'MM-dd HH:mm xxx')).toBe('03-04 00:00 -08:00');
    expect(formatInZone(review.end, LA, 'MM-dd HH:mm xxx')).toBe('03-11 00:00 -07:00');
    const ship = task(p, 'ship-peak-orders');
    expect(formatInZone(ship.due, LA, 'HH:mm')).toBe('23:59');
    expect(formatInZone(ship.due, SH, 'HH:mm')).toBe('14:59');
    const checks = taskOccurrences(p, task(p, 'peak-daily-data-check'));
    expect(checks).toHaveLength(14);
    expect(new Set(checks.map((d) => formatInZone(d, SH, 'HH:mm')))).toEqual(new Set(['10:00']));
  });

  it('has its season tasks with roles, and every platform date an estimate', () => {
    const p = plan(2027);
    expect(task(p, 'ramadan-product-selection')).toMatchObject({ role: 'product', clock: 'team' });
    expect(task(p, 'ramadan-night-service')).toMatchObject({ role: 'logistics-service', dueSource: { kind: 'estimate' } });
    expect(p.tasks.filter((t) => t.dueSource && t.dueSource.kind !== 'estimate')).toEqual([]);
  });
});
