import { describe, expect, it } from 'vitest';
import { noteText } from '../i18n/notes.js';
import { readFileSync } from 'node:fs';
import { replan } from './replan.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { parsePlan } from '../plan/parse-plan.js';
import { serializePlan } from '../plan/serialize-plan.js';
import { createStatusState, statusOf } from '../readiness/status-state.js';
import { statusEventSchema, type StatusEvent } from '../schemas/status-event.js';
import type { Plan } from '../schemas/plan.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatInZone, resolveWallTime } from '../time/wall-time.js';
import { CALENDAR_2021, elevenElevenTemplate } from './__fixtures__/eleven-eleven-template.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const pt = (wall: string) => resolveWallTime(wall, LA);
const event = (taskId: string, status: string, at: string, occurrence?: string): StatusEvent =>
  statusEventSchema.parse({ taskId, status, at: pt(at), by: 'li', ...(occurrence ? { occurrence: pt(occurrence) } : {}) });
const task = (plan: Plan, id: string) => plan.tasks.find((t) => t.id === id)!;

/** A 2021 plan made in the 2020 shape (before the 2021 calendar was out), with work under way. */
function planInProgress(): Plan {
  const json = JSON.parse(serializePlan(instantiate(elevenElevenTemplate(), { year: 2021, teamTimeZone: SH })));
  Object.assign(
    json.tasks.find((t: { id: string }) => t.id === 'warm-up-banner'),
    { status: 'in-progress', owner: 'Wang', notes: 'Draft in Figma' },
  );
  return parsePlan(json);
}
const LOG = [
  event('register-activities', 'done', '2021-10-20 10:00'),
  event('warm-up-check', 'skipped', '2021-10-21 10:00', '2021-10-28 09:00'),
  event('peak-check', 'skipped', '2021-10-21 10:05', '2021-11-12 09:00'),
];

describe('replan', () => {
  it('applies the 2021 calendar (three-day sale, later warm-up); statuses and the log survive', () => {
    const before = planInProgress();
    const r = replan(before, { template: elevenElevenTemplate(), calendar: CALENDAR_2021, events: LOG, now: pt('2021-10-22 12:00') });
    const after = r.plan;
    expect(after.id).toBe(before.id);
    expect(after.source).toEqual({ template: { id: 'test-11-11', version: 1 }, year: 2021, calendar: { note: CALENDAR_2021.note, published: '2021-09-15' } });
    expect(after.phases.map((p) => formatInZone(p.start, LA).slice(0, 10))).toEqual(['2021-10-01', '2021-11-01', '2021-11-11', '2021-11-14']);
    // Content stays as the team left it; only times changed.
    expect(task(after, 'warm-up-banner')).toMatchObject({ status: 'in-progress', owner: 'Wang', notes: 'Draft in Figma' });
    expect(formatInZone(task(after, 'warm-up-banner').due, LA)).toBe('2021-10-31 00:00');
    // The log: the done registration and the Nov 12 peak check carry over; the Oct 28 warm-up check has no day left.
    const state = createStatusState(after, r.events);
    expect(statusOf(state, 'register-activities')).toBe('done');
    expect(statusOf(state, 'peak-check', pt('2021-11-12 09:00'))).toBe('skipped');
    expect(statusOf(state, 'peak-check', pt('2021-11-13 09:00'))).toBe('todo');
    expect(r.unmappedEvents.map((u) => u.event.taskId)).toEqual(['warm-up-check']);
    expect(r.unmappedEvents[0]!.reason).toMatch(/no occurrence on 2021-10-28/);
    expect(r.diff.changes.some((c) => c.kind === 'task-moved' && c.id === 'peak-check')).toBe(true);
  });

  it('pushes a dependent only when it would be due before its dependency; a critical one is listed instead', () => {
    const r = replan(planInProgress(), { template: elevenElevenTemplate(), calendar: CALENDAR_2021, events: LOG, now: pt('2021-10-22 12:00') });
    // register-discount follows the warm-up: Oct 21 -> Oct 25. The visuals (Oct 23) would come before it: pushed,
    // start and due by the same amount. The banner (Oct 31) already comes after its dependency: untouched.
    expect(r.pushed.map((p) => [p.taskId, p.dependency, formatInZone(p.from, LA), formatInZone(p.to, LA)])).toEqual([
      ['discount-visuals', 'register-discount', '2021-10-23 23:59', '2021-10-25 23:59'],
    ]);
    expect(formatInZone(task(r.plan, 'discount-visuals').start!, LA)).toBe('2021-10-20 09:00');
    expect(r.impossible.map((i) => [i.taskId, i.reason, i.dependency])).toEqual([['discount-coupons', 'before-dependency', 'register-discount']]);
    expect(r.impossible[0]!.message).toMatch(
      /discount-coupons: due 2021-10-24 23:59 America\/Los_Angeles \(2021-10-25 14:59 Asia\/Shanghai\), before "register-discount"/,
    );
    expect(formatInZone(task(r.plan, 'discount-coupons').due, LA)).toBe('2021-10-24 23:59');
  });

  it('lists open tasks the change moved into the past, critical earlier first in the diff; closed ones are not news', () => {
    const early = { note: 'early warm-up', phases: { 'warm-up': { first: '2021-10-20', last: '2021-11-10' } } };
    const now = pt('2021-10-15 12:00');
    const r = replan(planInProgress(), { template: elevenElevenTemplate(), calendar: early, events: LOG, now });
    // The banner (a day before the warm-up, now Oct 19) also lands before the registration it depends on (Oct 21).
    expect(r.impossible.map((i) => [i.taskId, i.reason])).toEqual([
      ['warm-up-banner', 'before-dependency'],
      ['register-discount', 'due-in-past'],
    ]);
    expect(r.impossible[0]!.message).toMatch(/not pushed: the new calendar itself puts it there/);
    expect(r.impossible[1]!.message).toMatch(/now due 2021-10-13 23:59 .*already past \(was 2021-10-21 23:59\)/);
    expect(formatInZone(task(r.plan, 'register-discount').due, LA)).toBe('2021-10-13 23:59');
    const first = r.diff.changes[0]!;
    expect(first).toMatchObject({ kind: 'task-moved', id: 'register-discount', criticalEarlier: true });
    const done = replan(planInProgress(), {
      template: elevenElevenTemplate(),
      calendar: early,
      events: [...LOG, event('register-discount', 'done', '2021-10-12 09:00')],
      now,
    });
    expect(done.impossible.map((i) => i.taskId)).toEqual(['warm-up-banner']);
  });

  it('maps an occurrence to the new one on the same platform day; keeps your own tasks; warns about another template', () => {
    const v2 = elevenElevenTemplate();
    v2.version = 2;
    v2.tasks.find((t) => t.id === 'peak-check')!.due.time = '08:00';
    const json = JSON.parse(serializePlan(planInProgress()));
    json.tasks.push({
      id: 'my-own',
      title: { en: 'Our photo shoot', 'zh-CN': '拍摄' },
      phase: 'review',
      workstream: 'visual',
      due: '2021-11-20T20:00:00-08:00',
      status: 'in-progress',
    });
    const shorter = { phases: { ...CALENDAR_2021.phases, review: { first: '2021-11-14', last: '2021-11-18' } } };
    const r = replan(parsePlan(json), { calendar: shorter, template: v2, events: LOG, now: pt('2021-10-22 12:00') });
    const mapped = r.events.find((e) => e.taskId === 'peak-check')!;
    expect(formatInZone(mapped.occurrence!, LA)).toBe('2021-11-12 08:00');
    expect(mapped.at).toEqual(LOG[2]!.at);
    expect(r.warnings).toEqual(['the plan came from template test-11-11 v1; re-planned with test-11-11 v2']);
    expect(task(r.plan, 'my-own')).toMatchObject({ status: 'in-progress', title: { en: 'Our photo shoot' } });
    expect(formatInZone(task(r.plan, 'my-own').due, LA)).toBe('2021-11-19 00:00');
    expect(r.impossible.find((i) => i.taskId === 'my-own')).toMatchObject({ reason: 'outside-campaign' });
  });

  it('re-plans a plan of the built-in 11.11 template with the example 2021 calendar', () => {
    const calendar = JSON.parse(readFileSync(new URL('../../../../examples/calendars/aliexpress-11-11-2021.json', import.meta.url), 'utf8'));
    const before = instantiate(getTemplate('aliexpress-11-11'), { year: 2021, teamTimeZone: SH });
    const first = before.tasks[0]!;
    const r = replan(before, {
      calendar,
      events: [{ taskId: first.id, status: 'done', at: pt('2021-09-01 09:00'), by: 'li', ...(first.recurrence ? { occurrence: first.due } : {}) }],
      now: pt('2021-09-02 00:00'),
    });
    expect(r.plan.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));
    const peak = r.plan.phases.find((p) => p.id === 'peak')!;
    expect([formatInZone(peak.start, LA), formatInZone(peak.end, LA)]).toEqual(['2021-11-11 00:00', '2021-11-14 00:00']);
    expect(statusOf(createStatusState(r.plan, r.events), first.id, first.recurrence ? r.events[0]!.occurrence : undefined)).toBe('done');
    expect(r.impossible.filter((i) => i.reason === 'due-in-past')).toEqual([]);
  });

  it("applies the team calendar afresh: old marks go, new ones come, the team's own note stays", () => {
    const china = JSON.parse(readFileSync(new URL('../../../../examples/calendars/team-china-2026.json', import.meta.url), 'utf8'));
    const template = elevenElevenTemplate();
    // Team work at 10:00 Beijing time in the Pacific day Oct 6: Oct 7 in Shanghai, National Day.
    template.tasks.push({
      id: 'golden-week',
      title: { en: 'Due in Golden Week', 'zh-CN': '黄金周截止' },
      phase: 'build-up',
      workstream: 'product',
      due: { from: 'anchor', days: -36, time: '10:00', clock: 'team' },
    });
    const made = instantiate(template, { year: 2026, teamTimeZone: SH, teamCalendar: china });
    // The build-up opens on Oct 1 with the holiday: no working day before it inside the phase, so it moves later.
    expect(task(made, 'golden-week').tags).toEqual(['moved-for-team-holiday']);
    expect(formatInZone(task(made, 'golden-week').due, SH)).toBe('2026-10-08 10:00');
    const json = JSON.parse(serializePlan(made));
    const gw = json.tasks.find((t: { id: string }) => t.id === 'golden-week');
    gw.notes = { en: `Ask Li first\n${gw.notes.en}`, 'zh-CN': `先问李\n${gw.notes['zh-CN']}` };
    const earlier = { phases: { 'build-up': { first: '2026-09-21', last: '2026-10-27' } } };
    const r = replan(parsePlan(json), { template, calendar: earlier, teamCalendar: china, now: pt('2026-09-01 00:00') });
    const moved = task(r.plan, 'golden-week');
    expect(formatInZone(moved.due, SH)).toBe('2026-09-30 10:00');
    expect(moved.tags).toEqual(['moved-for-team-holiday']);
    expect(noteText(moved.notes, 'en').split('\n')).toEqual([
      'Ask Li first',
      expect.stringMatching(/^Team calendar: moved earlier from Wed Oct 7 10:00 \(a team holiday \(National Day[^)]*\)\) to Wed Sep 30 10:00 Beijing time\.$/),
    ]);
    expect(noteText(moved.notes, 'zh-CN').split('\n')).toEqual([
      '先问李',
      expect.stringMatching(/^团队日历：由10月7日 10:00（周三）（团队假期（National Day.*提前至9月30日 10:00（周三）（北京时间）。$/),
    ]);
  });

  it('refuses a plan that does not say where it came from', () => {
    const json = JSON.parse(serializePlan(planInProgress()));
    delete json.source;
    expect(() => replan(parsePlan(json), { calendar: CALENDAR_2021 })).toThrow(PlanValidationError);
    json.source = { year: 2021, template: { id: 'no-such-template', version: 1 } };
    try {
      replan(parsePlan(json), { calendar: CALENDAR_2021 });
      expect.unreachable();
    } catch (e) {
      expect((e as PlanValidationError).issues[0]).toMatchObject({ code: 'unknown_template', path: ['source', 'template', 'id'] });
    }
  });
});
