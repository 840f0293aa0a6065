import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { planSchema } from '../../schemas/plan.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import { planFixture } from '../../__fixtures__/plan.js';
import { formatUtcStamp } from '../../time/stamp.js';
import { icsRecurrenceRule } from './rrule.js';
import { toICS } from './ics.js';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('icsRecurrenceRule', () => {
  const plan = parsePlan(planFixture());
  const task = plan.tasks[2]!; // daily from Nov 11 09:00 PST, campaign ends Nov 13 00:00 PST

  it('bounds every series at its last occurrence in the campaign, in UTC, whatever ends it in the plan', () => {
    const last = formatUtcStamp(taskOccurrences(plan, task).at(-1)!);
    expect(last).toBe('20261112T170000Z');
    for (const rule of ['FREQ=DAILY', 'FREQ=DAILY;COUNT=2', 'FREQ=DAILY;COUNT=50', 'RRULE:FREQ=DAILY;UNTIL=20261112T235959', 'FREQ=DAILY;UNTIL=20271231'])
      expect(icsRecurrenceRule(plan, { ...task, recurrence: rule }), rule).toBe(`FREQ=DAILY;UNTIL=${last}`);
    expect(icsRecurrenceRule(plan, { ...task, recurrence: 'FREQ=DAILY;COUNT=1;BYHOUR=9' })).toBe('FREQ=DAILY;BYHOUR=9;UNTIL=20261111T170000Z');
  });

  it('returns undefined for a one-off task', () => {
    expect(icsRecurrenceRule(plan, plan.tasks[0]!)).toBeUndefined();
  });
});

describe('toICS at scale', () => {
  it('exports 26 hourly tasks (130,000 occurrences) without overflowing the stack', () => {
    const input = planFixture();
    input.phases[0].start = '2026-04-20T00:00:00-07:00';
    const hourly = input.tasks[2];
    input.tasks = Array.from({ length: 26 }, (_, i) => ({
      ...hourly,
      id: `hourly-${i}`,
      phase: 'warm-up',
      due: '2026-04-20T00:00:00-07:00',
      recurrence: 'FREQ=HOURLY;COUNT=5000',
    }));
    // Shape only: the export must survive such a plan whether or not it was checked (checking doubles the work).
    const big = planSchema.parse(input);
    const ics = unfold(toICS(big, { dtstamp: new Date('2026-04-01T00:00:00Z') }));
    const rules = ics.split('\r\n').filter((l) => l.startsWith('RRULE:'));
    expect(rules).toHaveLength(26);
    expect(new Set(rules)).toEqual(new Set([`RRULE:FREQ=HOURLY;UNTIL=${formatUtcStamp(taskOccurrences(big, big.tasks[0]!).at(-1)!)}`]));
  }, 60_000);
});

describe('toICS series through ical.js', () => {
  it('starts a series at its first occurrence when the rule does not match the due', async () => {
    const input = planFixture();
    // Due Wednesday Oct 28 09:00 PDT; the rule names Mondays only.
    input.tasks[2] = { ...input.tasks[2], phase: 'warm-up', due: '2026-10-28T09:00:00-07:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO' };
    const plan = parsePlan(input);
    const expected = taskOccurrences(plan, plan.tasks[2]!).map((d) => d.toISOString());
    expect(expected).toEqual(['2026-11-02T17:00:00.000Z', '2026-11-09T17:00:00.000Z']);
    const cal = new ICAL.Component(ICAL.parse(toICS(plan, { dtstamp: new Date('2026-09-01T00:00:00Z') })));
    for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const todo = cal.getAllSubcomponents('vtodo').find((c) => String(c.getFirstPropertyValue('uid')).startsWith('task-monitor.'))!;
    const it = new ICAL.RecurExpansion({ component: todo, dtstart: todo.getFirstPropertyValue('dtstart') as ICAL.Time });
    const got: string[] = [];
    for (let next = it.next(); next && got.length < 50; next = it.next()) got.push(next.toJSDate().toISOString());
    expect(got).toEqual(expected);
    // Calendars differ on a DTSTART the rule does not name (Google and Outlook show it, ical.js does not):
    // the series is written in step with its rule.
    expect(todo.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;TZID=America/Los_Angeles:20261102T090000');
    expect(todo.getFirstProperty('due')!.toICALString()).toBe('DUE;TZID=America/Los_Angeles:20261102T090000');
  });
});
