import { describe, expect, it } from 'vitest';
import { taskOccurrences } from '../../../plan/occurrences.js';
import type { Plan } from '../../../schemas/plan.js';
import { anchorDay } from '../../../time/anchor-day.js';
import { formatCalendarDate, formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const plan = (year: number) => instantiate(getTemplate('aliexpress-black-friday'), { year, teamTimeZone: SH });
const due = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!.due;

/** Oracle independent of rrule: the day after the fourth Thursday of November. */
function blackFriday(year: number): string {
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay(); // 0 = Sunday
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return formatCalendarDate({ year, month: 11, day: firstThursday + 21 + 1 });
}

describe('aliexpress-black-friday', () => {
  it.each([
    [2020, '2020-11-27'],
    [2021, '2021-11-26'],
    [2024, '2024-11-29'],
    [2025, '2025-11-28'],
    [2026, '2026-11-27'],
    [2029, '2029-11-23'],
  ])('anchors %i on Black Friday %s, with the peak through Cyber Monday', (year, day) => {
    const p = plan(year);
    const peak = p.phases.find((ph) => ph.id === 'peak')!;
    expect(formatInZone(peak.start, LA, 'yyyy-MM-dd HH:mm EEE')).toBe(`${day} 00:00 Fri`);
    // The last peak day is Cyber Monday: the phase ends at 00:00 on the Tuesday after.
    expect(formatInZone(new Date(peak.end.getTime() - 1), LA, 'EEE HH:mm')).toBe('Mon 23:59');
    expect(formatInZone(peak.end, LA, 'EEE HH:mm')).toBe('Tue 00:00');
  });

  it('agrees with a calendar computation of Black Friday for every year 1990-2100', () => {
    const rule = getTemplate('aliexpress-black-friday').anchor.rule!;
    for (let year = 1990; year <= 2100; year++) expect(formatCalendarDate(anchorDay(rule, year)!)).toBe(blackFriday(year));
  });

  it('has the 2020 phases as half-open US Pacific days', () => {
    expect(plan(2020).phases.map((p) => [p.id, p.start.toISOString(), p.end.toISOString()])).toEqual([
      ['build-up', '2020-10-14T07:00:00.000Z', '2020-11-13T08:00:00.000Z'],
      ['warm-up', '2020-11-13T08:00:00.000Z', '2020-11-27T08:00:00.000Z'],
      ['peak', '2020-11-27T08:00:00.000Z', '2020-12-01T08:00:00.000Z'],
      ['review', '2020-12-01T08:00:00.000Z', '2020-12-08T08:00:00.000Z'],
    ]);
  });

  it('closes the playbook registrations on Oct 21 and Oct 30 2020, 23:59 PT (14:59 next day in Shanghai)', () => {
    const p = plan(2020);
    for (const id of ['register-platform-promotions', 'register-shopping-coupons']) {
      expect(formatInZone(due(p, id), LA)).toBe('2020-10-21 23:59');
      expect(formatInZone(due(p, id), SH)).toBe('2020-10-22 14:59');
    }
    expect(formatInZone(due(p, 'register-store-discount'), LA)).toBe('2020-10-30 23:59');
    expect(formatInZone(due(p, 'register-store-discount'), SH)).toBe('2020-10-31 14:59');
    const critical = p.tasks.filter((t) => t.critical && t.tags.includes('registration')).map((t) => t.id);
    expect(critical).toEqual(['register-platform-promotions', 'register-shopping-coupons', 'register-store-discount']);
  });

  it('keeps the registrations at the same distance from Black Friday in other years', () => {
    const p = plan(2025); // Black Friday Nov 28
    expect(formatInZone(due(p, 'register-platform-promotions'), LA)).toBe('2025-10-22 23:59');
    expect(formatInZone(due(p, 'register-store-discount'), LA)).toBe('2025-10-31 23:59');
  });

  it('monitors the peak daily on each of the four days, Black Friday to Cyber Monday', () => {
    const p = plan(2026);
    const check = p.tasks.find((t) => t.id === 'peak-daily-data-check')!;
    // The team's morning in Beijing after each sale day opens.
    expect(taskOccurrences(p, check).map((d) => formatInZone(d, SH, 'EEE MM-dd HH:mm'))).toEqual([
      'Sat 11-28 10:00',
      'Sun 11-29 10:00',
      'Mon 11-30 10:00',
      'Tue 12-01 10:00',
    ]);
    expect(formatInZone(due(p, 'cyber-monday-refresh'), LA, 'EEE HH:mm')).toBe('Sun 00:00');
  });

  it('borrows the 11.11 playbook wording for shared tasks', () => {
    const bf = getTemplate('aliexpress-black-friday').tasks.find((t) => t.id === 'tier-catalogue')!;
    const t1111 = getTemplate('aliexpress-11-11').tasks.find((t) => t.id === 'tier-catalogue')!;
    expect(bf.title).toEqual(t1111.title);
    expect(bf.due).not.toEqual(t1111.due);
  });
});
