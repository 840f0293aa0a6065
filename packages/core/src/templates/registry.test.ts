import { describe, expect, it } from 'vitest';
import { instantiate } from './instantiate.js';
import { getTemplate, listTemplates } from './registry.js';

const IDS = [
  'aliexpress-11-11',
  'aliexpress-black-friday',
  'aliexpress-12-12',
  'aliexpress-christmas-new-year',
  'aliexpress-ramadan',
  'aliexpress-328',
  'store-anniversary',
  'aliexpress-brand-week',
];

describe('listTemplates', () => {
  it('lists the built-in templates in order, with what a picker needs and where their dates come from', () => {
    const list = listTemplates();
    expect(list.map((t) => t.id)).toEqual(IDS);
    for (const t of list) {
      expect(t).toMatchObject({ platform: 'aliexpress', platformTimeZone: 'America/Los_Angeles', phases: ['build-up', 'warm-up', 'peak', 'review'] });
      expect(t.taskCount).toBe(getTemplate(t.id).tasks.length);
      expect(t.name['zh-CN']).toMatch(/速卖通|店庆/);
      expect(t.description?.en).toBeTruthy();
      expect(t.sources.length).toBeGreaterThanOrEqual(2);
    }
    // Only the templates that reproduce a playbook year have one; the rest are estimates every year.
    expect(list.filter((t) => t.playbookYear !== undefined).map((t) => [t.id, t.playbookYear])).toEqual([
      ['aliexpress-11-11', 2020],
      ['aliexpress-black-friday', 2020],
    ]);
  });
});

describe('getTemplate', () => {
  it('returns a fresh copy: changing it does not change the next one', () => {
    const first = getTemplate('aliexpress-11-11');
    const count = first.tasks.length;
    first.tasks[0]!.title.en = 'changed';
    first.tasks.pop();
    first.phases[0]!.firstDay = -100;
    const second = getTemplate('aliexpress-11-11');
    expect(second.tasks).toHaveLength(count);
    expect(second.tasks[0]!.title.en).not.toBe('changed');
    expect(second.phases[0]!.firstDay).toBe(-41);
    const plan = instantiate(second, { year: 2020, teamTimeZone: 'UTC' });
    expect(plan.phases[0]!.start.toISOString()).toBe('2020-10-01T07:00:00.000Z');
  });

  it('throws naming the known ids for an unknown one', () => {
    expect(() => getTemplate('nope')).toThrow(RangeError);
    expect(() => getTemplate('nope')).toThrow(`Unknown template "nope", expected one of ${IDS.join(', ')}`);
  });
});
