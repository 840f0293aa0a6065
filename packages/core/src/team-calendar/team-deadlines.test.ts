import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyTeamCalendar, stripTeamCalendarNotes, TEAM_HOLIDAY_TAG, TEAM_MOVED_TAG } from './team-deadlines.js';
import { parsePlan } from '../plan/parse-plan.js';
import { instantiate } from '../templates/instantiate.js';
import type { TemplateInput } from '../schemas/template.js';
import { formatInZone, resolveWallTime } from '../time/wall-time.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const china = JSON.parse(readFileSync(new URL('../../../../examples/calendars/team-china-2026.json', import.meta.url), 'utf8'));
const pt = (wall: string) => resolveWallTime(wall, LA);
const title = { en: 'Task', 'zh-CN': '任务' };

function plan(campaignStart = '2026-09-21 00:00', keep: (id: string) => boolean = () => true) {
  const tasks = [
    // Sep 30 is a working day in Shanghai, but 23:59 Pacific on Sep 30 is Oct 1 14:59 there: National Day.
    { id: 'sep30', title, phase: 'build-up', workstream: 'operations', due: pt('2026-09-30 23:59'), critical: true, notes: 'Our note.' },
    // Oct 7 is a holiday, but 23:59 Pacific on Oct 7 is Oct 8 14:59 in Shanghai: a working day. It stays.
    { id: 'oct7', title, phase: 'build-up', workstream: 'operations', due: pt('2026-10-07 23:59') },
    { id: 'oct6-0900', title, phase: 'build-up', workstream: 'marketing', due: pt('2026-10-06 09:00') },
    { id: 'started-in-holiday', title, phase: 'build-up', workstream: 'visual', start: pt('2026-10-02 09:00'), due: pt('2026-10-04 18:00') },
    { id: 'daily', title, phase: 'build-up', workstream: 'operations', due: pt('2026-10-02 09:00'), recurrence: 'FREQ=DAILY;COUNT=3' },
  ].filter((t) => keep(t.id));
  return parsePlan({
    version: 1,
    id: 'golden-week',
    name: { en: 'Golden Week test', 'zh-CN': '黄金周测试' },
    platform: 'aliexpress',
    platformTimeZone: LA,
    teamTimeZone: SH,
    phases: [{ id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, start: pt(campaignStart), end: pt('2026-10-28 00:00') }],
    tasks,
  });
}

describe('applyTeamCalendar', () => {
  it('judges a deadline by its day in the team zone and moves it to the same Pacific time on the last working day', () => {
    const before = plan();
    const { plan: after, adjustments } = applyTeamCalendar(before, china);
    const byId = Object.fromEntries(after.tasks.map((t) => [t.id, t]));
    expect(formatInZone(byId['sep30']!.due, LA)).toBe('2026-09-29 23:59');
    expect(formatInZone(byId['sep30']!.due, SH)).toBe('2026-09-30 14:59');
    expect(byId['oct7']!.due).toEqual(before.tasks[1]!.due);
    // 09:00 Pacific on Oct 6 is midnight Oct 7 in Shanghai; the latest 09:00 Pacific on the team's Sep 30 is Sep 29.
    expect(formatInZone(byId['oct6-0900']!.due, LA)).toBe('2026-09-29 09:00');
    expect(formatInZone(byId['oct6-0900']!.due, SH)).toBe('2026-09-30 00:00');
    expect(byId['daily']).toEqual(before.tasks[4]);
    expect(adjustments.map((a) => [a.taskId, a.kind, a.teamDay, a.lastWorkingDay])).toEqual([
      ['sep30', 'moved', '2026-10-01', '2026-09-30'],
      ['oct6-0900', 'moved', '2026-10-07', '2026-09-30'],
      ['started-in-holiday', 'kept', '2026-10-05', '2026-09-30'],
    ]);
  });

  it('says so in the plan: a tag and a note with both zones, keeping the user note', () => {
    const { plan: after, adjustments } = applyTeamCalendar(plan(), china);
    const sep30 = after.tasks[0]!;
    expect(sep30.tags).toContain(TEAM_MOVED_TAG);
    expect(sep30.notes).toMatch(
      /^Our note\.\nTeam calendar: moved earlier from 2026-09-30 23:59 America\/Los_Angeles \(2026-10-01 14:59 Asia\/Shanghai\), a team holiday \(National Day/,
    );
    expect(adjustments[0]!.holiday).toMatch(/National Day/);
    const kept = after.tasks[3]!;
    expect(kept.due).toEqual(plan().tasks[3]!.due);
    expect(kept.tags).toContain(TEAM_HOLIDAY_TAG);
    expect(kept.notes).toMatch(/before the task's start/);
    expect(parsePlan(JSON.parse(JSON.stringify(after)))).toBeTruthy();
  });

  it('keeps a deadline whose last working day is before the campaign (Golden Week opens the build-up)', () => {
    const { adjustments } = applyTeamCalendar(
      plan('2026-10-01 00:00', (id) => id !== 'sep30'),
      china,
    );
    expect(adjustments.find((a) => a.taskId === 'oct6-0900')).toMatchObject({ kind: 'kept' });
    expect(adjustments.find((a) => a.taskId === 'oct6-0900')!.message).toMatch(/before the campaign/);
  });

  it('never moves a platform deadline that says where its date comes from', () => {
    const before = plan();
    const sourced = { ...before, tasks: before.tasks.map((t) => (t.id === 'sep30' ? { ...t, dueSource: { kind: 'published' as const, year: 2026 } } : t)) };
    const { plan: after, adjustments } = applyTeamCalendar(sourced, china);
    expect(after.tasks[0]!.due).toEqual(before.tasks[0]!.due);
    expect(adjustments.map((a) => a.taskId)).not.toContain('sep30');
  });

  it('is idempotent, and its marks can be stripped for a fresh start', () => {
    const once = applyTeamCalendar(plan(), china).plan;
    const twice = applyTeamCalendar(once, china);
    expect(twice.plan).toEqual(once);
    expect(twice.adjustments.map((a) => a.kind)).toEqual(['kept']);
    const stripped = stripTeamCalendarNotes(once.tasks[0]!);
    expect(stripped.notes).toBe('Our note.');
    expect(stripped.tags).not.toContain(TEAM_MOVED_TAG);
    expect(stripTeamCalendarNotes(once.tasks[2]!)).not.toHaveProperty('notes');
  });
});

describe('instantiate with a team calendar', () => {
  const template: TemplateInput = {
    id: 'gw',
    version: 1,
    name: { en: 'GW', 'zh-CN': '黄金周' },
    platform: 'test',
    anchor: { rule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11' },
    phases: [
      { id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, firstDay: -51, lastDay: -15 },
      { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: -14, lastDay: 1 },
    ],
    tasks: [
      { id: 'three-before', title, phase: 'build-up', workstream: 'product', due: { from: 'anchor', days: -30, unit: 'team-working-days', time: '18:00' } },
      { id: 'plain', title, phase: 'build-up', workstream: 'product', due: { from: 'anchor', days: -42, time: '23:59' } },
      // 10:00 Beijing time in the Pacific day Oct 2 is Oct 3 in Shanghai (holiday), and Sat Oct 17 a weekend.
      { id: 'team-holiday', title, phase: 'build-up', workstream: 'operations', due: { from: 'anchor', days: -40, time: '10:00', clock: 'team' } },
      { id: 'team-weekend', title, phase: 'build-up', workstream: 'operations', due: { from: 'anchor', days: -26, time: '10:00', clock: 'team' } },
    ],
  };

  it('counts team-working-days offsets and moves holiday deadlines, Monday to Friday without a calendar', () => {
    const withTeam = instantiate(template, { year: 2026, teamTimeZone: SH, teamCalendar: china });
    const without = instantiate(template, { year: 2026, teamTimeZone: SH });
    // 30 working days back from Nov 11 2026: 7 in November, 16 in October (Golden Week skipped, the make-up
    // Saturday Oct 10 counted), Sep 30, 29, 28, then Mid-Autumn skipped: Sep 24, 23. Monday-Friday alone: Sep 30.
    expect(formatInZone(withTeam.tasks[0]!.due, LA)).toBe('2026-09-23 18:00');
    expect(formatInZone(without.tasks[0]!.due, LA)).toBe('2026-09-30 18:00');
    // A platform deadline never moves, even on a team holiday (Sep 30 23:59 Pacific is Oct 1 in Shanghai).
    expect(formatInZone(without.tasks[1]!.due, LA)).toBe('2026-09-30 23:59');
    expect(formatInZone(withTeam.tasks[1]!.due, LA)).toBe('2026-09-30 23:59');
    expect(withTeam.tasks[1]!.tags).not.toContain(TEAM_MOVED_TAG);
  });

  it('moves team-clock work off team rest days to the previous working day, at the same team time', () => {
    const withTeam = instantiate(template, { year: 2026, teamTimeZone: SH, teamCalendar: china });
    const without = instantiate(template, { year: 2026, teamTimeZone: SH });
    const at = (p: typeof withTeam, id: string) => formatInZone(p.tasks.find((t) => t.id === id)!.due, SH, 'yyyy-MM-dd EEE HH:mm');
    // Golden Week: Sep 30 is the last working day before Oct 3.
    expect(at(withTeam, 'team-holiday')).toBe('2026-09-30 Wed 10:00');
    // Without a calendar only Saturday and Sunday are rest days: Oct 3 is a Saturday, so Friday Oct 2.
    expect(at(without, 'team-holiday')).toBe('2026-10-02 Fri 10:00');
    // Oct 16 Pacific is Sat Oct 17 in Shanghai: Friday Oct 16.
    expect(at(without, 'team-weekend')).toBe('2026-10-16 Fri 10:00');
    const moved = withTeam.tasks.find((t) => t.id === 'team-holiday')!;
    expect(moved).toMatchObject({ clock: 'team', tags: [TEAM_MOVED_TAG] });
    expect(moved.dueSource).toBeUndefined();
    expect(moved.notes).toMatchObject({
      en: expect.stringMatching(/^Team calendar: moved earlier from Sat Oct 3 10:00 \(a team holiday \(National Day/),
      'zh-CN': expect.stringMatching(/^团队日历：由10月3日 10:00（周六）/),
    });
  });
});
