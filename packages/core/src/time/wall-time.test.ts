import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, formatInZone, formatISOInZone, parseWallTime, resolveWallTime, toWallTime } from './wall-time.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const iso = (d: Date) => d.toISOString();

describe('resolveWallTime', () => {
  it('resolves a registration deadline on each side of the November DST change', () => {
    const oct21 = resolveWallTime('2026-10-21 23:59', LA);
    expect(iso(oct21)).toBe('2026-10-22T06:59:00.000Z');
    expect(formatInZone(oct21, SH)).toBe('2026-10-22 14:59');
    const nov10 = resolveWallTime('2026-11-10 23:59', LA);
    expect(iso(nov10)).toBe('2026-11-11T07:59:00.000Z');
    expect(formatInZone(nov10, SH)).toBe('2026-11-11 15:59');
  });

  it('matches the 2020 playbook: 23:59 PT on Oct 21 is 14:59 next day in Beijing, on Nov 10 it is 15:59', () => {
    expect(formatInZone(resolveWallTime('2020-10-21 23:59', LA), SH)).toBe('2020-10-22 14:59');
    expect(formatInZone(resolveWallTime('2020-11-10 23:59', LA), SH)).toBe('2020-11-11 15:59');
  });

  it('moves a nonexistent spring-forward time forward by the gap (2026-03-08 02:30 -> 03:30 PDT)', () => {
    const t = resolveWallTime('2026-03-08 02:30', LA);
    expect(iso(t)).toBe('2026-03-08T10:30:00.000Z');
    expect(formatInZone(t, LA)).toBe('2026-03-08 03:30');
    // The instants around the gap stay ordered and one hour of wall clock apart is one real hour.
    expect(iso(resolveWallTime('2026-03-08 01:59', LA))).toBe('2026-03-08T09:59:00.000Z');
    expect(iso(resolveWallTime('2026-03-08 03:00', LA))).toBe('2026-03-08T10:00:00.000Z');
  });

  it('takes the earlier instant for an ambiguous fall-back time (2026-11-01 01:30 -> PDT)', () => {
    const t = resolveWallTime('2026-11-01 01:30', LA);
    expect(iso(t)).toBe('2026-11-01T08:30:00.000Z');
    // The later 01:30 (PST) exists one hour after and formats to the same wall time.
    expect(formatInZone(new Date(t.getTime() + 3_600_000), LA)).toBe('2026-11-01 01:30');
    expect(iso(resolveWallTime('2026-11-01 02:00', LA))).toBe('2026-11-01T10:00:00.000Z');
  });

  it('accepts wall time objects and zones without DST', () => {
    expect(iso(resolveWallTime({ year: 2026, month: 11, day: 11, hour: 0, minute: 0 }, SH))).toBe('2026-11-10T16:00:00.000Z');
    expect(iso(resolveWallTime({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'UTC'))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rejects impossible wall times naming the field', () => {
    expect(() => parseWallTime('2026-02-29 10:00')).toThrow(/day 29, expected an integer 1-28/);
    expect(() => parseWallTime('2026-13-01')).toThrow(/month 13/);
    expect(() => parseWallTime('2026-10-21 24:00')).toThrow(/hour 24/);
    expect(() => parseWallTime('Oct 21')).toThrow(/expected YYYY-MM-DD HH:mm/);
    expect(() => resolveWallTime({ year: 2026, month: 4, day: 31, hour: 0, minute: 0 }, LA)).toThrow(/day 31/);
  });
});

describe('formatting', () => {
  it('prints ISO 8601 with the zone offset at that instant', () => {
    expect(formatISOInZone(new Date('2026-10-22T06:59:00Z'), LA)).toBe('2026-10-21T23:59:00-07:00');
    expect(formatISOInZone(new Date('2026-11-11T07:59:00Z'), LA)).toBe('2026-11-10T23:59:00-08:00');
    expect(formatISOInZone(new Date('2026-11-11T07:59:00.250Z'), SH)).toBe('2026-11-11T15:59:00.250+08:00');
  });

  it('reads wall times off an instant in any zone', () => {
    expect(toWallTime(new Date('2026-11-01T09:30:00Z'), LA)).toEqual({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 });
    expect(toWallTime(new Date('2026-11-01T08:30:00Z'), LA)).toEqual({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 });
  });

  it('does calendar-day arithmetic across months, years and leap days', () => {
    expect(addCalendarDays({ year: 2020, month: 11, day: 11 }, -41)).toEqual({ year: 2020, month: 10, day: 1 });
    expect(addCalendarDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addCalendarDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('round trips (property)', () => {
  const zones = [LA, SH, 'Europe/Moscow', 'Australia/Lord_Howe', 'Pacific/Apia', 'America/Sao_Paulo', 'UTC'];
  const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000));

  it('instant -> wall time in a zone -> instant is the identity, except the later copy of a repeated hour', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (t, zone) => {
        const back = resolveWallTime(toWallTime(t, zone), zone);
        if (back.getTime() === t.getTime()) return true;
        // Only a repeated (fall-back) wall time may resolve elsewhere: to the earlier instant with the same wall time.
        return back.getTime() < t.getTime() && formatISOInZone(back, zone).slice(0, 19) === formatISOInZone(t, zone).slice(0, 19);
      }),
      { numRuns: 3000 },
    );
  });

  it('wall -> instant -> wall is the identity outside gaps, and moves forward inside one', () => {
    const wall = fc.record({
      year: fc.integer({ min: 2020, max: 2035 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.constant(0),
    });
    fc.assert(
      fc.property(wall, fc.constantFrom(...zones), (w, zone) => {
        const back = toWallTime(resolveWallTime(w, zone), zone);
        const key = (x: { year: number; month: number; day: number; hour: number; minute: number }) => Date.UTC(x.year, x.month - 1, x.day, x.hour, x.minute);
        return key(back) === key(w) || key(back) > key(w);
      }),
      { numRuns: 3000 },
    );
  });

  it('the 2026 Los Angeles gap is the only place where wall -> instant -> wall moves', () => {
    const w = { year: 2026, month: 3, day: 8, hour: 2, minute: 15, second: 0 };
    expect(toWallTime(resolveWallTime(w, LA), LA)).toEqual({ ...w, hour: 3 });
  });
});

describe('formatInZone patterns', () => {
  it('supports the documented tokens and quoted text', () => {
    const t = new Date('2026-11-11T07:59:03.045Z');
    expect(formatInZone(t, LA, 'EEE MMM d HH:mm xxx')).toBe('Tue Nov 10 23:59 -08:00');
    expect(formatInZone(t, SH, "yy/M/d H:mm:ss.SSS 'at' XXX")).toBe('26/11/11 15:59:03.045 at +08:00');
    expect(formatInZone(t, 'UTC', 'XXX xxx')).toBe('Z +00:00');
    expect(formatInZone(t, 'Asia/Kolkata', 'HH:mm xxx')).toBe('13:29 +05:30');
  });
});
