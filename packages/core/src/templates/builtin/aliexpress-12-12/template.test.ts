import { describe, expect, it } from 'vitest';
import { taskOccurrences } from '../../../plan/occurrences.js';
import type { Plan } from '../../../schemas/plan.js';
import { formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const plan = (year: number) => instantiate(getTemplate('aliexpress-12-12'), { year, teamTimeZone: SH });
const task = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!;
const days = (p: Plan) => p.phases.map((ph) => [ph.id, formatInZone(ph.start, LA, 'MM-dd'), formatInZone(new Date(ph.end.getTime() - 1), LA, 'MM-dd')]);

describe('aliexpress-12-12', () => {
  it.each([2026, 2027, 2028])('in %i: build-up Nov 21 - Dec 2, warm-up Dec 3 - Dec 11, sale Dec 12 - Dec 14, review to Dec 21 (PST all through)', (year) => {
    const p = plan(year);
    expect(days(p)).toEqual([
      ['build-up', '11-21', '12-02'],
      ['warm-up', '12-03', '12-11'],
      ['peak', '12-12', '12-14'],
      ['review', '12-15', '12-21'],
    ]);
    expect(formatInZone(task(p, 'sale-opens').due, SH)).toBe(`${year}-12-12 16:00`);
    expect(task(p, 'sale-opens')).toMatchObject({ milestone: true });
  });

  it('marks every platform date an estimate, the registrations as given by no source', () => {
    const p = plan(2027);
    for (const t of p.tasks.filter((x) => x.clock !== 'team')) expect(t.dueSource?.kind, t.id).toBe('estimate');
    expect(task(p, 'register-platform-activities').dueSource?.note).toMatch(/no source gives this date/);
    expect(formatInZone(task(p, 'register-platform-activities').due, LA)).toBe('2027-11-28 23:59');
  });

  it('monitors each of the three sale days at 10:00 Beijing time', () => {
    const p = plan(2026);
    expect(taskOccurrences(p, task(p, 'peak-daily-data-check')).map((d) => formatInZone(d, SH))).toEqual([
      '2026-12-13 10:00',
      '2026-12-14 10:00',
      '2026-12-15 10:00',
    ]);
  });

  it('maps roles to people with a roster; unmapped roles stay roles', () => {
    const p = instantiate(getTemplate('aliexpress-12-12'), {
      year: 2026,
      teamTimeZone: SH,
      roster: { roles: { designer: 'Chen Jing', 'operations-lead': 'Li Wei' } },
    });
    expect(task(p, 'design-topic-pages')).toMatchObject({ role: 'designer', owner: 'Chen Jing' });
    expect(task(p, 'all-hands-kickoff')).toMatchObject({ role: 'operations-lead', owner: 'Li Wei' });
    expect(task(p, 'tune-ppc-ads').owner).toBeUndefined();
    expect(task(p, 'tune-ppc-ads').role).toBe('traffic');
  });
});
