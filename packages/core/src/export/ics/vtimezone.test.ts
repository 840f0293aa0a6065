import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { tzOffset } from '@date-fns/tz';
import { formatUtcOffset, vtimezoneLines } from './vtimezone.js';
import { joinLines } from './text.js';
import { toWallTime, type WallTime } from '../../time/wall-time.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sameWall = (a: WallTime, b: WallTime) => a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/** Parses a lone VTIMEZONE with ical.js and returns it as an ical.js zone. */
function icalZone(zone: string, from: number, to: number): ICAL.Timezone {
  const text = joinLines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...vtimezoneLines(zone, from, to), 'END:VCALENDAR']);
  const vtz = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!;
  return new ICAL.Timezone(vtz);
}

describe('formatUtcOffset', () => {
  it('writes ±HHMM', () => {
    expect(formatUtcOffset(-420)).toBe('-0700');
    expect(formatUtcOffset(330)).toBe('+0530');
    expect(formatUtcOffset(0)).toBe('+0000');
  });
});

describe('vtimezoneLines', () => {
  // Southern hemisphere, half-hour DST, no DST, and the platform zone over three years.
  const cases: Array<[string, number, number]> = [
    ['America/Los_Angeles', 2026, 2027],
    ['Europe/London', 2026, 2026],
    ['Australia/Sydney', 2026, 2027],
    ['Australia/Lord_Howe', 2026, 2026],
    ['Asia/Shanghai', 2026, 2026],
  ];
  it.each(cases)('%s %i-%i: ical.js maps every local time of the years back to its instant', (zone, from, to) => {
    const tz = icalZone(zone, from, to);
    // Every hour of the days around a change (found with the zone data directly), every 6 hours elsewhere.
    const changes = (t: number) => tzOffset(zone, new Date(t)) !== tzOffset(zone, new Date(t + DAY));
    for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += changes(t - DAY) || changes(t) ? HOUR : 6 * HOUR) {
      const w = toWallTime(new Date(t), zone);
      const local = new ICAL.Time({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: 0, isDate: false }, tz);
      const back = local.toJSDate().getTime();
      // In the hour repeated when DST ends a local time names two instants; any reader picks one of them.
      const repeated = [-HOUR, -HOUR / 2, HOUR / 2, HOUR].some((d) => sameWall(toWallTime(new Date(t + d), zone), w));
      if (repeated) expect(Math.abs(back - t), new Date(t).toISOString()).toBeLessThanOrEqual(HOUR);
      else expect(back, new Date(t).toISOString()).toBe(t);
    }
  });

  it('puts each change at its local time in the old offset', () => {
    const lines = vtimezoneLines('Australia/Sydney', 2026, 2026).join('\n');
    expect(lines).toContain('BEGIN:STANDARD\nDTSTART:20260405T030000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000');
    expect(lines).toContain('BEGIN:DAYLIGHT\nDTSTART:20261004T020000\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100');
  });

  it('writes one observance for a zone without DST', () => {
    const lines = vtimezoneLines('Asia/Shanghai', 2026, 2026);
    expect(lines.filter((l) => l.startsWith('BEGIN:STANDARD') || l.startsWith('BEGIN:DAYLIGHT'))).toHaveLength(1);
    expect(lines).toContain('TZOFFSETTO:+0800');
  });
});
