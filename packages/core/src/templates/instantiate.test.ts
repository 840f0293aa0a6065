import { describe, expect, it } from 'vitest';
import { instantiate, parseTemplate } from './instantiate.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath } from '../errors/issue.js';
import type { TemplateInput } from '../schemas/template.js';
import { formatISOInZone } from '../time/wall-time.js';

const LA = 'America/Los_Angeles';

function miniTemplate(): TemplateInput {
  return {
    id: 'mini',
    version: 1,
    name: { en: 'Mini', 'zh-CN': '迷你' },
    platform: 'test',
    anchor: { rule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11' },
    phases: [
      { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, firstDay: -14, lastDay: -1 },
      { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: 0, lastDay: 1 },
      { id: 'review', label: { en: 'Review', 'zh-CN': '复盘期' }, firstDay: 2, lastDay: 9 },
    ],
    tasks: [
      {
        id: 'reg',
        title: { en: 'Register', 'zh-CN': '报名' },
        phase: 'warm-up',
        workstream: 'operations',
        due: { from: 'phase-start', days: 2, time: '23:59' },
      },
      {
        id: 'banner',
        title: { en: 'Banner', 'zh-CN': '横幅' },
        phase: 'warm-up',
        workstream: 'visual',
        due: { from: 'anchor', days: -1, time: '00:00' },
        dependsOn: ['reg'],
      },
      {
        id: 'daily',
        title: { en: 'Daily', 'zh-CN': '每日' },
        phase: 'peak',
        workstream: 'operations',
        due: { from: 'phase-start', time: '09:00' },
        recurrence: { rule: 'FREQ=DAILY' },
      },
      {
        id: 'wrap',
        title: { en: 'Wrap', 'zh-CN': '收尾' },
        phase: 'review',
        workstream: 'operations',
        due: { from: 'phase-end', days: -1, time: '23:59' },
        start: { from: 'phase-start', time: '09:00' },
      },
    ],
  };
}

const errorOf = (fn: () => unknown): PlanValidationError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanValidationError) return e;
    throw e;
  }
  throw new Error('expected a PlanValidationError');
};

describe('instantiate', () => {
  it('turns phase offsets into half-open intervals of Pacific days', () => {
    const plan = instantiate(miniTemplate(), { year: 2020, teamTimeZone: 'Asia/Shanghai' });
    expect(plan.phases.map((p) => [p.id, formatISOInZone(p.start, LA), formatISOInZone(p.end, LA)])).toEqual([
      ['warm-up', '2020-10-28T00:00:00-07:00', '2020-11-11T00:00:00-08:00'],
      ['peak', '2020-11-11T00:00:00-08:00', '2020-11-13T00:00:00-08:00'],
      ['review', '2020-11-13T00:00:00-08:00', '2020-11-21T00:00:00-08:00'],
    ]);
    expect(plan).toMatchObject({
      id: 'mini-2020',
      platformTimeZone: LA,
      teamTimeZone: 'Asia/Shanghai',
      source: { template: { id: 'mini', version: 1 }, year: 2020 },
    });
  });

  it('resolves due times from the anchor, a phase start or end, as platform wall times', () => {
    const plan = instantiate(miniTemplate(), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    const due = Object.fromEntries(plan.tasks.map((t) => [t.id, formatISOInZone(t.due, LA)]));
    expect(due).toEqual({
      reg: '2026-10-30T23:59:00-07:00',
      banner: '2026-11-10T00:00:00-08:00',
      daily: '2026-11-11T09:00:00-08:00',
      wrap: '2026-11-20T23:59:00-08:00',
    });
    expect(formatISOInZone(plan.tasks[3]!.start!, LA)).toBe('2026-11-13T09:00:00-08:00');
  });

  it('bounds a recurring task by its phase with a floating UNTIL', () => {
    const plan = instantiate(miniTemplate(), { year: 2026, teamTimeZone: 'UTC' });
    expect(plan.tasks[2]!.recurrence).toBe('FREQ=DAILY;UNTIL=20261112T235959');
  });

  it('applies a published calendar: phases move, neighbours follow, tasks anchored to a phase move with it', () => {
    const plan = instantiate(miniTemplate(), {
      year: 2021,
      teamTimeZone: 'Asia/Shanghai',
      calendar: {
        note: '2021 notice',
        published: '2021-09-15',
        phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } },
      },
    });
    expect(plan.phases.map((p) => formatISOInZone(p.start, LA).slice(0, 10))).toEqual(['2021-11-01', '2021-11-11', '2021-11-14']);
    expect(formatISOInZone(plan.phases[2]!.end, LA).slice(0, 10)).toBe('2021-11-21');
    expect(plan.tasks[2]!.recurrence).toBe('FREQ=DAILY;UNTIL=20211113T235959');
    // Phase-relative deadlines moved with their phase; the anchor-relative one stayed on the sale day.
    expect(formatISOInZone(plan.tasks[0]!.due, LA)).toBe('2021-11-03T23:59:00-07:00');
    expect(formatISOInZone(plan.tasks[1]!.due, LA)).toBe('2021-11-10T00:00:00-08:00');
    expect(plan.source?.calendar).toEqual({ note: '2021 notice', published: '2021-09-15' });
  });

  it('rejects contradicting or empty calendars with paths', () => {
    const clash = errorOf(() =>
      instantiate(miniTemplate(), {
        year: 2021,
        teamTimeZone: 'UTC',
        calendar: { phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-12', last: '2021-11-13' } } },
      }),
    );
    expect(clash.issues.map((i) => formatPath(i.path))).toEqual(['calendar.phases.peak.first']);
    const unknown = errorOf(() =>
      instantiate(miniTemplate(), { year: 2021, teamTimeZone: 'UTC', calendar: { phases: { presale: { first: '2021-11-01', last: '2021-11-02' } } } }),
    );
    expect(unknown.issues[0]).toMatchObject({ code: 'unknown_phase', path: ['calendar', 'phases', 'presale'] });
    const backwards = errorOf(() =>
      instantiate(miniTemplate(), { year: 2021, teamTimeZone: 'UTC', calendar: { phases: { peak: { first: '2021-11-13', last: '2021-11-11' } } } }),
    );
    expect(formatPath(backwards.issues[0]!.path)).toBe('calendar.phases.peak.last');
    const squeezed = errorOf(() =>
      instantiate(miniTemplate(), { year: 2021, teamTimeZone: 'UTC', calendar: { phases: { peak: { first: '2021-10-28', last: '2021-11-12' } } } }),
    );
    expect(squeezed.issues[0]!.message).toMatch(/phase "warm-up" would have no days left/);
    const badDate = errorOf(() =>
      instantiate(miniTemplate(), { year: 2021, teamTimeZone: 'UTC', calendar: { phases: { peak: { first: '2021-11-31', last: '2021-12-01' } } } }),
    );
    expect(formatPath(badDate.issues[0]!.path)).toBe('calendar.phases.peak.first');
  });

  it('rejects bad options with paths', () => {
    const e = errorOf(() => instantiate(miniTemplate(), { year: 20.5, teamTimeZone: 'Nowhere/Land' }));
    expect(e.issues.map((i) => formatPath(i.path))).toEqual(['year', 'teamTimeZone']);
    expect(e.message).toMatch(/^Invalid options/);
  });

  it('rejects bad templates with paths before building anything', () => {
    const t = miniTemplate() as any;
    t.tasks[0].due.from = 'sale-day';
    t.phases[1].firstDay = 1;
    const shape = errorOf(() => parseTemplate(t));
    expect(shape.issues.map((i) => formatPath(i.path))).toEqual(['tasks[0].due.from']);
    t.tasks[0].due.from = 'anchor';
    const refs = errorOf(() => parseTemplate(t));
    expect(refs.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual(['phases[1].firstDay phase_not_contiguous']);
    t.phases[1].firstDay = 0;
    t.tasks[1].due.phase = 'presale';
    t.tasks[2].recurrence.rule = 'FREQ=NEVER';
    t.anchor.rule = 'BYMONTH=11';
    expect(errorOf(() => parseTemplate(t)).issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'tasks[1].due.phase unknown_phase',
      'tasks[2].recurrence.rule invalid_rrule',
      'anchor.rule invalid_anchor',
    ]);
  });

  it('reports a plan that the template makes invalid (a task due before the campaign)', () => {
    const t = miniTemplate();
    (t.tasks[0]!.due as any).days = -30;
    const e = errorOf(() => instantiate(t, { year: 2026, teamTimeZone: 'UTC' }));
    expect(e.issues[0]).toMatchObject({ code: 'due_outside_campaign', path: ['tasks', 0, 'due'] });
  });

  it('does not change the template it was given', () => {
    const t = miniTemplate();
    const copy = structuredClone(t);
    instantiate(t, { year: 2026, teamTimeZone: 'UTC' });
    expect(t).toEqual(copy);
  });
});

describe('a user template written as JSON', () => {
  // What a seller would save as my-12-12.json: shorthand fields left to their defaults.
  const JSON_TEMPLATE = `{
    "id": "shop-12-12",
    "version": 1,
    "name": { "en": "Shop 12.12", "zh-CN": "店铺双12" },
    "platform": "aliexpress",
    "anchor": { "rule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=12" },
    "phases": [
      { "id": "warm-up", "label": { "en": "Warm-up", "zh-CN": "预热期" }, "firstDay": -5, "lastDay": -1 },
      { "id": "peak", "label": { "en": "Peak", "zh-CN": "正式期" }, "firstDay": 0, "lastDay": 0 }
    ],
    "tasks": [
      { "id": "register", "title": { "en": "Register", "zh-CN": "报名" }, "phase": "warm-up", "workstream": "operations",
        "due": { "from": "phase-start" }, "critical": true, "tags": ["registration"] },
      { "id": "banner", "title": { "en": "Store banner", "zh-CN": "店铺横幅" }, "phase": "warm-up", "workstream": "visual",
        "due": { "from": "anchor", "days": -1, "time": "00:00" }, "dependsOn": ["register"] },
      { "id": "watch", "title": { "en": "Watch the data", "zh-CN": "数据监控" }, "phase": "peak", "workstream": "operations",
        "due": { "from": "phase-start", "time": "09:00" }, "recurrence": { "rule": "FREQ=HOURLY;INTERVAL=6" } }
    ]
  }`;

  it('parses and instantiates with defaults filled in (Pacific time, 23:59, todo, weight 1)', () => {
    const template = parseTemplate(JSON.parse(JSON_TEMPLATE));
    expect(template.platformTimeZone).toBe(LA);
    const plan = instantiate(template, { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    expect(plan.id).toBe('shop-12-12-2026');
    expect(plan.tasks.map((t) => [t.id, formatISOInZone(t.due, LA), t.status, t.weight])).toEqual([
      ['register', '2026-12-07T23:59:00-08:00', 'todo', 1],
      ['banner', '2026-12-11T00:00:00-08:00', 'todo', 1],
      ['watch', '2026-12-12T09:00:00-08:00', 'todo', 1],
    ]);
    expect(plan.tasks[2]!.recurrence).toBe('FREQ=HOURLY;INTERVAL=6;UNTIL=20261212T235959');
  });

  it('reports a mistake in the JSON with its path', () => {
    const json = JSON.parse(JSON_TEMPLATE);
    json.tasks[1].workstream = 'design';
    const e = errorOf(() => parseTemplate(json));
    expect(e.issues.map((i) => formatPath(i.path))).toEqual(['tasks[1].workstream']);
  });
});
