import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath } from '../errors/issue.js';
import { parseRoster } from './roster.js';

const issuesOf = (input: unknown) => {
  try {
    parseRoster(input);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanValidationError);
    return (e as PlanValidationError).issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  }
  throw new Error('expected the roster to be refused');
};

describe('parseRoster', () => {
  it('reads a roster without people (as before) and one with each person’s language and zone', () => {
    expect(parseRoster({ roles: { designer: 'Chen Jing' } })).toEqual({ roles: { designer: 'Chen Jing' } });
    const r = parseRoster({
      roles: { designer: 'Chen Jing' },
      people: { 'Chen Jing': { locale: 'zh-CN', timeZone: 'asia/shanghai' }, 'Amy Chen': { timeZone: 'America/Los_Angeles' }, Bo: {} },
    });
    // Zone names are stored in the database's spelling.
    expect(r.people).toEqual({ 'Chen Jing': { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }, 'Amy Chen': { timeZone: 'America/Los_Angeles' }, Bo: {} });
  });

  it('the example roster is valid and gives people languages and zones', () => {
    const example = parseRoster(JSON.parse(readFileSync(new URL('../../../../examples/roster.json', import.meta.url), 'utf8')));
    expect(Object.keys(example.people ?? {}).length).toBeGreaterThan(0);
  });

  it('names the field path of a bad locale, zone, key or name', () => {
    expect(issuesOf({ roles: {}, people: { 'Li Wei': { locale: 'fr' } } })).toEqual(['people["Li Wei"].locale: expected a locale: en, zh-CN']);
    expect(issuesOf({ roles: {}, people: { 'Li Wei': { timeZone: '+08:00' } } })).toEqual([
      'people["Li Wei"].timeZone: expected an IANA time zone name such as "America/Los_Angeles"',
    ]);
    expect(issuesOf({ roles: {}, people: { Amy: { timeZone: 'PST' } } })).toEqual([
      'people.Amy.timeZone: expected an IANA time zone name such as "America/Los_Angeles"',
    ]);
    expect(issuesOf({ roles: {}, people: { Amy: { zone: 'Asia/Shanghai' } } })).toEqual(['people.Amy: unknown key "zone"']);
    expect(issuesOf({ roles: {}, people: { '': {} } })).toEqual(['people[""]: expected the name of a person']);
    expect(issuesOf(JSON.parse('{"roles": {}, "people": {"__proto__": {}}}'))).toEqual(['people.__proto__: unknown key "__proto__"']);
    expect(issuesOf({ roles: {}, people: [] })).toEqual(['people: expected an object of people by name']);
  });
});
