import { describe, expect, it } from 'vitest';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { dualTime } from '../time/dual-time.js';
import { readiness, UNASSIGNED } from './readiness.js';
import { createStatusState } from './status-state.js';
import { ev, testPlan } from './__fixtures__/readiness-plan.js';

const plan = testPlan();
const ids = (items: ReadonlyArray<{ task: { id: string } }>) => items.map((i) => i.task.id);

describe('readiness', () => {
  const now = new Date('2026-10-25T12:00:00-07:00');
  const state = createStatusState(plan, [ev('banner', 'in-progress', '2026-10-24T10:00:00Z', 'wang')]);
  const r = readiness(plan, state, now);

  it('counts work items by status: a recurring task counts once per occurrence', () => {
    expect(r.overall.total).toBe(6);
    expect(r.overall.counts).toEqual({ todo: 5, 'in-progress': 1, done: 0, blocked: 0, skipped: 0 });
    expect(r.byPhase.peak!.total).toBe(2);
  });

  it('finds overdue, due-soon (48 h), blocked and open critical items', () => {
    expect(ids(r.overdue)).toEqual(['register']);
    expect(ids(r.dueSoon)).toEqual(['banner']);
    expect(ids(r.blocked)).toEqual(['banner', 'review-data']);
    expect(r.blocked[0]!.blockedBy).toEqual(['register']);
    expect(ids(r.criticalOpen)).toEqual(['register']);
    expect(r.overall).toMatchObject({ overdue: 1, dueSoon: 1, blocked: 2, criticalOpen: 1 });
  });

  it('honours a custom horizon', () => {
    expect(ids(readiness(plan, state, now, { horizonMs: 24 * 3_600_000 }).dueSoon)).toEqual([]);
  });

  it('groups by phase, workstream and owner', () => {
    expect(Object.keys(r.byPhase)).toEqual(['build-up', 'warm-up', 'peak', 'review']);
    expect(r.byPhase['build-up']).toMatchObject({ total: 2, overdue: 1, dueSoon: 1 });
    expect(r.byWorkstream.operations!.total).toBe(4);
    expect(r.byWorkstream.visual!.total).toBe(1);
    expect(Object.keys(r.byOwner).sort()).toEqual([UNASSIGNED, 'li', 'wang'].sort());
    expect(r.byOwner.li).toMatchObject({ total: 1, overdue: 1, criticalOpen: 1 });
  });

  it('gives the current phase and the time left in it', () => {
    expect(r.currentPhase).toMatchObject({ id: 'build-up', timeLeftMs: 60 * 3_600_000 });
    expect(readiness(plan, state, new Date('2026-09-01T00:00:00Z')).currentPhase).toBeUndefined();
    expect(readiness(plan, state, new Date('2026-11-21T08:00:00Z')).currentPhase).toBeUndefined();
  });

  it('weighs progress by task weight, a recurring task shared among its occurrences', () => {
    const done = createStatusState(plan, [
      ev('register', 'done', '2026-10-20T10:00:00Z'),
      ev('daily-check', 'done', '2026-11-11T18:00:00Z', 'li', '2026-11-11T17:00:00Z'),
    ]);
    // weights: register 3, banner 1, dst-coupons 1, daily-check 1 (0.5 + 0.5), review-data 1.
    expect(readiness(plan, done, now).overall.progress).toBeCloseTo(3.5 / 7);
    expect(readiness(plan, done, now).byPhase.peak!.progress).toBeCloseTo(0.5);
  });

  it('leaves skipped items out of progress', () => {
    const s = createStatusState(plan, [ev('register', 'done', '2026-10-20T10:00:00Z'), ev('banner', 'skipped', '2026-10-20T10:00:00Z')]);
    expect(readiness(plan, s, now).byPhase['build-up']!.progress).toBe(1);
  });

  it('tracks recurring occurrences apart: yesterday done, today overdue, dependents blocked until all are done', () => {
    const at = new Date('2026-11-12T12:00:00-08:00');
    const s = createStatusState(plan, [ev('daily-check', 'done', '2026-11-11T18:00:00Z', 'li', '2026-11-11T09:00:00-08:00')]);
    const x = readiness(plan, s, at);
    const overdueDaily = x.overdue.filter((i) => i.task.id === 'daily-check');
    expect(overdueDaily.map((i) => i.occurrence!.toISOString())).toEqual(['2026-11-12T17:00:00.000Z']);
    expect(x.blocked.find((i) => i.task.id === 'review-data')!.blockedBy).toEqual(['daily-check']);
    const all = createStatusState(plan, [...s.latest.values(), ev('daily-check', 'done', '2026-11-12T18:00:00Z', 'li', '2026-11-12T17:00:00Z')]);
    expect(ids(readiness(plan, all, at).blocked)).not.toContain('review-data');
  });
});

describe('readiness across the end of US DST (01:30 Pacific on Nov 1 happens twice)', () => {
  const state = createStatusState(plan);
  const dst = (now: string) => readiness(plan, state, new Date(now));

  it('is overdue after the first 01:30 (PDT), even while clocks show 01:15 again (PST)', () => {
    expect(ids(dst('2026-11-01T01:15:00-08:00').overdue)).toContain('dst-coupons');
    expect(ids(dst('2026-11-01T01:15:00-08:00').dueSoon)).not.toContain('dst-coupons');
  });

  it('is due soon, not overdue, at 01:15 PDT', () => {
    expect(ids(dst('2026-11-01T01:15:00-07:00').overdue)).not.toContain('dst-coupons');
    expect(ids(dst('2026-11-01T01:15:00-07:00').dueSoon)).toContain('dst-coupons');
  });

  it('shows the deadline in platform and team time', () => {
    const item = dst('2026-10-31T12:00:00-07:00').dueSoon.find((i) => i.task.id === 'dst-coupons')!;
    expect(dualTime(item.due, plan)).toEqual({ platform: '2026-11-01T01:30:00-07:00', team: '2026-11-01T16:30:00+08:00' });
  });

  it('counts hours left in the warm-up across the 25-hour day', () => {
    // From 00:00 PDT on Nov 1 to 00:00 PST on Nov 11 is 10 days and one hour.
    expect(dst('2026-11-01T00:00:00-07:00').currentPhase!.timeLeftMs).toBe((10 * 24 + 1) * 3_600_000);
  });
});

describe('readiness of a built-in template', () => {
  it('adds up for every group', () => {
    const p = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    const r = readiness(p, createStatusState(p), new Date('2026-10-20T00:00:00-07:00'));
    const sum = (g: Record<string, { total: number }>) => Object.values(g).reduce((n, x) => n + x.total, 0);
    expect(r.overall.total).toBeGreaterThanOrEqual(p.tasks.length);
    expect(sum(r.byPhase)).toBe(r.overall.total);
    expect(sum(r.byWorkstream)).toBe(r.overall.total);
    expect(sum(r.byOwner)).toBe(r.overall.total);
    expect(Object.values(r.overall.counts).reduce((a, b) => a + b, 0)).toBe(r.overall.total);
    expect(r.currentPhase?.id).toBe('build-up');
  });
});
