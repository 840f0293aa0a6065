import type { Phase, Plan, Task, Workstream } from '@campaign-planner/core';
import { indexPlan, type WorkItem } from '@campaign-planner/core/readiness';
import { groupByPhase, itemStart } from '../shared/plan-items.js';

/** A bar of a task row: `start === end` draws a milestone. Times in epoch milliseconds. */
export interface GanttBar {
  readonly start: number;
  readonly end: number;
  readonly item: WorkItem;
}

interface RowBase {
  /** Unique row key: `phase:<id>`, `ws:<phase>:<workstream>` or `task:<id>`. */
  readonly key: string;
  /** Tree depth: 1 phase, 2 workstream, 3 task. */
  readonly level: 1 | 2 | 3;
  readonly start: number;
  readonly end: number;
}

/** A phase summary row. */
export interface PhaseRow extends RowBase {
  readonly kind: 'phase';
  readonly phase: Phase;
  readonly count: number;
}

/** A workstream group row inside a phase. */
export interface WorkstreamRow extends RowBase {
  readonly kind: 'workstream';
  readonly workstream: Workstream;
  readonly parent: string;
  readonly count: number;
}

/** A task row with one bar per occurrence. */
export interface TaskRow extends RowBase {
  readonly kind: 'task';
  readonly task: Task;
  readonly bars: readonly GanttBar[];
  readonly parent: string;
}

/** Any row of the chart. */
export type GanttRow = PhaseRow | WorkstreamRow | TaskRow;

/** Everything the chart needs from a plan, computed once per plan. */
export interface GanttModel {
  /** Every row, fully expanded, in display order. */
  readonly rows: readonly GanttRow[];
  /** Earliest and latest instant drawn (phases and bars). */
  readonly start: number;
  readonly end: number;
  /** Task id -> ids of the tasks that depend on it. */
  readonly dependents: ReadonlyMap<string, readonly string[]>;
}

function taskRow(items: readonly WorkItem[], task: Task, parent: string): TaskRow {
  const bars = items.map((item) => ({ start: (itemStart(item) ?? item.due).getTime(), end: item.due.getTime(), item }));
  let start = Infinity;
  let end = -Infinity;
  for (const b of bars) {
    start = Math.min(start, b.start);
    end = Math.max(end, b.end);
  }
  return { kind: 'task', key: `task:${task.id}`, level: 3, task, bars, parent, start, end };
}

/**
 * Lays out a plan as rows: phase, then its workstreams, then their tasks (sorted by due). Pure; reads the
 * plan without changing it. Call once per plan, not per frame.
 *
 * @example
 * buildGanttModel(plan).rows.slice(0, 2).map((r) => r.key) //=> ['phase:build-up', 'ws:build-up:operations']
 */
export function buildGanttModel(plan: Plan): GanttModel {
  const index = indexPlan(plan);
  const rows: GanttRow[] = [];
  let start = Infinity;
  let end = -Infinity;
  for (const group of groupByPhase(plan, plan.tasks, (t) => t)) {
    const phaseKey = `phase:${group.phase.id}`;
    const phaseAt = rows.length;
    rows.push({ kind: 'phase', key: phaseKey, level: 1, phase: group.phase, start: group.phase.start.getTime(), end: group.phase.end.getTime(), count: 0 });
    let count = 0;
    for (const ws of group.workstreams) {
      const wsKey = `ws:${group.phase.id}:${ws.workstream}`;
      const tasks = ws.entries.map((task) => taskRow(index.itemsByTask.get(task.id) ?? [], task, wsKey));
      // A loop, not Math.min(...spread): a workstream may hold tens of thousands of tasks.
      let wsStart = Infinity;
      let wsEnd = -Infinity;
      for (const r of tasks) {
        wsStart = Math.min(wsStart, r.start);
        wsEnd = Math.max(wsEnd, r.end);
      }
      rows.push({ kind: 'workstream', key: wsKey, level: 2, workstream: ws.workstream, parent: phaseKey, start: wsStart, end: wsEnd, count: tasks.length });
      for (const r of tasks) rows.push(r);
      count += tasks.length;
      start = Math.min(start, wsStart);
      end = Math.max(end, wsEnd);
    }
    rows[phaseAt] = { ...(rows[phaseAt] as PhaseRow), count };
    start = Math.min(start, group.phase.start.getTime());
    end = Math.max(end, group.phase.end.getTime());
  }
  return { rows, start, end, dependents: index.dependents };
}

/** The rows shown with some groups collapsed, and where each shown task sits. */
export interface VisibleRows {
  readonly rows: readonly GanttRow[];
  /** Row key -> index among the shown rows. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * The rows left when the groups whose keys are in `collapsed` are folded.
 *
 * @example
 * visibleRows(model, new Set(['phase:build-up'])).rows[1].key //=> 'phase:warm-up'
 */
export function visibleRows(model: GanttModel, collapsed: ReadonlySet<string>): VisibleRows {
  const rows: GanttRow[] = [];
  const indexOf = new Map<string, number>();
  let phaseFolded = false;
  let streamFolded = false;
  for (const row of model.rows) {
    if (row.kind === 'phase') phaseFolded = collapsed.has(row.key);
    else if (phaseFolded) continue;
    else if (row.kind === 'workstream') streamFolded = collapsed.has(row.key);
    else if (streamFolded) continue;
    indexOf.set(row.key, rows.length);
    rows.push(row);
  }
  return { rows, indexOf };
}
