import { describe, expect, it } from 'vitest';
import { followDependencies } from './follow-dependencies.js';
import { parsePlan } from '../plan/parse-plan.js';
import type { Plan } from '../schemas/plan.js';
import { formatInZone, resolveWallTime } from '../time/wall-time.js';

const LA = 'America/Los_Angeles';
const pt = (wall: string) => resolveWallTime(wall, LA);
const title = { en: 'T', 'zh-CN': '任务' };

/** A chain a -> b -> c, a recurring d and a critical e depending on a; `aDue` moves a. */
function plan(aDue: string, end = '2021-11-01 00:00'): Plan {
  return parsePlan({
    version: 1,
    id: 'chain',
    name: { en: 'Chain', 'zh-CN': '链' },
    platform: 'test',
    teamTimeZone: 'Asia/Shanghai',
    phases: [{ id: 'p', label: title, start: pt('2021-10-01 00:00'), end: pt(end) }],
    tasks: [
      { id: 'a', title, phase: 'p', workstream: 'operations', due: pt(aDue) },
      { id: 'b', title, phase: 'p', workstream: 'operations', start: pt('2021-10-08 09:00'), due: pt('2021-10-10 18:00'), dependsOn: ['a'] },
      { id: 'c', title, phase: 'p', workstream: 'operations', due: pt('2021-10-11 18:00'), dependsOn: ['b'] },
      { id: 'd', title, phase: 'p', workstream: 'operations', due: pt('2021-10-09 09:00'), recurrence: 'FREQ=DAILY;COUNT=2', dependsOn: ['a'] },
      { id: 'e', title, phase: 'p', workstream: 'operations', due: pt('2021-10-20 18:00'), dependsOn: ['a'], critical: true },
    ],
  });
}
const open = () => true;

describe('followDependencies (push only on overlap)', () => {
  it('leaves dependents alone while they still come after the moved task', () => {
    const r = followDependencies(plan('2021-10-05 18:00'), plan('2021-10-07 18:00'), open);
    expect(r.pushed).toEqual([]);
    expect(r.conflicts).toEqual([]);
  });

  it('pushes an overlapping dependent to the dependency due, start with it, and down the chain', () => {
    const r = followDependencies(plan('2021-10-05 18:00'), plan('2021-10-12 12:00'), open);
    expect(r.pushed.map((p) => [p.taskId, p.dependency, formatInZone(p.to, LA)])).toEqual([
      ['b', 'a', '2021-10-12 12:00'],
      ['c', 'b', '2021-10-12 12:00'],
    ]);
    const b = r.plan.tasks.find((t) => t.id === 'b')!;
    expect(formatInZone(b.start!, LA)).toBe('2021-10-10 03:00'); // moved by the same 1 day 18 h
    expect(r.conflicts.map((c) => [c.taskId, c.why])).toEqual([['d', 'recurring']]);
  });

  it('lists a critical dependent and pushes past the campaign end instead of moving them', () => {
    const r = followDependencies(plan('2021-10-05 18:00', '2021-10-25 00:00'), plan('2021-10-24 23:00', '2021-10-25 00:00'), open);
    expect(r.conflicts.map((c) => [c.taskId, c.why])).toEqual(
      expect.arrayContaining([
        ['e', 'critical'],
        ['d', 'recurring'],
      ]),
    );
    expect(r.plan.tasks.find((t) => t.id === 'e')!.due).toEqual(pt('2021-10-20 18:00'));
    const late = followDependencies(
      plan('2021-10-05 18:00'),
      { ...plan('2021-10-05 18:00'), tasks: plan('2021-10-05 18:00').tasks.map((t) => (t.id === 'a' ? { ...t, due: pt('2021-11-02 00:00') } : t)) },
      open,
    );
    expect(late.conflicts.find((c) => c.taskId === 'b')).toMatchObject({ why: 'campaign-end' });
  });

  it('does not touch closed tasks', () => {
    const r = followDependencies(plan('2021-10-05 18:00'), plan('2021-10-12 12:00'), (id) => id !== 'b');
    expect(r.pushed).toEqual([]);
  });
});
