import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { createStatusState } from './status-state.js';
import { itemStatuses, neededOccurrences } from './work-status.js';
import { ev, PLAN_INPUT } from './__fixtures__/readiness-plan.js';

// add-budget (Nov 11 noon) depends on a daily check at 09:00 on Nov 11 and Nov 12.
const plan = parsePlan({
  ...PLAN_INPUT,
  tasks: [
    ...PLAN_INPUT.tasks,
    { id: 'add-budget', title: { en: 'b', 'zh-CN': 'b' }, phase: 'peak', workstream: 'traffic', due: '2026-11-11T12:00:00-08:00', dependsOn: ['daily-check'] },
  ],
});
const blockedBy = (state: ReturnType<typeof createStatusState>, id: string) => itemStatuses(plan, state).find((i) => i.task.id === id)!.blockedBy;

describe('dependencies on recurring tasks', () => {
  it('need the occurrences due up to the dependent, and at least the first', () => {
    const items = [{ due: new Date('2026-11-11T17:00:00Z') }, { due: new Date('2026-11-12T17:00:00Z') }] as never[];
    expect(neededOccurrences(items, new Date('2026-11-11T20:00:00Z'))).toBe(1);
    expect(neededOccurrences(items, new Date('2026-11-12T17:00:00Z'))).toBe(2);
    expect(neededOccurrences(items, new Date('2026-11-01T00:00:00Z'))).toBe(1);
  });

  it('unblock a dependent once the occurrences before it are done', () => {
    expect(blockedBy(createStatusState(plan), 'add-budget')).toEqual(['daily-check']);
    const first = createStatusState(plan, [ev('daily-check', 'done', '2026-11-11T18:00:00Z', 'li', '2026-11-11T17:00:00Z')]);
    expect(blockedBy(first, 'add-budget')).toEqual([]);
    // The data review after the campaign still waits for the second day.
    expect(blockedBy(first, 'review-data')).toEqual(['daily-check']);
  });

  it('count a skipped dependency as closed', () => {
    expect(blockedBy(createStatusState(plan, [ev('register', 'skipped', '2026-10-20T00:00:00Z')]), 'banner')).toEqual([]);
  });
});
