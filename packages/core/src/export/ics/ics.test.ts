import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate, listTemplates } from '../../templates/registry.js';
import type { Plan } from '../../schemas/plan.js';
import { toICS } from './ics.js';
import { dstPlan } from '../__fixtures__/dst-plan.js';

const DTSTAMP = new Date('2026-09-01T00:00:00Z');

/** Parses with ical.js, registering the file's own VTIMEZONEs (ical.js ships no zone data). */
function parse(text: string): ICAL.Component {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal;
}

/** Components by UID; a RECURRENCE-ID override shares its series' UID and is left out. */
const byUid = (cal: ICAL.Component, name: string) =>
  new Map(
    cal
      .getAllSubcomponents(name)
      .filter((c) => !c.hasProperty('recurrence-id'))
      .map((c) => [String(c.getFirstPropertyValue('uid')), c] as const),
  );

/** Every occurrence ical.js expands from a component's DTSTART and RRULE. */
function expand(comp: ICAL.Component): Date[] {
  const dtstart = comp.getFirstPropertyValue('dtstart') as ICAL.Time;
  const it = new ICAL.RecurExpansion({ component: comp, dtstart });
  const out: Date[] = [];
  for (let next = it.next(); next && out.length < 1000; next = it.next()) out.push(next.toJSDate());
  return out;
}

function checkTasksSurvive(plan: Plan, text: string, as: 'todo' | 'event'): void {
  const comps = byUid(parse(text), as === 'todo' ? 'vtodo' : 'vevent');
  for (const task of plan.tasks) {
    const comp = comps.get(`task-${task.id}.${plan.id}@campaign-planner`);
    expect(comp, task.id).toBeDefined();
    const due = comp!.getFirstPropertyValue(as === 'todo' ? 'due' : 'dtstart') as ICAL.Time;
    expect(due.toJSDate().toISOString(), `${task.id} due`).toBe(new Date(Math.floor(task.due.getTime() / 1000) * 1000).toISOString());
    // The zone survives: a TZID naming the zone of the task's clock (the team's for internal work), or UTC for
    // the repeated hour's second pass.
    expect([task.clock === 'team' ? plan.teamTimeZone : 'America/Los_Angeles', 'UTC'], task.id).toContain(due.zone?.tzid);
    const expected = taskOccurrences(plan, task).map((d) => d.toISOString());
    if (task.recurrence)
      expect(
        expand(comp!).map((d) => d.toISOString()),
        `${task.id} occurrences`,
      ).toEqual(expected);
    else expect(comp!.getFirstProperty('rrule'), task.id).toBeNull();
  }
}

describe('toICS', () => {
  const plan = dstPlan();
  const text = toICS(plan, { dtstamp: DTSTAMP });

  it('keeps every task instant, recurrence and zone through ical.js, across the end of DST on Nov 1', () => {
    checkTasksSurvive(plan, text, 'todo');
    checkTasksSurvive(plan, toICS(plan, { dtstamp: DTSTAMP, tasksAs: 'event' }), 'event');
  });

  it('writes both passes of 01:30 on Nov 1 in UTC, since readers disagree on a repeated local time', () => {
    const todos = byUid(parse(text), 'vtodo');
    const first = todos.get(`task-fold-first.${plan.id}@campaign-planner`)!.getFirstProperty('due')!;
    expect((first.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(text).toContain('DUE:20261101T083000Z');
    const second = todos.get(`task-fold-second.${plan.id}@campaign-planner`)!.getFirstProperty('due')!;
    expect((second.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe('2026-11-01T09:30:00.000Z');
    expect(text).toContain('DUE:20261101T093000Z');
  });

  it('keeps daily 09:00 Pacific across the change, with UNTIL in UTC form', () => {
    expect(text).toContain('RRULE:FREQ=DAILY;UNTIL=20261103T170000Z');
    const standup = byUid(parse(text), 'vtodo').get(`task-daily-standup.${plan.id}@campaign-planner`)!;
    const utcHours = expand(standup).map((d) => d.getUTCHours());
    expect(utcHours).toEqual([16, 16, 16, 17, 17, 17]);
    // No UNTIL without Z anywhere: RFC 5545 requires UTC when DTSTART has a TZID.
    expect(text).not.toMatch(/UNTIL=\d{8}T\d{6}(?!Z)/);
  });

  it('bounds an open-ended rule at the last occurrence in the campaign', () => {
    const open = dstPlan();
    open.tasks.find((t) => t.id === 'daily-standup')!.recurrence = 'FREQ=WEEKLY';
    const comp = byUid(parse(toICS(open, { dtstamp: DTSTAMP })), 'vtodo').get(`task-daily-standup.${plan.id}@campaign-planner`)!;
    const occurrences = taskOccurrences(
      open,
      open.tasks.find((t) => t.id === 'daily-standup')!,
    );
    expect(expand(comp).map((d) => d.toISOString())).toEqual(occurrences.map((d) => d.toISOString()));
  });

  it("has a VTIMEZONE with the 2026 changes of the platform zone, and one for the team's zone of internal work", () => {
    const cal = parse(text);
    expect(cal.getAllSubcomponents('vtimezone').map((c) => c.getFirstPropertyValue('tzid'))).toEqual(['America/Los_Angeles', 'Asia/Shanghai']);
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800');
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700');
  });

  it('gives one timed VEVENT per phase in the platform zone', () => {
    const events = [...byUid(parse(text), 'vevent').values()];
    expect(events).toHaveLength(plan.phases.length);
    events.forEach((e, i) => {
      expect((e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()).toEqual(plan.phases[i]!.start);
      expect((e.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate()).toEqual(plan.phases[i]!.end);
    });
  });

  it('escapes TEXT and round-trips titles, categories and notes', () => {
    const todos = byUid(parse(text), 'vtodo');
    const long = todos.get(`task-long-chinese.${plan.id}@campaign-planner`)!;
    expect(long.getFirstPropertyValue('summary')).toBe('Multi-line\nnotes, commas; semicolons \\ backslashes');
    expect(long.getFirstProperty('categories')!.getValues()).toEqual(['Warm-up', 'Visual', 'visual', 'a,b']);
    expect(String(long.getFirstPropertyValue('description'))).toContain('Line two, with "quotes"');
    const zh = byUid(parse(toICS(plan, { dtstamp: DTSTAMP, locale: 'zh-CN' })), 'vtodo').get(`task-long-chinese.${plan.id}@campaign-planner`)!;
    expect(zh.getFirstPropertyValue('summary')).toBe(plan.tasks.find((t) => t.id === 'long-chinese')!.title['zh-CN']);
  });

  it('adds a display alarm before each critical deadline only', () => {
    const todos = byUid(parse(toICS(plan, { dtstamp: DTSTAMP, alarmMinutesBefore: [1440, 90] })), 'vtodo');
    for (const task of plan.tasks) {
      const alarms = todos.get(`task-${task.id}.${plan.id}@campaign-planner`)!.getAllSubcomponents('valarm');
      expect(alarms.length, task.id).toBe(task.critical ? 2 : 0);
      if (task.critical) expect(alarms.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P1D', '-PT1H30M']);
    }
  });

  it('is deterministic with a DTSTAMP, and UIDs are stable across exports', () => {
    expect(toICS(dstPlan(), { dtstamp: DTSTAMP })).toBe(text);
    const later = toICS(plan);
    const uids = (s: string) => [...s.matchAll(/^UID:(.*(?:\r\n .*)*)/gm)].map((m) => m[1]);
    expect(uids(later)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(plan.tasks.length + plan.phases.length);
  });

  it('maps statuses from a lookup', () => {
    const todos = byUid(parse(toICS(plan, { dtstamp: DTSTAMP, statuses: { 'fold-first': 'done', counted: 'skipped' } })), 'vtodo');
    expect(todos.get(`task-fold-first.${plan.id}@campaign-planner`)!.getFirstPropertyValue('status')).toBe('COMPLETED');
    expect(todos.get(`task-counted.${plan.id}@campaign-planner`)!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(todos.get(`task-before-fallback.${plan.id}@campaign-planner`)!.getFirstPropertyValue('status')).toBe('NEEDS-ACTION');
  });

  it('overrides the occurrences a status lookup by occurrence marks, keeping the series', () => {
    const standup = plan.tasks.find((t) => t.id === 'daily-standup')!;
    const [, second, , fourth] = taskOccurrences(plan, standup);
    const statuses = (id: string, at?: Date) =>
      id === 'daily-standup' && at?.getTime() === second!.getTime()
        ? 'done'
        : id === 'daily-standup' && at?.getTime() === fourth!.getTime()
          ? 'skipped'
          : undefined;
    for (const tasksAs of ['todo', 'event'] as const) {
      const cal = parse(toICS(plan, { dtstamp: DTSTAMP, statuses, tasksAs }));
      const uid = `task-daily-standup.${plan.id}@campaign-planner`;
      const all = cal.getAllSubcomponents(tasksAs === 'todo' ? 'vtodo' : 'vevent').filter((c) => c.getFirstPropertyValue('uid') === uid);
      const overrides = all.filter((c) => c.hasProperty('recurrence-id'));
      expect(overrides.map((c) => (c.getFirstPropertyValue('recurrence-id') as ICAL.Time).toJSDate().getTime())).toEqual([
        second!.getTime(),
        fourth!.getTime(),
      ]);
      expect(overrides.map((c) => c.getFirstPropertyValue('status'))).toEqual(tasksAs === 'todo' ? ['COMPLETED', 'CANCELLED'] : ['CONFIRMED', 'CANCELLED']);
      // The series itself keeps every occurrence and its own status.
      const master = all.find((c) => !c.hasProperty('recurrence-id'))!;
      expect(expand(master)).toHaveLength(6);
      expect(master.getFirstPropertyValue('status')).toBe(tasksAs === 'todo' ? 'NEEDS-ACTION' : 'CONFIRMED');
    }
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
  });

  it('exports every built-in template for the 328 sale across the start of DST', () => {
    for (const { id, anchor } of listTemplates()) {
      const p = instantiate(getTemplate(id), { year: 2027, teamTimeZone: 'Asia/Shanghai', ...(anchor.sellerGiven ? { anchorDate: '03-10' } : {}) });
      checkTasksSurvive(p, toICS(p, { dtstamp: DTSTAMP }), 'todo');
    }
  });
});
