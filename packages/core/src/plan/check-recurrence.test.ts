import { describe, expect, it } from 'vitest';
import { planFixture } from '../__fixtures__/plan.js';
import { formatPath } from '../errors/issue.js';
import { safeParsePlan } from './parse-plan.js';

/** The fixture with task 2 (a daily peak check) given `rule`. */
function withRule(rule: string) {
  const input = planFixture();
  input.tasks[2].recurrence = rule;
  return input;
}

function issuesOf(input: unknown) {
  const r = safeParsePlan(input);
  return r.success ? [] : r.issues.map((i) => ({ where: `${formatPath(i.path)} ${i.code}`, message: i.message }));
}

describe('checkPlan: recurrence rules', () => {
  it.each([
    ['FREQ=DAILY;INTERVAL=-1', /INTERVAL: expected a whole number of 1 or more, got "-1"/],
    ['FREQ=HOURLY;INTERVAL=-5', /INTERVAL/],
    ['FREQ=DAILY;INTERVAL=1.5', /got "1.5"/],
    ['freq=daily', /uppercase/],
    ['FREQ=DAILY;COUNT=2;UNTIL=20261112T000000', /COUNT and UNTIL/],
    ['FREQ=DAILY;BYHOUR=25', /BYHOUR: expected hours from 0 to 23/],
    ['FREQ=DAILY;BYMINUTE=61', /BYMINUTE/],
    ['FREQ=DAILY;FREQ=DAILY', /FREQ is given twice/],
    ['FREQ=DAILY;WKST=XX', /WKST/],
    ['FREQ=DAILY;COUNT=-1', /COUNT/],
    ['FREQ=DAILY;BYDAY=XX', /BYDAY: expected weekdays/],
    ['FREQ=DAILY;BYMONTH=13', /BYMONTH: expected months from 1 to 12/],
    ['FREQ=MINUTELY', /finer than a campaign task may repeat: use HOURLY/],
    ['FREQ=SECONDLY', /finer than a campaign task may repeat/],
  ])('refuses %s at tasks[2].recurrence with a sentence', (rule, message) => {
    const issues = issuesOf(withRule(rule));
    expect(issues.map((i) => i.where)).toEqual(['tasks[2].recurrence invalid_rrule']);
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.message).not.toMatch(/TypeError|Cannot read|undefined/);
  });

  it('reports "no occurrence in the campaign" for rules that never match, after walking only the campaign', () => {
    for (const rule of ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31']) {
      const issues = issuesOf(withRule(rule));
      expect(
        issues.map((i) => i.where),
        rule,
      ).toEqual(['tasks[2].recurrence recurrence_outside_campaign']);
      expect(issues[0]!.message).toMatch(
        /yields no occurrence in the campaign \(from the task's due time 2026-11-11T09:00:00-08:00 to the campaign's end 2026-11-13T00:00:00-08:00\)/,
      );
    }
  });

  it('says when the rule ends before its first occurrence', () => {
    const issues = issuesOf(withRule('FREQ=DAILY;UNTIL=20261101T000000'));
    expect(issues.map((i) => i.where)).toEqual(['tasks[2].recurrence empty_recurrence']);
    expect(issues[0]!.message).toMatch(/its UNTIL comes first/);
  });

  it('refuses a rule with more occurrences in the campaign than the cap, instead of cutting it silently', () => {
    const input = withRule('FREQ=HOURLY');
    input.phases[0].start = '2026-01-01T00:00:00-08:00';
    input.tasks[2].due = '2026-01-01T00:00:00-08:00';
    input.tasks[2].phase = 'warm-up';
    const issues = issuesOf(input);
    expect(issues.map((i) => i.where)).toEqual(['tasks[2].recurrence too_many_occurrences']);
    expect(issues[0]!.message).toMatch(/more than 5000 occurrences/);
    input.tasks[2].recurrence = 'FREQ=HOURLY;INTERVAL=2';
    expect(issuesOf(input)).toEqual([]);
  });
});
