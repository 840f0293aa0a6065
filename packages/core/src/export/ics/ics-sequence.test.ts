import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { nextIcsSequence } from '../../replanning/ics-sequence.js';
import { replan } from '../../replanning/replan.js';
import { toICS } from './ics.js';
import { instantiate } from '../../templates/instantiate.js';
import { resolveWallTime } from '../../time/wall-time.js';
import { CALENDAR_2021, elevenElevenTemplate } from '../../replanning/__fixtures__/eleven-eleven-template.js';

const stamp = new Date('2021-09-01T00:00:00Z');

/** UID -> [SEQUENCE, DUE or DTSTART] as ical.js reads them back. */
function readBack(text: string): Map<string, [number, string]> {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const out = new Map<string, [number, string]>();
  for (const c of [...cal.getAllSubcomponents('vtodo'), ...cal.getAllSubcomponents('vevent')]) {
    const when = (c.getFirstPropertyValue('due') ?? c.getFirstPropertyValue('dtstart')) as ICAL.Time;
    out.set(String(c.getFirstPropertyValue('uid')), [Number(c.getFirstPropertyValue('sequence') ?? 0), when.toJSDate().toISOString()]);
  }
  return out;
}

describe('iCalendar re-export after a re-plan', () => {
  it('keeps every UID and raises SEQUENCE on what changed, read back by ical.js', () => {
    const template = elevenElevenTemplate();
    const before = instantiate(template, { year: 2021, teamTimeZone: 'Asia/Shanghai' });
    const first = readBack(toICS(before, { dtstamp: stamp }));
    const { plan: after } = replan(before, { template, calendar: CALENDAR_2021, now: resolveWallTime('2021-10-01 00:00', 'America/Los_Angeles') });
    const seq = nextIcsSequence(before, after);
    const second = readBack(toICS(after, { dtstamp: stamp, sequence: seq }));

    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const uid = 'task-register-discount.test-11-11-2021@campaign-planner';
    expect(first.get(uid)).toEqual([0, '2021-10-22T06:59:00.000Z']);
    expect(second.get(uid)).toEqual([1, '2021-10-26T06:59:00.000Z']);
    expect(second.get('task-register-activities.test-11-11-2021@campaign-planner')![0]).toBe(0);
    expect(second.get('phase-peak.test-11-11-2021@campaign-planner')![0]).toBe(1);

    // A third revision (a status change) builds on the numbers kept from the second.
    const done = { ...after, tasks: after.tasks.map((t) => (t.id === 'register-discount' ? { ...t, status: 'done' as const } : t)) };
    const third = nextIcsSequence(after, done, seq);
    expect(readBack(toICS(done, { dtstamp: stamp, sequence: third })).get(uid)![0]).toBe(2);
    expect(third.tasks['register-activities']).toBe(0);
  });
});
