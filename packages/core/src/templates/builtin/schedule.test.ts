// The "done when" for every built-in template, as a seller in Shenzhen would check a plan: work has a
// window, internal work sits in the team's working hours on working days, every platform deadline says where
// its date comes from, and every task has someone to do it.
import { describe, expect, it } from 'vitest';
import { clockZone, taskOccurrences } from '../../plan/occurrences.js';
import type { Plan } from '../../schemas/plan.js';
import { ROLES } from '../../schemas/task.js';
import { formatInZone } from '../../time/wall-time.js';
import { instantiate } from '../instantiate.js';
import { getTemplate } from '../registry.js';
import { BUILTIN_TEMPLATES } from './index.js';

const SH = 'Asia/Shanghai';
const YEARS = [2026, 2027, 2028];
// The store anniversary needs the seller's date; any day works for these checks.
const options = (id: string, year: number) => ({ year, teamTimeZone: SH, ...(getTemplate(id).anchor.sellerGiven ? { anchorDate: '06-18' } : {}) });
const plan = (id: string, year: number) => instantiate(getTemplate(id), options(id, year));

/** Team-clock instants outside 08:00-22:00 team time or on a Saturday or Sunday in the team's zone. */
function offHours(p: Plan): string[] {
  return (
    p.tasks
      .filter((t) => t.clock === 'team')
      // The team's monitoring repeats on every sale day, weekends included: standby staff work the sale.
      .flatMap((t) => (t.phase === 'peak' && t.recurrence ? [] : taskOccurrences(p, t)).map((d) => [t.id, d] as const))
      .filter(([, d]) => {
        const hm = formatInZone(d, SH, 'HH:mm');
        return hm < '08:00' || hm > '22:00' || ['Sat', 'Sun'].includes(formatInZone(d, SH, 'EEE'));
      })
      .map(([id, d]) => `${id} ${formatInZone(d, SH, 'EEE yyyy-MM-dd HH:mm')}`)
  );
}

describe.each(BUILTIN_TEMPLATES.map((t) => t.id))('built-in template %s as a schedule for a Shanghai team', (id) => {
  it.each(YEARS)('in %i gives every task that is not a milestone a start before its due, and milestones none', (year) => {
    const p = plan(id, year);
    expect(p.tasks.filter((t) => !t.milestone && !(t.start && t.start < t.due)).map((t) => t.id)).toEqual([]);
    expect(p.tasks.filter((t) => t.milestone && t.start).map((t) => t.id)).toEqual([]);
  });

  it.each(YEARS)('in %i keeps team-clock work between 08:00 and 22:00 Beijing time on working days', (year) => {
    const p = plan(id, year);
    expect(p.tasks.some((t) => t.clock === 'team')).toBe(true);
    expect(offHours(p)).toEqual([]);
  });

  it.each(YEARS)('in %i says where every platform deadline comes from, and gives every task a role', (year) => {
    const p = plan(id, year);
    expect(p.tasks.filter((t) => t.clock !== 'team' && !t.dueSource).map((t) => t.id)).toEqual([]);
    expect(p.tasks.filter((t) => !t.role || !ROLES.includes(t.role)).map((t) => t.id)).toEqual([]);
  });

  it('keeps a daily team check at its Beijing hour on every occurrence, whatever the platform clock does', () => {
    const p = plan(id, 2026);
    for (const t of p.tasks.filter((task) => task.clock === 'team' && task.recurrence)) {
      expect(clockZone(p, t)).toBe(SH);
      expect(new Set(taskOccurrences(p, t).map((d) => formatInZone(d, SH, 'HH:mm'))).size, t.id).toBe(1);
    }
  });
});
