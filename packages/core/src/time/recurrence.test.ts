import { describe, expect, it } from 'vitest';
import { expandRecurrence, expandWithin, recurrenceProblem, MAX_OCCURRENCES } from './recurrence.js';
import { anchorDay } from './anchor-day.js';
import { formatInZone, resolveWallTime } from './wall-time.js';

const LA = 'America/Los_Angeles';

describe('expandRecurrence', () => {
  it('keeps a daily 09:00 Pacific task at 09:00 Pacific across Nov 1 while its UTC instant moves an hour', () => {
    const first = resolveWallTime('2026-10-30 09:00', LA);
    const all = expandRecurrence('FREQ=DAILY;COUNT=4', first, LA);
    expect(all.map((d) => formatInZone(d, LA))).toEqual(['2026-10-30 09:00', '2026-10-31 09:00', '2026-11-01 09:00', '2026-11-02 09:00']);
    expect(all.map((d) => d.toISOString())).toEqual([
      '2026-10-30T16:00:00.000Z',
      '2026-10-31T16:00:00.000Z',
      '2026-11-01T17:00:00.000Z',
      '2026-11-02T17:00:00.000Z',
    ]);
  });

  it('applies the gap and ambiguity rules to occurrences (01:30 on Nov 1 is PDT, 02:30 on Mar 8 is 03:30 PDT)', () => {
    const fall = expandRecurrence('FREQ=DAILY;COUNT=2', resolveWallTime('2026-10-31 01:30', LA), LA);
    expect(fall[1]!.toISOString()).toBe('2026-11-01T08:30:00.000Z');
    const spring = expandRecurrence('FREQ=DAILY;COUNT=3', resolveWallTime('2026-03-07 02:30', LA), LA);
    expect(spring.map((d) => formatInZone(d, LA))).toEqual(['2026-03-07 02:30', '2026-03-08 03:30', '2026-03-09 02:30']);
  });

  it('reads UNTIL without Z as platform wall time and with Z as a UTC instant', () => {
    const first = resolveWallTime('2026-11-11 09:00', LA);
    expect(expandRecurrence('FREQ=DAILY;UNTIL=20261112T235959', first, LA)).toHaveLength(2);
    // 2026-11-12T17:00Z is 09:00 PST on Nov 12: inclusive.
    expect(expandRecurrence('FREQ=DAILY;UNTIL=20261112T170000Z', first, LA)).toHaveLength(2);
    expect(expandRecurrence('FREQ=DAILY;UNTIL=20261112T165959Z', first, LA)).toHaveLength(1);
  });

  it('gives the same results whatever the machine zone (no rrule tzid)', () => {
    const all = expandRecurrence('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=3', resolveWallTime('2026-11-02 20:00', LA), LA);
    expect(all.map((d) => d.toISOString())).toEqual(['2026-11-03T04:00:00.000Z', '2026-11-06T04:00:00.000Z', '2026-11-10T04:00:00.000Z']);
  });

  it('stops at `until` and at the occurrence cap', () => {
    const first = resolveWallTime('2026-11-11 09:00', LA);
    expect(expandRecurrence('FREQ=HOURLY', first, LA, { until: new Date('2026-11-11T19:30:00Z') })).toHaveLength(3);
    expect(expandRecurrence('FREQ=HOURLY', first, LA, { until: new Date('2027-11-11T00:00:00Z') })).toHaveLength(MAX_OCCURRENCES);
    expect(expandRecurrence('FREQ=DAILY', first, LA, { limit: 5 })).toHaveLength(5);
  });

  it('accepts an RRULE: prefix and rejects DTSTART, TZID and nonsense with a reason', () => {
    expect(recurrenceProblem('RRULE:FREQ=DAILY;COUNT=2')).toBeUndefined();
    expect(recurrenceProblem('FREQ=DAILY;TZID=America/Los_Angeles')).toMatch(/TZID is not allowed/);
    expect(recurrenceProblem('DTSTART=20261111T000000;FREQ=DAILY')).toMatch(/not allowed/);
    expect(recurrenceProblem('COUNT=3')).toMatch(/FREQ is missing/);
    expect(recurrenceProblem('FREQ=SOMETIMES')).toMatch(/^invalid RRULE "FREQ=SOMETIMES": FREQ: expected one of/);
    expect(() => expandRecurrence('FREQ=SOMETIMES', new Date(), LA)).toThrow();
  });
});

describe('bounded expansion', () => {
  const first = resolveWallTime('2026-10-28 09:00', LA);
  const end = resolveWallTime('2026-11-21 00:00', LA);
  const days = 24;

  it('refuses the rules that made rrule walk backwards forever (negative, zero, fractional INTERVAL)', () => {
    for (const rule of ['FREQ=DAILY;INTERVAL=-1', 'FREQ=HOURLY;INTERVAL=-5', 'FREQ=DAILY;INTERVAL=0', 'FREQ=DAILY;INTERVAL=1.5']) {
      expect(recurrenceProblem(rule)).toMatch(/INTERVAL: expected a whole number of 1 or more/);
      expect(() => expandRecurrence(rule, first, LA)).toThrow(/INTERVAL/);
    }
  });

  it('walks only the window for a rule that never matches (it used to scan to the year 9999)', () => {
    for (const rule of ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4']) {
      const r = expandWithin(rule, first, LA, end, MAX_OCCURRENCES);
      expect(r.dates).toEqual([]);
      // The window, the one-day margin and two periods of slack.
      expect(r.periods).toBeLessThanOrEqual(days + 1 + 3);
    }
    const hourly = expandWithin('FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30', first, LA, end, MAX_OCCURRENCES);
    expect(hourly.dates).toEqual([]);
    expect(hourly.periods).toBeLessThanOrEqual((days + 1) * 24 + 3);
  });

  it('returns nothing for an hourly rule whose BYHOUR its INTERVAL can never reach (rrule would step forever)', () => {
    expect(expandWithin('FREQ=HOURLY;INTERVAL=24;BYHOUR=5', first, LA, end, 10).dates).toEqual([]);
    expect(expandWithin('FREQ=HOURLY;INTERVAL=6;BYHOUR=4,10', first, LA, end, 10).dates).toEqual([]);
    // 09:00 + 3h steps reaches 15:00 and 21:00.
    const reached = expandWithin('FREQ=HOURLY;INTERVAL=3;BYHOUR=15,21', first, LA, end, 3).dates;
    expect(reached.map((d) => formatInZone(d, LA))).toEqual(['2026-10-28 15:00', '2026-10-28 21:00', '2026-10-29 15:00']);
  });

  it('keeps each instant once and in order across the spring-forward gap; refuses a value listed twice', () => {
    expect(recurrenceProblem('FREQ=DAILY;BYHOUR=9,9;COUNT=4')).toMatch(/BYHOUR: "9" is listed twice/);
    // 02:00 and 02:30 do not exist on Mar 8 in Los Angeles: they become 03:00 and 03:30, which the rule also names.
    const gap = expandRecurrence('FREQ=HOURLY;BYMINUTE=0,30', resolveWallTime('2026-03-08 01:00', LA), LA, { until: resolveWallTime('2026-03-08 04:00', LA) });
    expect(gap.map((d) => formatInZone(d, LA, 'HH:mm'))).toEqual(['01:00', '01:30', '03:00', '03:30', '04:00']);
  });

  it('gives the first occurrence alone for an INTERVAL longer than the window, however long', () => {
    for (const freq of ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])
      for (const interval of ['1000', '999999999999999']) {
        const r = expandWithin(`FREQ=${freq};INTERVAL=${interval}`, first, LA, end, 10);
        expect(r.dates, `${freq} ${interval}`).toEqual([first]);
      }
    // A step of 24k+9 hours from 09:00 meets 18:00 only far beyond the window; the shorter step keeps that congruence.
    expect(expandWithin('FREQ=HOURLY;INTERVAL=1000000065;BYHOUR=18', first, LA, end, 10).dates).toEqual([]);
  });

  it('stops without `until` ten years on, so even a sparse rule ends', () => {
    const r = expandRecurrence('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', first, LA);
    expect(r.map((d) => formatInZone(d, LA, 'yyyy-MM-dd'))).toEqual(['2028-02-29', '2032-02-29', '2036-02-29']);
  });

  it('reads COUNT from the first occurrence and cuts at the window all the same', () => {
    expect(expandRecurrence('FREQ=DAILY;COUNT=3', first, LA, { until: end })).toHaveLength(3);
    expect(expandRecurrence('FREQ=DAILY;COUNT=300', first, LA, { until: end })).toHaveLength(days);
  });
});

describe('anchorDay', () => {
  it('finds 11.11 and Black Friday (the Friday after the fourth Thursday) for any year', () => {
    expect(anchorDay('FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11', 2026)).toEqual({ year: 2026, month: 11, day: 11 });
    const bf = 'FREQ=YEARLY;BYMONTH=11;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29';
    expect(anchorDay(bf, 2020)).toEqual({ year: 2020, month: 11, day: 27 });
    expect(anchorDay(bf, 2025)).toEqual({ year: 2025, month: 11, day: 28 });
    expect(anchorDay(bf, 2026)).toEqual({ year: 2026, month: 11, day: 27 });
  });

  it('returns undefined when the rule matches no day in the year', () => {
    expect(anchorDay('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 2026)).toBeUndefined();
  });
});
