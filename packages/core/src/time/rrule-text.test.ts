import { describe, expect, it } from 'vitest';
import { parseRuleText, ruleBody, ruleEndingAt, ruleHasEnd } from './rrule-text.js';

const problem = (text: string) => {
  const r = parseRuleText(text);
  return r.ok ? undefined : r.problem;
};

describe('parseRuleText', () => {
  it('accepts RFC 5545 rules and reads FREQ, INTERVAL, COUNT, UNTIL and BYHOUR', () => {
    const r = parseRuleText('RRULE:FREQ=HOURLY;INTERVAL=3;BYHOUR=9,12;COUNT=4');
    expect(r).toMatchObject({ ok: true, rule: { freq: 'HOURLY', interval: 3, count: 4, byHour: [9, 12] } });
    const until = parseRuleText('FREQ=DAILY;UNTIL=20261112T170000Z');
    expect(until.ok && until.rule.until).toMatchObject({ utc: true, dateOnly: false, wall: { day: 12, hour: 17 } });
    for (const ok of [
      'FREQ=YEARLY;BYMONTH=11;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1',
      'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
      'FREQ=YEARLY;BYYEARDAY=-1',
      'FREQ=WEEKLY;WKST=SU;BYDAY=SA,SU',
      'FREQ=DAILY;BYHOUR=0,23;BYMINUTE=0,59;BYSECOND=0,60',
      'FREQ=DAILY;UNTIL=20261112',
    ])
      expect(problem(ok), ok).toBeUndefined();
  });

  it('names the part and what was expected for each RFC 5545 violation the audit found', () => {
    const cases: Array<[string, RegExp]> = [
      ['freq=daily', /must be written in uppercase \("FREQ=DAILY"\)/],
      ['FREQ=daily', /must be written in uppercase/],
      ['FREQ=DAILY;COUNT=2;UNTIL=20261112T000000', /COUNT and UNTIL cannot both be given/],
      ['FREQ=DAILY;BYHOUR=25', /^BYHOUR: expected hours from 0 to 23, got "25"$/],
      ['FREQ=DAILY;BYMINUTE=61', /^BYMINUTE: expected minutes from 0 to 59, got "61"$/],
      ['FREQ=DAILY;BYSECOND=61', /^BYSECOND: expected seconds from 0 to 60/],
      ['FREQ=DAILY;FREQ=WEEKLY', /^FREQ is given twice/],
      ['FREQ=DAILY;WKST=XX', /^WKST: expected a weekday/],
      ['FREQ=DAILY;COUNT=-1', /^COUNT: expected a whole number of 1 or more, got "-1"$/],
      ['FREQ=DAILY;COUNT=0', /^COUNT: expected a whole number of 1 or more/],
      ['FREQ=DAILY;BYDAY=XX', /^BYDAY: expected weekdays/],
      ['FREQ=DAILY;BYHOUR=9,10,9', /^BYHOUR: "9" is listed twice$/],
      ['FREQ=DAILY;BYMONTH=13', /^BYMONTH: expected months from 1 to 12, got "13"$/],
      ['FREQ=DAILY;BYMONTHDAY=0', /^BYMONTHDAY: expected days of the month/],
      ['FREQ=DAILY;BYMONTHDAY=32', /^BYMONTHDAY/],
      ['FREQ=DAILY;INTERVAL=1.5', /^INTERVAL: expected a whole number of 1 or more, got "1.5"$/],
      ['FREQ=DAILY;UNTIL=20260230', /^UNTIL: expected a date YYYYMMDD/],
      ['FREQ=DAILY;BYEASTER=0', /^unknown part "BYEASTER"/],
      ['FREQ=DAILY;;COUNT=2', /empty part/],
      ['FREQ=DAILY;COUNT', /^COUNT has no value/],
      ['INTERVAL=2', /^FREQ is missing/],
      ['', /the rule is empty/],
      ['FREQ=WEEKLY;BYDAY=2MO', /needs FREQ=MONTHLY or YEARLY, not WEEKLY/],
      ['FREQ=YEARLY;BYWEEKNO=2;BYDAY=1MO', /cannot be combined with BYWEEKNO/],
      ['FREQ=MONTHLY;BYWEEKNO=2', /BYWEEKNO needs FREQ=YEARLY/],
      ['FREQ=DAILY;BYYEARDAY=3', /BYYEARDAY cannot be used with FREQ=DAILY/],
      ['FREQ=WEEKLY;BYMONTHDAY=3', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
      ['FREQ=DAILY;BYSETPOS=1', /BYSETPOS needs another BY part/],
      ['FREQ=DAILY;DTSTART=20261111T000000', /DTSTART is not allowed/],
    ];
    for (const [text, expected] of cases) expect(problem(text), text).toMatch(expected);
  });

  it('refuses frequencies finer than hourly with a sentence (they were cut silently at 5,000 occurrences)', () => {
    expect(problem('FREQ=MINUTELY')).toBe('FREQ=MINUTELY is finer than a campaign task may repeat: use HOURLY or coarser');
    expect(problem('FREQ=SECONDLY;COUNT=2')).toMatch(/finer than a campaign task may repeat/);
    expect(problem('FREQ=HOURLY')).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    for (const text of ['=', ';', '==;==', 'FREQ==DAILY', 'FREQ=DAILY;BYDAY=', 'FREQ=DAILY;BYDAY=,', '\u0000', 'RRULE:', 'constructor=1', '__proto__=1'])
      expect(parseRuleText(text).ok, text).toBe(false);
  });
});

describe('rule helpers', () => {
  it('strips an uppercase RRULE: prefix and white space around the rule', () => {
    expect(ruleBody('  RRULE:FREQ=DAILY ')).toBe('FREQ=DAILY');
    expect(ruleBody('FREQ=DAILY')).toBe('FREQ=DAILY');
  });

  it('finds and replaces the end of a rule', () => {
    expect(ruleHasEnd('FREQ=DAILY;COUNT=2')).toBe(true);
    expect(ruleHasEnd('RRULE:FREQ=DAILY;UNTIL=20261112')).toBe(true);
    expect(ruleHasEnd('FREQ=DAILY;BYDAY=MO')).toBe(false);
    expect(ruleEndingAt('RRULE:FREQ=DAILY;COUNT=9;BYHOUR=9', '20261112T170000Z')).toBe('FREQ=DAILY;BYHOUR=9;UNTIL=20261112T170000Z');
  });
});
