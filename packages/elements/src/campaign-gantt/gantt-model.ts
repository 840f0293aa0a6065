// The row model of <campaign-gantt>, flat and lazy: a plan becomes typed arrays (groups, spans) in one pass
// and a counting sort by group; each group's tasks are sorted by due when its rows are first shown
// (visible-rows.ts), row objects exist only for the rows drawn, and the id and dependency indexes only once
// something asks for them (arrows, keyboard, a jump), so a million tasks cost a few arrays, not a million
// objects and maps.
import { type Phase, type Plan, type Task, type Workstream } from '@campaign-planner/core';
import { workItemsOf, type WorkItem } from '@campaign-planner/core/readiness';
import { LinksBuilder, type GanttLinks } from './gantt-links.js';
import { sortByDueThenId } from './task-order.js';
import { STREAMS, countingSort, emptySpans, readTasks } from './task-buckets.js';

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
  /** The task's position in `plan.tasks`. */
  readonly taskIndex: number;
  readonly bars: readonly GanttBar[];
  readonly parent: string;
}

/** Any row of the chart. */
export type GanttRow = PhaseRow | WorkstreamRow | TaskRow;

/** A workstream group of a phase: its tasks are `order[from..to)`. */
export interface Group {
  readonly row: WorkstreamRow;
  readonly phase: number;
  readonly from: number;
  readonly to: number;
}

function barsOf(plan: Plan, task: Task): GanttBar[] {
  const length = task.start ? task.due.getTime() - task.start.getTime() : 0;
  return workItemsOf(plan, task).map((item) => ({ start: item.due.getTime() - length, end: item.due.getTime(), item }));
}

/** A one-off task's row, made when the row is drawn; its bar is built on first use. */
class OneOffRow implements TaskRow {
  readonly kind = 'task';
  readonly level = 3;
  readonly key: string;
  #bars: readonly GanttBar[] | undefined;

  constructor(
    private readonly plan: Plan,
    readonly task: Task,
    readonly taskIndex: number,
    readonly parent: string,
    readonly start: number,
    readonly end: number,
  ) {
    this.key = `task:${task.id}`;
  }

  get bars(): readonly GanttBar[] {
    return (this.#bars ??= barsOf(this.plan, this.task));
  }
}

/** Row objects kept for rows drawn recently; beyond this many the cache starts over. */
const ROW_CACHE = 4096;

/**
 * Everything the chart needs from a plan, computed once per plan: tasks in core's display order (phase in plan
 * order, workstream in `WORKSTREAMS` order, due, id) as indices into `plan.tasks`, each task's span, and the
 * phase and workstream groups. Build it with {@link buildGanttModel}.
 */
export class GanttModel {
  /** Earliest and latest instant drawn (phases and bars). */
  readonly start: number;
  readonly end: number;
  /**
   * Task indices (into `plan.tasks`) by group in display order, in plan order within a group (sorted by due
   * and id where shown, see {@link sortTasks}); tasks of a phase the plan lacks are left out.
   */
  readonly order: Uint32Array;
  /** Due of each task (index into `plan.tasks`), in epoch ms. */
  readonly due: Float64Array;
  /** Span of each task (index into `plan.tasks`), in epoch ms; occurrences included for recurring tasks. */
  readonly taskStart: Float64Array;
  readonly taskEnd: Float64Array;
  readonly phaseRows: readonly PhaseRow[];
  /** Workstream groups in display order; `phaseGroups[p]` are the indices of phase `p`'s groups. */
  readonly groups: readonly Group[];
  readonly phaseGroups: readonly (readonly number[])[];
  /** Row key of each workstream group -> its index in `groups`; phase key -> -1 - phase index. */
  readonly groupOf: ReadonlyMap<string, number>;
  /** Each task's bucket (phase × workstream), -1 without a row; and each bucket's group (index into `groups`). */
  private readonly bucketOf: Int32Array;
  private readonly groupOfBucket: Int32Array;
  private readonly recurring = new Map<number, TaskRow>();
  private rowCache = new Map<number, TaskRow>();
  private linkIndex: GanttLinks | undefined;
  private linkBuilder: LinksBuilder | undefined;

  constructor(readonly plan: Plan) {
    const tasks = plan.tasks;
    const n = tasks.length;
    const phaseRank = new Map(plan.phases.map((p, i) => [p.id, i]));
    const buckets = plan.phases.length * STREAMS;
    const bucketOf = new Int32Array(n);
    const counts = new Int32Array(buckets + 1);
    const due = (this.due = new Float64Array(n));
    this.taskStart = new Float64Array(n);
    this.taskEnd = new Float64Array(n);
    const span = emptySpans(buckets);
    const recurring = readTasks(tasks, phaseRank, due, this.taskStart, this.taskEnd, bucketOf, counts, span);
    // Recurring tasks (few) span their occurrences.
    for (const i of recurring) {
      const task = tasks[i]!;
      const bars = barsOf(plan, task);
      let start = Infinity;
      let end = -Infinity;
      for (const b of bars) {
        start = Math.min(start, b.start);
        end = Math.max(end, b.end);
      }
      this.taskStart[i] = start;
      this.taskEnd[i] = end;
      const b = bucketOf[i]!;
      if (b >= 0) {
        span[2 * b] = Math.min(span[2 * b]!, start);
        span[2 * b + 1] = Math.max(span[2 * b + 1]!, end);
      }
      this.recurring.set(i, { kind: 'task', key: `task:${task.id}`, level: 3, task, taskIndex: i, bars, parent: '', start, end });
    }
    // Counting sort by group (stable: plan order within a group); a group is sorted by due once it is shown.
    const order = countingSort(bucketOf, counts);
    const groups: Group[] = [];
    const phaseGroups: number[][] = plan.phases.map(() => []);
    const groupOf = new Map<string, number>();
    this.bucketOf = bucketOf;
    this.groupOfBucket = new Int32Array(buckets).fill(-1);
    let start = Infinity;
    let end = -Infinity;
    for (let b = 0; b < buckets; b++) {
      const from = counts[b]!;
      const to = counts[b + 1]!;
      if (from === to) continue;
      const s = span[2 * b]!;
      const e = span[2 * b + 1]!;
      const g = groups.length;
      this.groupOfBucket[b] = g;
      const phase = Math.floor(b / STREAMS);
      const workstream = tasks[order[from]!]!.workstream;
      const phaseKey = `phase:${plan.phases[phase]!.id}`;
      const key = `ws:${plan.phases[phase]!.id}:${workstream}`;
      const row: WorkstreamRow = { kind: 'workstream', key, level: 2, workstream, parent: phaseKey, start: s, end: e, count: to - from };
      groups.push({ row, phase, from, to });
      phaseGroups[phase]!.push(g);
      groupOf.set(key, g);
      start = Math.min(start, s);
      end = Math.max(end, e);
    }
    this.phaseRows = plan.phases.map((phase, p) => {
      const key = `phase:${phase.id}`;
      groupOf.set(key, -1 - p);
      start = Math.min(start, phase.start.getTime());
      end = Math.max(end, phase.end.getTime());
      const count = phaseGroups[p]!.reduce((sum, g) => sum + groups[g]!.row.count, 0);
      return { kind: 'phase', key, level: 1, phase, start: phase.start.getTime(), end: phase.end.getTime(), count };
    });
    for (const [i, row] of this.recurring) this.recurring.set(i, { ...row, parent: groups[this.groupOfTask(i)]?.row.key ?? '' });
    this.order = order;
    this.groups = groups;
    this.phaseGroups = phaseGroups;
    this.groupOf = groupOf;
    this.start = start;
    this.end = end;
  }

  /** Sorts task indices (into `plan.tasks`) in place in display order within a group: by due, then id. */
  sortTasks(segment: Int32Array | Uint32Array): void {
    sortByDueThenId(segment, this.due, this.plan.tasks);
  }

  /** The group (index into `groups`) of a shown task (by its index in `plan.tasks`). */
  groupOfTask(i: number): number {
    const b = this.bucketOf[i]!;
    return b < 0 ? -1 : this.groupOfBucket[b]!;
  }

  /** The row of a task (by its index in `plan.tasks`), made on first use and kept while it is drawn. */
  taskRow(i: number): TaskRow {
    const recurring = this.recurring.get(i);
    if (recurring) return recurring;
    let row = this.rowCache.get(i);
    if (!row) {
      if (this.rowCache.size >= ROW_CACHE) this.rowCache = new Map();
      const parent = this.groups[this.groupOfTask(i)]!.row.key;
      row = new OneOffRow(this.plan, this.plan.tasks[i]!, i, parent, this.taskStart[i]!, this.taskEnd[i]!);
      this.rowCache.set(i, row);
    }
    return row;
  }

  /** The id and dependency indexes, if built (see {@link links}). */
  get linksIfBuilt(): GanttLinks | undefined {
    return this.linkIndex;
  }

  /** Task id -> index and task -> dependents, finished on first call (a pass over every task and dependency). */
  links(): GanttLinks {
    return (this.linkIndex ??= (this.linkBuilder ??= new LinksBuilder(this.plan.tasks)).finish());
  }

  /** Builds the links a slice at a time, while `more()` says so; true once they are built. */
  buildLinks(more: () => boolean): boolean {
    this.linkIndex ??= (this.linkBuilder ??= new LinksBuilder(this.plan.tasks)).step(more);
    return this.linkIndex !== undefined;
  }
}

/**
 * Lays out a plan as rows: phase, then its workstreams, then their tasks (sorted by due, then id). Pure; reads
 * the plan without changing it. Call once per plan, not per frame.
 *
 * @example
 * visibleRows(buildGanttModel(plan), new Set()).row(1).key //=> 'ws:build-up:operations'
 */
export function buildGanttModel(plan: Plan): GanttModel {
  return new GanttModel(plan);
}
