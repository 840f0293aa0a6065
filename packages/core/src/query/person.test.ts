import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { PLAN_INPUT } from '../readiness/__fixtures__/readiness-plan.js';
import { parseRoster } from '../templates/roster.js';
import { peopleOf, selectItems } from './apply-query.js';
import { morningBrief } from './brief.js';
import { personOf, personSettings, withRoster } from './person.js';

const plan = parsePlan({
  ...PLAN_INPUT,
  tasks: [
    ...PLAN_INPUT.tasks,
    { id: 'ads', title: { en: 'Ads', 'zh-CN': '广告' }, phase: 'warm-up', workstream: 'traffic', due: '2026-11-01T08:30:00Z', role: 'traffic' },
    {
      id: 'owned',
      title: { en: 'Owned', 'zh-CN': '自有' },
      phase: 'warm-up',
      workstream: 'traffic',
      due: '2026-11-01T09:30:00Z',
      role: 'traffic',
      owner: 'li',
    },
    { id: 'pics', title: { en: 'Pictures', 'zh-CN': '图片' }, phase: 'warm-up', workstream: 'visual', due: '2026-11-02T07:30:00Z', role: 'designer' },
  ],
});
const roster = parseRoster({ roles: { traffic: 'Amy Chen' }, people: { 'Amy Chen': { locale: 'en', timeZone: 'America/Los_Angeles' } } });
const task = (id: string) => plan.tasks.find((t) => t.id === id)!;

describe('personOf', () => {
  it('is the owner; without one, the person the roster maps the role to; an unmapped role has no person', () => {
    expect(personOf(plan, task('owned'), roster)).toBe('li'); // the owner wins over the roster
    expect(personOf(plan, task('ads'))).toBeUndefined();
    expect(personOf(plan, task('ads'), roster)).toBe('Amy Chen');
    expect(personOf(plan, task('pics'), roster)).toBeUndefined();
    expect(personOf(plan, task('dst-coupons'), roster)).toBeUndefined(); // neither owner nor role
  });

  it('withRoster gives role tasks their person, so selections, splits and briefs see them; the plan is unchanged', () => {
    const assigned = withRoster(plan, roster);
    expect(assigned.tasks.find((t) => t.id === 'ads')!.owner).toBe('Amy Chen');
    expect(assigned.tasks.find((t) => t.id === 'owned')!.owner).toBe('li');
    expect(assigned.tasks.find((t) => t.id === 'pics')!.owner).toBeUndefined();
    expect(task('ads').owner).toBeUndefined();
    expect(peopleOf(plan)).toEqual(['li', 'wang']);
    expect(peopleOf(assigned)).toEqual(['Amy Chen', 'li', 'wang']);
    expect(selectItems(assigned, { person: 'Amy Chen' }).map((s) => s.item.task.id)).toEqual(['ads']);
    expect(selectItems(assigned, { query: { owners: ['Amy Chen'] } }).map((s) => s.item.task.id)).toEqual(['ads']);
    const brief = morningBrief(assigned, undefined, new Date('2026-10-31T16:00:00Z'), { person: 'Amy Chen', timeZone: 'America/Los_Angeles' });
    expect(brief.days[1]!.items.map((i) => i.task.id)).toEqual(['ads']);
  });
});

describe('morningBrief with a roster', () => {
  it("reads role tasks as the roster person's and the brief in their zone, unless timeZone is given", () => {
    const now = new Date('2026-10-31T16:00:00Z'); // Oct 31 09:00 PDT · Nov 1 00:00 Shanghai
    const brief = morningBrief(plan, undefined, now, { person: 'Amy Chen', roster });
    expect(brief.timeZone).toBe('America/Los_Angeles');
    expect(brief.days.map((d) => [d.date, d.items.map((i) => i.task.id)])).toEqual([
      ['2026-10-31', []],
      ['2026-11-01', ['ads']],
    ]);
    const shanghai = morningBrief(plan, undefined, now, { person: 'Amy Chen', roster, timeZone: 'Asia/Shanghai' });
    expect(shanghai.days.map((d) => [d.date, d.items.map((i) => i.task.id)])).toEqual([
      ['2026-11-01', ['ads']],
      ['2026-11-02', []],
    ]);
    expect(morningBrief(plan, undefined, now, { person: 'li', roster }).timeZone).toBe('Asia/Shanghai');
  });
});

describe('personSettings', () => {
  it("reads a person's language and zone from the roster, nothing for others or inherited names", () => {
    expect(personSettings(roster, 'Amy Chen')).toEqual({ locale: 'en', timeZone: 'America/Los_Angeles' });
    expect(personSettings(roster, 'li')).toEqual({});
    expect(personSettings(roster, 'constructor')).toEqual({});
    expect(personSettings(undefined, 'Amy Chen')).toEqual({});
  });
});
