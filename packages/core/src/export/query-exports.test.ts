// Every export honours the task query: the same work items as applyQuery, in every format.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { parsePlan } from '../plan/parse-plan.js';
import { createStatusState } from '../readiness/index.js';
import { TASK_STATUSES, WORKSTREAMS } from '../schemas/task.js';
import { PLAN_INPUT, ev } from '../readiness/__fixtures__/readiness-plan.js';
import { applyQuery } from '../query/apply-query.js';
import { queryReadiness } from '../query/query-readiness.js';
import type { TaskQueryInput } from '../query/task-query.js';
import { toMarkdown, markdownByPerson } from './markdown.js';
import { toHTML } from './html.js';
import { toCSV } from './csv.js';
import { itemsToJSON } from './items-json.js';
import { toICS } from './ics/ics.js';

const plan = parsePlan({
  ...PLAN_INPUT,
  tasks: [
    ...PLAN_INPUT.tasks,
    {
      id: 'xss',
      title: { en: '<img src=x onerror=alert(1)> & "quotes"', 'zh-CN': '<script>alert(1)</script>' },
      phase: 'warm-up',
      workstream: 'marketing',
      due: '2026-11-05T10:00:00-08:00',
      owner: '<b>eve</b>',
      dueSource: { kind: 'estimate', year: 2026 },
    },
  ],
});
const state = createStatusState(plan, [ev('daily-check', 'done', '2026-11-11T20:00:00Z', 'li', '2026-11-11T09:00:00-08:00')]);
const statuses = (id: string, at?: Date) => (at ? state.latest.get(`${id}@${at.toISOString()}`)?.status : state.latest.get(id)?.status);
const now = new Date('2026-10-25T12:00:00-07:00');

const mdItems = (md: string) => md.split('\n').filter((l) => /^- \[[ x]\] /.test(l));
const csvRows = (csv: string) => Papa.parse(csv, { header: true, skipEmptyLines: true }).data as Record<string, string>[];

/** The work-item keys an iCalendar feed holds: each to-do's DUE, or each date its RRULE gives less its EXDATEs (ical.js). */
function icsKeys(text: string): string[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal
    .getAllSubcomponents('vtodo')
    .filter((c) => !c.hasProperty('recurrence-id'))
    .flatMap((c) => {
      const id = String(c.getFirstPropertyValue('uid'))
        .replace(/^task-/, '')
        .replace(/\.test-1111@campaign-planner$/, '');
      if (!c.hasProperty('rrule')) return [id];
      const it = new ICAL.RecurExpansion({ component: c, dtstart: c.getFirstPropertyValue('dtstart') as ICAL.Time });
      const out: string[] = [];
      for (let next = it.next(); next && out.length < 100; next = it.next()) out.push(`${id}@${next.toJSDate().toISOString()}`);
      return out;
    });
}

const queryArb: fc.Arbitrary<TaskQueryInput> = fc.record(
  {
    workstreams: fc.subarray([...WORKSTREAMS]),
    owners: fc.subarray(['li', 'wang']),
    statuses: fc.subarray([...TASK_STATUSES]),
    critical: fc.boolean(),
    phases: fc.subarray(['build-up', 'warm-up', 'peak', 'review']),
    dueFrom: fc.constantFrom({ day: 'today' }, { day: '2026-11-11', zone: 'America/Los_Angeles' }, '2026-10-27T07:00:00Z'),
    dueTo: fc.constantFrom({ day: 'today+20' }, { day: '2026-11-11', zone: 'Asia/Shanghai' }),
  },
  { requiredKeys: [] },
);

describe('exports with a task query', () => {
  it('Markdown, HTML, CSV (per occurrence and per task) and JSON select the same items as applyQuery', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const items = applyQuery(plan, query, state, now);
        const keys = items.map((i) => i.key);
        const md = mdItems(toMarkdown(plan, { query, statuses, now, groupBy: 'workstream' }));
        expect(md.length).toBe(items.length);
        // One line per item, in the display order (workstream grouping keeps it: workstream is its second key).
        const html = toHTML(plan, { query, statuses, now });
        expect(html.match(/<li[ >]/g)?.length ?? 0).toBe(items.length);
        const occ = csvRows(toCSV(plan, { rows: 'occurrence', query, statuses, now }));
        expect(
          occ.map((r) => (plan.tasks.find((t) => t.id === r.id)!.recurrence ? `${r.id}@${new Date(r.occurrence_due!).toISOString()}` : r.id)).sort(),
        ).toEqual([...keys].sort());
        const byTask = csvRows(toCSV(plan, { query, statuses, now }));
        expect(byTask.map((r) => r.id).sort()).toEqual([...new Set(items.map((i) => i.task.id))].sort());
        expect(itemsToJSON(plan, query, state, now).items.map((i) => i.taskId)).toEqual(items.map((i) => i.task.id));
        expect(queryReadiness(plan, state, now, query).readiness.overall.total).toBe(items.length);
        expect(icsKeys(toICS(plan, { query, statuses, now, dtstamp: now })).sort()).toEqual([...keys].sort());
      }),
      { numRuns: 60 },
    );
  });

  it("a per-person iCalendar feed holds only that person's deadlines; a partly selected series gets EXDATEs", () => {
    const li = toICS(plan, { person: 'li', dtstamp: now });
    expect(icsKeys(li)).toEqual(['register']);
    const second = toICS(plan, { query: { statuses: ['todo'], phases: ['peak'] }, statuses, dtstamp: now });
    expect(second).toContain('EXDATE;TZID=America/Los_Angeles:20261111T090000');
    expect(icsKeys(second)).toEqual(['daily-check@2026-11-12T17:00:00.000Z']);
  });

  it('Markdown lists a line per occurrence, ticked from the log, in display order', () => {
    const md = mdItems(toMarkdown(plan, { query: { phases: ['peak'] }, statuses }));
    expect(md).toEqual([
      '- [x] Monitor live data — due 2026-11-11 09:00 (platform America/Los_Angeles) · 2026-11-12 01:00 (team Asia/Shanghai) · repeats: daily at 09:00 US Pacific time until Nov 12',
      '- [ ] Monitor live data — due 2026-11-12 09:00 (platform America/Los_Angeles) · 2026-11-13 01:00 (team Asia/Shanghai) · repeats: daily at 09:00 US Pacific time until Nov 12',
    ]);
  });

  it("groups by person and shows the reader's zone beside the platform's; marks critical and estimated deadlines", () => {
    const md = toMarkdown(plan, { groupBy: 'person', readerTimeZone: 'America/New_York', query: { owners: ['li', 'wang'] } });
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## li', '## wang']);
    expect(md).toContain(
      '- [ ] Register for platform activities — due 2026-10-21 23:59 (platform America/Los_Angeles) · 2026-10-22 02:59 (local America/New_York) · **critical**',
    );
    const zh = toMarkdown(plan, { locale: 'zh-CN', query: { owners: ['<b>eve</b>'] } });
    expect(zh).toContain('*预估日期：请在商家后台确认*');
    expect(zh).toContain('负责人: \\<b\\>eve\\</b\\>');
    expect(zh).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('gives one checklist per person, each with only their items', () => {
    const byPerson = markdownByPerson(plan, { query: { phases: ['build-up', 'warm-up'] } }, (p) =>
      p === 'wang' ? { locale: 'zh-CN', readerTimeZone: 'Europe/Madrid' } : {},
    );
    expect([...byPerson.keys()]).toEqual(['<b>eve</b>', 'li', 'wang']);
    expect(mdItems(byPerson.get('li')!).map((l) => l.slice(6, 14))).toEqual(['Register']);
    expect(byPerson.get('wang')).toContain('(本地 Europe/Madrid)');
  });

  it('HTML: one page per group, checked boxes, both clocks, every text escaped', () => {
    const html = toHTML(plan, { statuses, groupBy: 'phase' });
    expect(html.match(/<section>/g)).toHaveLength(4);
    expect(html).toContain('break-after:page');
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('&lt;b&gt;eve&lt;/b&gt;');
    expect(toHTML(parsePlan({ ...PLAN_INPUT, name: { en: 'Bell\u0007 and \u001b[31mred', 'zh-CN': 'x' } }))).toContain(
      '<title>Bell\ufffd and \ufffd[31mred</title>',
    );
    expect(html.match(/ checked>/g)).toHaveLength(1);
    expect(html).toContain('due 2026-10-21 23:59 (platform America/Los_Angeles) · 2026-10-22 14:59 (team Asia/Shanghai)');
  });
});
