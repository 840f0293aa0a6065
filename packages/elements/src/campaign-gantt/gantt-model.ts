import type { Phase, Plan, Task, Workstream } from '@campaign-planner/core';
import { sortForDisplay } from '@campaign-planner/core/readiness';
import { taskDependents, workItemsOf, type WorkItem } from '@campaign-planner/core/readiness';

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
  /** Row key -> index in `rows` (the view when nothing is folded). */
  readonly indexOf: ReadonlyMap<string, number>;
}

function barsOf(plan: Plan, task: Task): GanttBar[] {
  const length = task.start ? task.due.getTime() - task.start.getTime() : 0;
  return workItemsOf(plan, task).map((item) => ({ start: item.due.getTime() - length, end: item.due.getTime(), item }));
}

/**
 * A one-off task's row. Its span comes straight from the task, and its bar is built when the row is first
 * drawn: of 10,000 rows only a window is ever drawn, so most never allocate one.
 */
class OneOffRow implements TaskRow {
  readonly kind = 'task';
  readonly level = 3;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  #bars: readonly GanttBar[] | undefined;

  constructor(
    private readonly plan: Plan,
    readonly task: Task,
    readonly parent: string,
  ) {
    this.key = `task:${task.id}`;
    this.end = task.due.getTime();
    this.start = task.start ? task.start.getTime() : this.end;
  }

  get bars(): readonly GanttBar[] {
    return (this.#bars ??= barsOf(this.plan, this.task));
  }
}

function taskRow(plan: Plan, task: Task, parent: string): TaskRow {
  if (!task.recurrence) return new OneOffRow(plan, task, parent);
  const bars = barsOf(plan, task);
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
  const rows: GanttRow[] = [];
  let start = Infinity;
  let end = -Infinity;
  // Core's display order (phase, workstream, due, id), the same as checklists and exports.
  const tasks = sortForDisplay(plan, plan.tasks, (t) => t);
  let next = 0;
  for (const phase of plan.phases) {
    const phaseKey = `phase:${phase.id}`;
    const phaseAt = rows.length;
    rows.push({ kind: 'phase', key: phaseKey, level: 1, phase, start: phase.start.getTime(), end: phase.end.getTime(), count: 0 });
    let count = 0;
    // The sorted tasks of this phase come next, workstream by workstream.
    while (next < tasks.length && tasks[next]!.phase === phase.id) {
      const workstream = tasks[next]!.workstream;
      const wsKey = `ws:${phase.id}:${workstream}`;
      const wsAt = rows.length;
      rows.push({ kind: 'workstream', key: wsKey, level: 2, workstream, parent: phaseKey, start: 0, end: 0, count: 0 });
      let wsStart = Infinity;
      let wsEnd = -Infinity;
      let wsCount = 0;
      for (; next < tasks.length && tasks[next]!.phase === phase.id && tasks[next]!.workstream === workstream; next++) {
        const r = taskRow(plan, tasks[next]!, wsKey);
        rows.push(r);
        wsStart = Math.min(wsStart, r.start);
        wsEnd = Math.max(wsEnd, r.end);
        wsCount++;
      }
      rows[wsAt] = { kind: 'workstream', key: wsKey, level: 2, workstream, parent: phaseKey, start: wsStart, end: wsEnd, count: wsCount };
      count += wsCount;
      start = Math.min(start, wsStart);
      end = Math.max(end, wsEnd);
    }
    rows[phaseAt] = { ...(rows[phaseAt] as PhaseRow), count };
    start = Math.min(start, phase.start.getTime());
    end = Math.max(end, phase.end.getTime());
  }
  const indexOf = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) indexOf.set(rows[i]!.key, i);
  return { rows, start, end, dependents: taskDependents(plan.tasks), indexOf };
}

/** The rows shown with some groups collapsed, and where each shown task sits. */
export interface VisibleRows {
  readonly rows: readonly GanttRow[];
  /** Row key -> index among the shown rows. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * The rows left when the groups whose keys are in `collapsed` are folded, and, with `matches`, only the tasks
 * whose ids it holds (groups left without a task are dropped too).
 *
 * @example
 * visibleRows(model, new Set(['phase:build-up'])).rows[1].key //=> 'phase:warm-up'
 */
export function visibleRows(model: GanttModel, collapsed: ReadonlySet<string>, matches?: ReadonlySet<string>): VisibleRows {
  // Nothing folded or filtered (a new plan): the model's own rows and index, not a second pass over every row.
  if (collapsed.size === 0 && !matches) return { rows: model.rows, indexOf: model.indexOf };
  const rows: GanttRow[] = [];
  let phaseFolded = false;
  let streamFolded = false;
  // A group row waits until one of its tasks matches.
  let pendingPhase: GanttRow | undefined;
  let pendingStream: GanttRow | undefined;
  for (const row of model.rows) {
    if (row.kind === 'phase') {
      phaseFolded = collapsed.has(row.key);
      pendingPhase = row;
      pendingStream = undefined;
      continue;
    }
    if (row.kind === 'workstream') {
      streamFolded = collapsed.has(row.key);
      pendingStream = row;
      continue;
    }
    if (matches && !matches.has(row.task.id)) continue;
    if (pendingPhase) rows.push(pendingPhase);
    pendingPhase = undefined;
    if (phaseFolded) continue;
    if (pendingStream) rows.push(pendingStream);
    pendingStream = undefined;
    if (streamFolded) continue;
    rows.push(row);
  }
  // Without a filter an empty phase still shows (as before); with one, only phases with a match do.
  if (!matches) return withIndex(keepEmptyPhases(model, rows));
  return withIndex(rows);
}

function withIndex(rows: GanttRow[]): VisibleRows {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) indexOf.set(rows[i]!.key, i);
  return { rows, indexOf };
}

/** Puts back the phase rows of phases without tasks, in model order. */
function keepEmptyPhases(model: GanttModel, rows: GanttRow[]): GanttRow[] {
  const shown = new Set(rows.map((r) => r.key));
  const out: GanttRow[] = [];
  let i = 0;
  for (const row of model.rows) {
    if (row.kind !== 'phase') continue;
    if (!shown.has(row.key)) {
      out.push(row);
      continue;
    }
    // Copy this phase's shown rows.
    out.push(rows[i++]!);
    while (i < rows.length && rows[i]!.kind !== 'phase') out.push(rows[i++]!);
  }
  return out;
}
