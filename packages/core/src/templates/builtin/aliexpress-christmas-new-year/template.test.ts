import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../schemas/plan.js';
import { formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const plan = (year: number) => instantiate(getTemplate('aliexpress-christmas-new-year'), { year, teamTimeZone: SH });
const task = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)!;

describe('aliexpress-christmas-new-year', () => {
  it.each([2026, 2027, 2028])("in %i runs the sale from Dec 20 through New Year's Day and reviews into the next year", (year) => {
    const p = plan(year);
    expect(p.phases.map((ph) => [ph.id, formatInZone(ph.start, LA, 'yyyy-MM-dd'), formatInZone(new Date(ph.end.getTime() - 1), LA, 'yyyy-MM-dd')])).toEqual([
      ['build-up', `${year}-11-25`, `${year}-12-14`],
      ['warm-up', `${year}-12-15`, `${year}-12-19`],
      ['peak', `${year}-12-20`, `${year + 1}-01-01`],
      ['review', `${year + 1}-01-02`, `${year + 1}-01-08`],
    ]);
    expect(formatInZone(task(p, 'new-year-refresh').due, LA)).toBe(`${year}-12-30 00:00`);
    expect(formatInZone(task(p, 'christmas-delivery-cutoff').due, LA)).toBe(`${year}-12-15 23:59`);
  });

  it('gives the delivery cut-off and the New Year refresh their roles and a working window', () => {
    const p = plan(2026);
    expect(task(p, 'christmas-delivery-cutoff')).toMatchObject({ role: 'logistics-service', dueSource: { kind: 'estimate' } });
    expect(task(p, 'new-year-refresh').start!.getTime()).toBeLessThan(task(p, 'new-year-refresh').due.getTime());
    expect(task(p, 'new-year-refresh').notes).toMatchObject({ 'zh-CN': expect.stringContaining('24小时') });
  });
});
