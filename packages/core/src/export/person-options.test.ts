import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { ROSTER_PEOPLE_INPUT, rosterPlanInput, rosterTask } from './__fixtures__/roster-people.js';
import { parseRoster } from '../templates/roster.js';
import { markdownByPerson } from './markdown.js';
import { explicitPersonOptions, rosterPersonOptions } from './person-options.js';

const plan = parsePlan(
  rosterPlanInput(rosterTask('wei-own', 'Own task', '自己的任务', '2026-10-31T20:00:00Z', { owner: 'Li Wei' })), // Oct 31 13:00 PDT · Nov 1 04:00
);
const roster = parseRoster(ROSTER_PEOPLE_INPUT);
const lineOf = (md: string, title: string) => md.split('\n').find((l) => l.startsWith('- [') && l.includes(title))!;
const query = { phases: ['warm-up'] };

describe('markdownByPerson with a roster', () => {
  it("writes each person's checklist in their language and zone, role tasks going to the roster's person", () => {
    const byPerson = markdownByPerson(plan, { query, roster });
    expect([...byPerson.keys()]).toEqual(['Amy Chen', 'Li Wei']);
    const amy = byPerson.get('Amy Chen')!;
    // Both passes of 01:30 on the night clocks fall back, in Los Angeles wall time.
    expect(lineOf(amy, 'First pass')).toContain('due 2026-11-01 01:30 (platform America/Los_Angeles) · 2026-11-01 01:30 (local America/Los_Angeles)');
    expect(lineOf(amy, 'Second pass')).toContain('· 2026-11-01 01:30 (local America/Los_Angeles)');
    expect(amy).not.toContain('Late check');
    const wei = byPerson.get('Li Wei')!;
    expect(lineOf(wei, '晚间检查')).toContain('截止 2026-11-01 23:30 (平台 America/Los_Angeles) · 2026-11-02 15:30 (团队 Asia/Shanghai)');
    expect(lineOf(wei, '自己的任务')).toContain('· 2026-11-01 04:00 (团队 Asia/Shanghai)');
    expect(wei).not.toContain('第一次');
  });

  it('explicit options win over the roster, and the personOptions hook over both', () => {
    const en = markdownByPerson(plan, { query, roster, locale: 'en', readerTimeZone: 'Europe/Madrid' });
    // 09:30Z on Nov 1 is 10:30 in Madrid (CET, its own change was a week earlier).
    expect(lineOf(en.get('Amy Chen')!, 'Second pass')).toContain('· 2026-11-01 10:30 (local Europe/Madrid)');
    expect(lineOf(en.get('Li Wei')!, 'Late check')).toContain('due 2026-11-01 23:30');
    const hooked = markdownByPerson(plan, { query, roster, locale: 'en' }, (p) => (p === 'Amy Chen' ? { locale: 'zh-CN' } : {}));
    expect(lineOf(hooked.get('Amy Chen')!, '第二次')).toContain('(本地 America/Los_Angeles)');
  });

  it('without a roster, role tasks have no person and everyone gets the shared options', () => {
    const byPerson = markdownByPerson(plan, { query });
    expect([...byPerson.keys()]).toEqual(['Li Wei']);
    expect(lineOf(byPerson.get('Li Wei')!, 'Own task')).toContain('(team Asia/Shanghai)');
  });
});

describe('rosterPersonOptions / explicitPersonOptions', () => {
  it("maps a roster person's settings to checklist options, only the fields set", () => {
    const of = rosterPersonOptions(parseRoster({ roles: {}, people: { a: { timeZone: 'Asia/Tokyo' }, b: { locale: 'zh-CN' } } }));
    expect(of('a')).toEqual({ readerTimeZone: 'Asia/Tokyo' });
    expect(of('b')).toEqual({ locale: 'zh-CN' });
    expect(of('c')).toEqual({});
    expect(explicitPersonOptions({ locale: 'en', readerTimeZone: undefined })).toEqual({ locale: 'en' });
  });
});
