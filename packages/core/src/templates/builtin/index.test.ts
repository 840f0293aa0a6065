import { describe, expect, it } from 'vitest';
import type { Plan } from '../../schemas/plan.js';
import { WORKSTREAMS } from '../../schemas/task.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { clockZone, taskOccurrences } from '../../plan/occurrences.js';
import { formatInZone } from '../../time/wall-time.js';
import { instantiate, parseTemplate } from '../instantiate.js';
import { getTemplate } from '../registry.js';
import { BUILTIN_TEMPLATES } from './index.js';

const YEARS = Array.from({ length: 11 }, (_, i) => 2020 + i);
/** The store anniversary needs the seller's day; any works for these checks. */
const sellerDate = (id: string) => (getTemplate(id).anchor.sellerGiven ? { anchorDate: '06-18' } : {});

/** Dependencies due after the task that needs them starts (or, without a start, is due): an order no team can follow. */
function impossibleOrders(plan: Plan): string[] {
  const due = new Map(plan.tasks.map((t) => [t.id, t.due.getTime()] as const));
  return plan.tasks.flatMap((t) => {
    const begins = (t.start ?? t.due).getTime();
    return t.dependsOn.filter((d) => due.get(d)! > begins).map((d) => `${t.id} (from ${new Date(begins).toISOString()}) <- ${d}`);
  });
}

/** Tasks due outside the half-open window of their own phase. */
function outsideOwnPhase(plan: Plan): string[] {
  const phases = new Map(plan.phases.map((p) => [p.id, p] as const));
  return plan.tasks
    .filter((t) => {
      const p = phases.get(t.phase)!;
      return t.due < p.start || t.due >= p.end;
    })
    .map((t) => `${t.id} (${t.phase}) due ${t.due.toISOString()}`);
}

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('built-in template %s', (id, raw) => {
  it('is accepted by parseTemplate as written and from its JSON', () => {
    expect(parseTemplate(raw).id).toBe(id);
    expect(parseTemplate(JSON.parse(JSON.stringify(raw))).tasks).toHaveLength(raw.tasks.length);
  });

  it('has kebab-case unique task ids and non-empty titles in both locales', () => {
    const t = getTemplate(id);
    const ids = t.tasks.map((task) => task.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const task of t.tasks) {
      expect(task.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(task.title.en.trim()).not.toBe('');
      expect(task.title['zh-CN'].trim()).not.toBe('');
      // The Chinese title is really Chinese, not a copy of the English one.
      expect(task.title['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('marks every registration deadline critical, closing at 23:59 platform time', () => {
    const registrations = getTemplate(id).tasks.filter((t) => t.critical && t.tags.includes('registration'));
    expect(registrations.length).toBeGreaterThanOrEqual(2);
    for (const task of registrations) expect(task.due.time).toBe('23:59');
  });

  it.each(YEARS)('instantiates for %i into a plan that parsePlan accepts, also after a JSON round trip', (year) => {
    for (const teamTimeZone of ['Asia/Shanghai', 'UTC', 'America/New_York']) {
      const plan = instantiate(getTemplate(id), { year, teamTimeZone, ...sellerDate(id) });
      expect(plan.tasks).toHaveLength(raw.tasks.length);
      expect(parsePlan(JSON.parse(serializePlan(plan)))).toEqual(plan);
    }
  });

  it.each(YEARS)('in %i orders every dependency before its dependent and keeps each task in its phase', (year) => {
    const plan = instantiate(getTemplate(id), { year, teamTimeZone: 'Asia/Shanghai', ...sellerDate(id) });
    expect(impossibleOrders(plan)).toEqual([]);
    expect(outsideOwnPhase(plan)).toEqual([]);
  });

  it('leaves at least a day of work before every deadline that has no start of its own', () => {
    const plan = instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai', ...sellerDate(id) });
    const firstDayEnds = plan.phases[0]!.start.getTime() + 86_400_000;
    expect(plan.tasks.filter((t) => !t.start && t.due.getTime() < firstDayEnds).map((t) => t.id)).toEqual([]);
  });

  it('has four phases, each with work in it', () => {
    const plan = instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai', ...sellerDate(id) });
    expect(plan.phases.map((p) => p.id)).toEqual(['build-up', 'warm-up', 'peak', 'review']);
    for (const phase of plan.phases) expect(plan.tasks.filter((t) => t.phase === phase.id).length).toBeGreaterThanOrEqual(5);
  });

  it('repeats its peak monitoring once a day on every sale day, at one wall time of its clock', () => {
    const plan = instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai', ...sellerDate(id) });
    const peak = plan.phases.find((p) => p.id === 'peak')!;
    const days = Math.round((peak.end.getTime() - peak.start.getTime()) / 86_400_000);
    const daily = plan.tasks.filter((t) => t.phase === 'peak' && t.recurrence);
    expect(daily.map((t) => t.id)).toContain('peak-daily-data-check');
    for (const t of daily) {
      const occurrences = taskOccurrences(plan, t);
      expect(occurrences).toHaveLength(days);
      expect(new Set(occurrences.map((d) => formatInZone(d, clockZone(plan, t), 'HH:mm'))).size).toBe(1);
      expect(occurrences.every((d) => d >= peak.start && d < peak.end)).toBe(true);
    }
  });
});

describe('the 11.11 template and the playbook', () => {
  it.each(['build-up', 'warm-up', 'peak', 'review'])('has every playbook workstream in the %s phase', (phase) => {
    const t = getTemplate('aliexpress-11-11');
    const present = new Set(t.tasks.filter((task) => task.phase === phase).map((task) => task.workstream));
    expect([...present].sort()).toEqual([...WORKSTREAMS].sort());
  });

  it('keeps the 2021 published calendar free of impossible orders and of tasks outside their phase', () => {
    const plan = instantiate(getTemplate('aliexpress-11-11'), {
      year: 2021,
      teamTimeZone: 'Asia/Shanghai',
      calendar: { phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } } },
    });
    expect(impossibleOrders(plan)).toEqual([]);
    expect(outsideOwnPhase(plan)).toEqual([]);
  });
});
