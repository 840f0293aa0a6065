import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../schemas/plan.js';
import { formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const plan = (year: number) => instantiate(getTemplate('aliexpress-brand-week'), { year, teamTimeZone: SH });
const task = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!;

describe('aliexpress-brand-week', () => {
  it.each([
    [2026, '2026-08-10', '2026-08-16'],
    [2027, '2027-08-09', '2027-08-15'],
    [2028, '2028-08-14', '2028-08-20'],
  ])('in %i runs seven sale days from the second Monday of August (%s - %s)', (year, first, last) => {
    const p = plan(year);
    const peak = p.phases.find((ph) => ph.id === 'peak')!;
    expect(formatInZone(peak.start, LA, 'yyyy-MM-dd EEE')).toBe(`${first} Mon`);
    expect(formatInZone(new Date(peak.end.getTime() - 1), LA, 'yyyy-MM-dd')).toBe(last);
  });

  it("confirms the brand qualification before registering, in the team's hours", () => {
    const p = plan(2026);
    const q = task(p, 'confirm-brand-qualification');
    expect(q).toMatchObject({ role: 'operations-lead', clock: 'team' });
    expect(q.due.getTime()).toBeLessThan(task(p, 'register-platform-activities').due.getTime());
    expect(formatInZone(q.due, SH, 'HH:mm')).toBe('17:00');
  });
});
