import { describe, expect, it } from 'vitest';
import { bigPlan, plan1111 } from '../test/fixtures.js';
import { buildGanttModel, visibleRows } from './gantt-model.js';
import { buildTimeAxis } from './time-axis.js';
import { treeKeyAction } from './tree-keys.js';

describe('buildGanttModel', () => {
  it('lays out phase, workstream and task rows, tasks by due, every task once', () => {
    const plan = plan1111();
    const model = buildGanttModel(plan);
    expect(model.rows[0]!.key).toBe(`phase:${plan.phases[0]!.id}`);
    const tasks = model.rows.filter((r) => r.kind === 'task');
    expect(new Set(tasks.map((r) => r.key)).size).toBe(plan.tasks.length);
    const firstGroup = model.rows.slice(2).findIndex((r) => r.kind !== 'task');
    const dues = model.rows.slice(2, 2 + firstGroup).map((r) => (r.kind === 'task' ? r.task.due.getTime() : 0));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(model.start).toBeLessThanOrEqual(plan.phases[0]!.start.getTime());
  });

  it('gives recurring tasks one bar per occurrence', () => {
    const plan = plan1111();
    const recurring = plan.tasks.find((t) => t.recurrence)!;
    const row = buildGanttModel(plan).rows.find((r) => r.key === `task:${recurring.id}`);
    expect(row?.kind === 'task' && row.bars.length).toBeGreaterThan(1);
  });

  it('sorts the tasks of each workstream by due then id, and gives a one-off task its own span as its bar', () => {
    const plan = bigPlan(300);
    const model = buildGanttModel(plan);
    const tasks = model.rows.filter((r) => r.kind === 'task');
    expect(tasks).toHaveLength(300);
    for (let i = 1; i < tasks.length; i++) {
      const [a, b] = [tasks[i - 1]!, tasks[i]!];
      if (a.parent !== b.parent) continue;
      expect(a.task.due.getTime() < b.task.due.getTime() || (a.task.due.getTime() === b.task.due.getTime() && a.task.id < b.task.id)).toBe(true);
    }
    for (const row of tasks.filter((r) => !r.task.recurrence)) {
      expect(row.bars).toHaveLength(1);
      expect([row.bars[0]!.start, row.bars[0]!.end]).toEqual([row.start, row.end]);
      expect(row.start).toBe((row.task.start ?? row.task.due).getTime());
    }
    // Every workstream row spans its tasks.
    const ws = model.rows.find((r) => r.kind === 'workstream')!;
    const own = tasks.filter((r) => r.parent === ws.key);
    expect(ws.start).toBe(Math.min(...own.map((r) => r.start)));
    expect(ws.end).toBe(Math.max(...own.map((r) => r.end)));
  });

  it('indexes every row when nothing is folded', () => {
    const model = buildGanttModel(bigPlan(40));
    const view = visibleRows(model, new Set());
    view.rows.forEach((r, i) => expect(view.indexOf.get(r.key)).toBe(i));
  });

  it('folds collapsed groups away', () => {
    const model = buildGanttModel(bigPlan(60));
    const all = visibleRows(model, new Set());
    const folded = visibleRows(model, new Set([model.rows[0]!.key]));
    expect(folded.rows.length).toBeLessThan(all.rows.length);
    expect(folded.rows[1]!.kind).toBe('phase');
    expect(folded.indexOf.get(folded.rows[1]!.key)).toBe(1);
  });
});

describe('buildTimeAxis', () => {
  it('makes the fall-back day 25 hours long in Los Angeles and not in Shanghai', () => {
    const from = Date.parse('2026-10-31T12:00:00Z');
    const to = Date.parse('2026-11-02T12:00:00Z');
    expect(buildTimeAxis(from, to, 'America/Los_Angeles', 'en').days.map((d) => d.hours)).toEqual([24, 25, 24]);
    expect(buildTimeAxis(from, to, 'Asia/Shanghai', 'en').days.every((d) => d.hours === 24)).toBe(true);
  });

  it('makes the spring-forward day 23 hours long', () => {
    const axis = buildTimeAxis(Date.parse('2026-03-08T12:00:00Z'), Date.parse('2026-03-08T20:00:00Z'), 'America/Los_Angeles', 'en');
    expect(axis.days[0]!.hours).toBe(23);
    expect(axis.days[0]!.offsets).toEqual(['UTC-08:00', 'UTC-07:00']);
  });

  it('groups days into Monday weeks and months', () => {
    const axis = buildTimeAxis(Date.parse('2026-10-28T00:00:00Z'), Date.parse('2026-11-10T00:00:00Z'), 'UTC', 'en');
    expect(axis.months.map((m) => m.label)).toEqual(['October 2026', 'November 2026']);
    expect(axis.weeks[1]!.label).toBe('Nov 2');
  });
});

describe('treeKeyAction', () => {
  const model = buildGanttModel(bigPlan(30));
  const view = visibleRows(model, new Set());
  it('follows the tree-grid keyboard model', () => {
    expect(treeKeyAction(view, 0, 'ArrowLeft', new Set(), 5)).toEqual({ kind: 'toggle', key: view.rows[0]!.key, open: false });
    expect(treeKeyAction(view, 0, 'ArrowRight', new Set([view.rows[0]!.key]), 5)).toEqual({ kind: 'toggle', key: view.rows[0]!.key, open: true });
    expect(treeKeyAction(view, 2, 'ArrowLeft', new Set(), 5)).toEqual({ kind: 'move', index: 1 });
    expect(treeKeyAction(view, 0, 'ArrowUp', new Set(), 5)).toEqual({ kind: 'move', index: 0 });
    expect(treeKeyAction(view, 0, 'End', new Set(), 5)).toEqual({ kind: 'move', index: view.rows.length - 1 });
    expect(treeKeyAction(view, 3, 'Enter', new Set(), 5)).toEqual({ kind: 'activate', index: 3 });
    expect(treeKeyAction(view, 3, 'a', new Set(), 5)).toBeUndefined();
  });
});
