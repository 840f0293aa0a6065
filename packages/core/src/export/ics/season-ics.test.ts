import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';
import { toSeasonICS } from './season-ics.js';

const make = (id: string) => instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai' });

describe('toSeasonICS', () => {
  it('writes one calendar that ical.js reads, with the components of every plan and one VTIMEZONE per zone used', () => {
    const plans = [make('aliexpress-11-11'), make('aliexpress-black-friday')];
    const text = toSeasonICS(plans, { dtstamp: new Date('2026-09-01T00:00:00Z') });
    const cal = new ICAL.Component(ICAL.parse(text));
    // One VTIMEZONE per zone the components use (platform time, and Beijing for tasks on the team's clock).
    const defined = cal.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid')));
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...defined].sort());
    const uids = [...cal.getAllSubcomponents('vevent'), ...cal.getAllSubcomponents('vtodo')].map((c) => String(c.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    for (const plan of plans) {
      expect(uids.filter((u) => u.includes(`.${plan.id}@`)).length).toBe(plan.tasks.length + plan.phases.length);
    }
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
  it('refuses an empty season', () => {
    expect(() => toSeasonICS([])).toThrow(/at least one plan/);
  });
});
