import { describe, expect, it } from 'vitest';
import { bigPlan, plan1111 } from '../test/fixtures.js';
import { sortForDisplay } from '@campaign-planner/core/readiness';
import { LinksBuilder } from './gantt-links.js';
import { buildGanttModel, type GanttModel } from './gantt-model.js';
import { visibleRows, type VisibleRows } from './visible-rows.js';
import { buildTimeAxis } from './time-axis.js';
import { treeKeyAction } from './tree-keys.js';

const rowsOf = (view: VisibleRows) => Array.from({ length: view.count }, (_, i) => view.row(i));
const allRows = (model: GanttModel) => rowsOf(visibleRows(model, new Set()));

describe('buildGanttModel', () => {
  it('lays out phase, workstream and task rows, tasks by due, every task once', () => {
    const plan = plan1111();
    const rows = allRows(buildGanttModel(plan));
    expect(rows[0]!.key).toBe(`phase:${plan.phases[0]!.id}`);
    const tasks = rows.filter((r) => r.kind === 'task');
    expect(new Set(tasks.map((r) => r.key)).size).toBe(plan.tasks.length);
    const firstGroup = rows.slice(2).findIndex((r) => r.kind !== 'task');
    const dues = rows.slice(2, 2 + firstGroup).map((r) => (r.kind === 'task' ? r.task.due.getTime() : 0));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(buildGanttModel(plan).start).toBeLessThanOrEqual(plan.phases[0]!.start.getTime());
  });

  it("orders tasks as core's display order does (phase, workstream, due, id)", () => {
    for (const plan of [plan1111(), bigPlan(500)]) {
      // Equal dues in one workstream: the id breaks the tie.
      const tied = { ...plan, tasks: plan.tasks.map((t, i) => (i % 4 === 0 ? { ...t, due: plan.tasks[0]!.due, start: undefined } : t)) };
      for (const p of [plan, tied]) {
        const shown = allRows(buildGanttModel(p)).flatMap((r) => (r.kind === 'task' ? [r.task.id] : []));
        expect(shown).toEqual(sortForDisplay(p, p.tasks, (t) => t).map((t) => t.id));
      }
    }
  });

  it('gives recurring tasks one bar per occurrence', () => {
    const plan = plan1111();
    const recurring = plan.tasks.find((t) => t.recurrence)!;
    const row = allRows(buildGanttModel(plan)).find((r) => r.key === `task:${recurring.id}`);
    expect(row?.kind === 'task' && row.bars.length).toBeGreaterThan(1);
    expect(row?.kind === 'task' && row.parent).toBe(`ws:${recurring.phase}:${recurring.workstream}`);
  });

  it('sorts the tasks of each workstream by due then id, and gives a one-off task its own span as its bar', () => {
    const plan = bigPlan(300);
    const rows = allRows(buildGanttModel(plan));
    const tasks = rows.filter((r) => r.kind === 'task');
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
      expect(plan.tasks[row.taskIndex]).toBe(row.task);
    }
    // Every workstream row spans its tasks.
    const ws = rows.find((r) => r.kind === 'workstream')!;
    const own = tasks.filter((r) => r.parent === ws.key);
    expect(ws.start).toBe(Math.min(...own.map((r) => r.start)));
    expect(ws.end).toBe(Math.max(...own.map((r) => r.end)));
  });

  it('sorts a group when its rows are first asked for, in any order of asking, filtered or not', () => {
    // Tasks in reverse plan order: every group starts unsorted.
    const base = bigPlan(400);
    const plan = { ...base, tasks: [...base.tasks].reverse() };
    const model = buildGanttModel(plan);
    const expected = sortForDisplay(plan, plan.tasks, (t) => t).map((t) => t.id);
    const idOf = (view: VisibleRows, i: number) => plan.tasks[view.taskIndexAt(i)]?.id;
    // Last row first, then the others from the end: each group is sorted by the first row asked for.
    const view = visibleRows(model, new Set());
    const shown = Array.from({ length: view.count }, (_, i) => view.count - 1 - i)
      .map((i) => idOf(view, i))
      .filter((id) => id !== undefined)
      .reverse();
    expect(shown).toEqual(expected);
    // A task's row before any row of its group was asked for.
    const fresh = visibleRows(model, new Set());
    const last = plan.tasks.findIndex((t) => t.id === expected.at(-1));
    expect(fresh.indexOfTaskIndex(last)).toBe(fresh.count - 1);
    expect(idOf(fresh, fresh.count - 1)).toBe(expected.at(-1));
    // The first row ending at or after an instant, as a scan of the sorted rows finds it.
    const at = plan.tasks[200]!.due.getTime();
    const scan = visibleRows(model, new Set());
    const first = scan.firstTaskEndingFrom(at);
    const brute = rowsOf(visibleRows(model, new Set())).findIndex((r) => r.kind === 'task' && r.end >= at);
    expect(first).toBe(brute);
    // Groups over before the instant are passed by their span; the answer is the scan's at every instant, with
    // folds and filters too.
    const some = new Set(expected.filter((_, i) => i % 3 === 0));
    const folded = new Set([model.groups[1]!.row.key]);
    for (const task of plan.tasks.filter((_, i) => i % 97 === 0)) {
      const instant = task.due.getTime();
      for (const [fold, match] of [
        [new Set<string>(), undefined],
        [folded, some],
      ] as const) {
        const found = visibleRows(model, fold, match).firstTaskEndingFrom(instant);
        expect(found).toBe(rowsOf(visibleRows(model, fold, match)).findIndex((r) => r.kind === 'task' && r.end >= instant));
      }
    }
    expect(scan.firstTaskEndingFrom(model.end + 1)).toBe(-1);
    // A filter keeps the same order on the subset.
    const filtered = rowsOf(visibleRows(model, new Set(), some)).flatMap((r) => (r.kind === 'task' ? [r.task.id] : []));
    expect(filtered).toEqual(expected.filter((id) => some.has(id)));
  });

  it('indexes every row when nothing is folded', () => {
    const model = buildGanttModel(bigPlan(40));
    const view = visibleRows(model, new Set());
    rowsOf(view).forEach((r, i) => expect(view.indexOf(r.key)).toBe(i));
  });

  it('indexes dependents in plan order', () => {
    const plan = bigPlan(10);
    const links = buildGanttModel(plan).links();
    expect(links.indexOf('t3')).toBe(3);
    expect([...links.dependentsOf(3)]).toEqual([4]);
    expect(links.indexOf('nope')).toBeUndefined();
  });

  it('builds the links in slices as well as at once', () => {
    const plan = bigPlan(5000);
    const builder = new LinksBuilder(plan.tasks);
    let steps = 0;
    let links;
    while (!(links = builder.step(() => false))) steps++;
    expect(steps).toBeGreaterThan(3);
    const whole = buildGanttModel(plan).links();
    for (const id of ['t0', 't2500', 't4999']) {
      const i = whole.indexOf(id)!;
      expect(links.indexOf(id)).toBe(i);
      expect([...links.dependentsOf(i)]).toEqual([...whole.dependentsOf(i)]);
    }
  });

  it('folds collapsed groups away', () => {
    const model = buildGanttModel(bigPlan(60));
    const all = visibleRows(model, new Set());
    const folded = visibleRows(model, new Set([all.row(0).key]));
    expect(folded.count).toBeLessThan(all.count);
    expect(folded.row(1).kind).toBe('phase');
    expect(folded.indexOf(folded.row(1).key)).toBe(1);
    expect(folded.indexOf(all.row(2).key)).toBeUndefined();
  });

  it('filters tasks, dropping the groups left empty, and keeps a folded group that has a match', () => {
    const plan = bigPlan(60);
    const model = buildGanttModel(plan);
    const ids = new Set(['t0', 't7']);
    const rows = rowsOf(visibleRows(model, new Set(), ids));
    expect(rows.filter((r) => r.kind === 'task').map((r) => (r.kind === 'task' ? r.task.id : ''))).toEqual(['t0', 't7']);
    expect(rows.every((r) => r.kind === 'task' || r.count > 0)).toBe(true);
    const ws = rows.find((r) => r.kind === 'workstream')!;
    const folded = rowsOf(visibleRows(model, new Set([ws.key]), ids));
    expect(folded.map((r) => r.key)).toContain(ws.key);
    expect(folded.length).toBe(rows.length - 1);
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
    expect(treeKeyAction(view, 0, 'ArrowLeft', new Set(), 5)).toEqual({ kind: 'toggle', key: view.row(0).key, open: false });
    expect(treeKeyAction(view, 0, 'ArrowRight', new Set([view.row(0).key]), 5)).toEqual({ kind: 'toggle', key: view.row(0).key, open: true });
    expect(treeKeyAction(view, 2, 'ArrowLeft', new Set(), 5)).toEqual({ kind: 'move', index: 1 });
    expect(treeKeyAction(view, 0, 'ArrowUp', new Set(), 5)).toEqual({ kind: 'move', index: 0 });
    expect(treeKeyAction(view, 0, 'End', new Set(), 5)).toEqual({ kind: 'move', index: view.count - 1 });
    expect(treeKeyAction(view, 3, 'Enter', new Set(), 5)).toEqual({ kind: 'activate', index: 3 });
    expect(treeKeyAction(view, 3, 'a', new Set(), 5)).toBeUndefined();
  });
});
