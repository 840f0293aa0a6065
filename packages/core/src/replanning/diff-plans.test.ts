import { describe, expect, it } from 'vitest';
import { diffPlans, type PlanChange } from './diff-plans.js';
import { formatPlanDiff, serializePlanDiff } from './format-diff.js';
import { instantiate } from '../templates/instantiate.js';
import { parsePlan } from '../plan/parse-plan.js';
import { resolveWallTime } from '../time/wall-time.js';
import { CALENDAR_2021, elevenElevenTemplate } from './__fixtures__/eleven-eleven-template.js';

const SH = 'Asia/Shanghai';
const before = () => instantiate(elevenElevenTemplate(), { year: 2021, teamTimeZone: SH });
const after = () => instantiate(elevenElevenTemplate(), { year: 2021, teamTimeZone: SH, calendar: CALENDAR_2021 });
const of = <K extends PlanChange['kind']>(changes: readonly PlanChange[], kind: K) =>
  changes.filter((c): c is Extract<PlanChange, { kind: K }> => c.kind === kind);

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(before(), before()).changes).toEqual([]);
    expect(formatPlanDiff(diffPlans(before(), before()))).toBe('no changes\n');
  });

  it('shows the 2020 -> 2021 change: phases moved, tasks moved in both zones, a third sale day', () => {
    const diff = diffPlans(before(), after());
    const phases = of(diff.changes, 'phase-moved');
    expect(phases.map((p) => [p.id, p.start?.platform.after ?? null, p.end?.platform.after ?? null])).toEqual([
      ['build-up', null, '2021-11-01 00:00'],
      ['warm-up', '2021-11-01 00:00', null],
      ['peak', null, '2021-11-14 00:00'],
      ['review', '2021-11-14 00:00', null],
    ]);
    const moved = Object.fromEntries(of(diff.changes, 'task-moved').map((c) => [c.id, c]));
    expect(Object.keys(moved).sort()).toEqual(['peak-check', 'register-discount', 'replenish', 'warm-up-banner', 'warm-up-check']);
    expect(moved['register-discount']!.due).toMatchObject({
      minutes: 4 * 1440,
      platform: { before: '2021-10-21 23:59', after: '2021-10-25 23:59' },
      team: { before: '2021-10-22 14:59', after: '2021-10-26 14:59' },
    });
    // The sale day check keeps its first occurrence and gains Nov 13; its rule's UNTIL changed.
    expect(moved['peak-check']!.due).toBeUndefined();
    expect(moved['peak-check']!.occurrences!.added).toEqual([resolveWallTime('2021-11-13 09:00', 'America/Los_Angeles')]);
    expect(moved['peak-check']!.recurrence).toEqual({ before: 'FREQ=DAILY;UNTIL=20211112T235959', after: 'FREQ=DAILY;UNTIL=20211113T235959' });
    expect(moved['warm-up-check']!.occurrences!.removed).toHaveLength(4); // Oct 28 - 31
    expect(of(diff.changes, 'task-moved').some((c) => c.criticalEarlier)).toBe(false);
  });

  it('puts critical deadlines that moved earlier first, soonest first, and reports adds, removes, retitles', () => {
    const a = before();
    const json = JSON.parse(JSON.stringify(a));
    const set = (id: string, patch: object) =>
      Object.assign(
        json.tasks.find((t: { id: string }) => t.id === id),
        patch,
      );
    set('replenish', { due: '2021-11-11T12:00:00-08:00' }); // critical, a day earlier
    set('register-activities', { due: '2021-10-15T23:59:00-07:00' }); // critical, six days earlier
    set('review-data', { due: '2021-11-19T18:00:00-08:00', title: { en: 'Data review meeting', 'zh-CN': '数据复盘会' } });
    json.tasks = json.tasks.filter((t: { id: string }) => t.id !== 'discount-coupons');
    json.tasks.push({ id: 'extra', title: { en: 'Extra', 'zh-CN': '额外' }, phase: 'peak', workstream: 'traffic', due: '2021-11-12T10:00:00-08:00' });
    json.phases[3].label = { en: 'Wrap-up', 'zh-CN': '复盘' };
    const diff = diffPlans(a, parsePlan(json));
    expect(diff.changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'task-moved register-activities',
      'task-moved replenish',
      'phase-retitled review',
      'task-moved review-data',
      'task-retitled review-data',
      'task-added extra',
      'task-removed discount-coupons',
    ]);
    const text = formatPlanDiff(diff);
    expect(text.split('\n')[0]).toBe(
      '! critical deadline earlier: register-activities  due 2021-10-21 23:59 -> 2021-10-15 23:59 America/Los_Angeles (2021-10-22 14:59 -> 2021-10-16 14:59 Asia/Shanghai), 6 days earlier',
    );
    expect(text).toMatch(/^7 change\(s\), 2 critical deadline\(s\) earlier$/m);
    const parsed = JSON.parse(serializePlanDiff(diff));
    expect(parsed.changes[0].due.after).toBe('2021-10-15T23:59:00-07:00');
    expect(parsed.teamTimeZone).toBe(SH);
  });
});
