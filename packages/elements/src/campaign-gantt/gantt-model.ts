// The row model of <campaign-gantt>, flat and lazy: a plan becomes typed arrays (display order, spans) in one
// pass and a counting sort; row objects exist only for the rows drawn, and the id and dependency indexes only
// once something asks for them (arrows, keyboard, a jump), so a million tasks cost a few arrays, not a
// million objects and maps.
import { WORKSTREAMS, type Phase, type Plan, type Task, type Workstream } from '@campaign-planner/core';
import { workItemsOf, type WorkItem } from '@campaign-planner/core/readiness';
import { LinksBuilder, type GanttLinks } from './gantt-links.js';

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
interface Group {
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

const STREAM_RANK = new Map<string, number>(WORKSTREAMS.map((w, i) => [w, i]));
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
  /** Task indices (into `plan.tasks`) in display order; tasks of a phase the plan lacks are left out. */
  readonly order: Uint32Array;
  /** Span of each task (index into `plan.tasks`), in epoch ms; occurrences included for recurring tasks. */
  readonly taskStart: Float64Array;
  readonly taskEnd: Float64Array;
  readonly phaseRows: readonly PhaseRow[];
  /** Workstream groups in display order; `phaseGroups[p]` are the indices of phase `p`'s groups. */
  readonly groups: readonly Group[];
  readonly phaseGroups: readonly (readonly number[])[];
  /** Row key of each workstream group -> its index in `groups`; phase key -> -1 - phase index. */
  readonly groupOf: ReadonlyMap<string, number>;
  private readonly parentOf: Int32Array;
  private readonly recurring = new Map<number, TaskRow>();
  private rowCache = new Map<number, TaskRow>();
  private linkIndex: GanttLinks | undefined;
  private linkBuilder: LinksBuilder | undefined;

  constructor(readonly plan: Plan) {
    const tasks = plan.tasks;
    const n = tasks.length;
    const phaseRank = new Map(plan.phases.map((p, i) => [p.id, i]));
    const streams = WORKSTREAMS.length + 1;
    const buckets = plan.phases.length * streams;
    const bucketOf = new Int32Array(n);
    const counts = new Int32Array(buckets + 1);
    const due = new Float64Array(n);
    this.taskStart = new Float64Array(n);
    this.taskEnd = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const task = tasks[i]!;
      const p = phaseRank.get(task.phase);
      const d = task.due.getTime();
      due[i] = d;
      if (task.recurrence) {
        const bars = barsOf(plan, task);
        let start = Infinity;
        let end = -Infinity;
        for (const b of bars) {
          start = Math.min(start, b.start);
          end = Math.max(end, b.end);
        }
        this.taskStart[i] = start;
        this.taskEnd[i] = end;
        this.recurring.set(i, { kind: 'task', key: `task:${task.id}`, level: 3, task, taskIndex: i, bars, parent: '', start, end });
      } else {
        this.taskStart[i] = task.start ? task.start.getTime() : d;
        this.taskEnd[i] = d;
      }
      // A task of a phase the plan lacks has no row (a parsed plan has none).
      const b = p === undefined ? -1 : p * streams + (STREAM_RANK.get(task.workstream) ?? WORKSTREAMS.length);
      bucketOf[i] = b;
      counts[b + 1]!++;
    }
    // Counting sort by group (stable: plan order within a group), then each group by due and id.
    for (let b = 1; b <= buckets; b++) counts[b]! += counts[b - 1]!;
    const shown = counts[buckets]!;
    const order = new Uint32Array(shown);
    const fill = counts.slice(0, buckets);
    for (let i = 0; i < n; i++) if (bucketOf[i]! >= 0) order[fill[bucketOf[i]!]!++] = i;
    const groups: Group[] = [];
    const phaseGroups: number[][] = plan.phases.map(() => []);
    const groupOf = new Map<string, number>();
    this.parentOf = new Int32Array(n);
    let start = Infinity;
    let end = -Infinity;
    for (let b = 0; b < buckets; b++) {
      const from = counts[b]!;
      const to = counts[b + 1]!;
      if (from === to) continue;
      sortSegment(order.subarray(from, to), due, tasks);
      let s = Infinity;
      let e = -Infinity;
      const g = groups.length;
      for (let k = from; k < to; k++) {
        const i = order[k]!;
        s = Math.min(s, this.taskStart[i]!);
        e = Math.max(e, this.taskEnd[i]!);
        this.parentOf[i] = g;
      }
      const phase = Math.floor(b / streams);
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
    for (const [i, row] of this.recurring) this.recurring.set(i, { ...row, parent: groups[this.parentOf[i]!]?.row.key ?? '' });
    this.order = order;
    this.groups = groups;
    this.phaseGroups = phaseGroups;
    this.groupOf = groupOf;
    this.start = start;
    this.end = end;
  }

  /** The row of a task (by its index in `plan.tasks`), made on first use and kept while it is drawn. */
  taskRow(i: number): TaskRow {
    const recurring = this.recurring.get(i);
    if (recurring) return recurring;
    let row = this.rowCache.get(i);
    if (!row) {
      if (this.rowCache.size >= ROW_CACHE) this.rowCache = new Map();
      const parent = this.groups[this.parentOf[i]!]!.row.key;
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
 * Sorts task indices by due, then id. The dues (whole ms) and positions are packed into one number each and
 * sorted natively (no comparator called per pair); only tasks due at the same instant compare their ids.
 */
function sortSegment(segment: Uint32Array, due: Float64Array, tasks: readonly Task[]): void {
  const n = segment.length;
  let min = Infinity;
  let max = -Infinity;
  let sorted = true;
  for (let k = 0; k < n; k++) {
    const d = due[segment[k]!]!;
    if (d < max) sorted = false;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  const byDue = (a: number, b: number) => due[a]! - due[b]!;
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  if (sorted) {
    // Already in order (common for plans kept in due order).
  } else if (Number.isSafeInteger((max - min) * scale + scale)) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = (due[segment[k]!]! - min) * scale + k;
    keys.sort();
    const copy = segment.slice();
    // `| 0`: an index read as a double would take the slow (property name) path.
    for (let k = 0; k < n; k++) segment[k] = copy[(keys[k]! % scale) | 0]!;
  } else segment.sort(byDue);
  // Runs of equal dues: by id (code-unit order, as core's), short runs in place.
  for (let k = 0; k < n;) {
    let end = k + 1;
    while (end < n && due[segment[end]!] === due[segment[k]!]) end++;
    if (end - k > 16) segment.subarray(k, end).sort((a, b) => (tasks[a]!.id < tasks[b]!.id ? -1 : 1));
    else
      for (let a = k + 1; a < end; a++) {
        const i = segment[a]!;
        const id = tasks[i]!.id;
        let j = a - 1;
        for (; j >= k && tasks[segment[j]!]!.id > id; j--) segment[j + 1] = segment[j]!;
        segment[j + 1] = i;
      }
    k = end;
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

/**
 * The rows shown (some groups folded, some tasks filtered out), by index. Rows are stored as numbers
 * (`>= 0` a task index, `< 0` a group); row objects are made for the rows asked for only.
 */
export class VisibleRows {
  /** Number of rows shown. */
  readonly count: number;
  private readonly refs: Int32Array;
  /** Row index of each phase (by phase index) and workstream group (after the phases), -1 when not shown. */
  private readonly groupRowAt: Int32Array;
  private taskRowAt: Int32Array | undefined;

  constructor(
    readonly model: GanttModel,
    refs: Int32Array,
    groupRowAt: Int32Array,
  ) {
    this.refs = refs;
    this.count = refs.length;
    this.groupRowAt = groupRowAt;
  }

  /** The row at an index (0 <= index < count). */
  row(index: number): GanttRow {
    const ref = this.refs[index]!;
    if (ref >= 0) return this.model.taskRow(ref);
    const g = -1 - ref;
    const phases = this.model.phaseRows.length;
    return g < phases ? this.model.phaseRows[g]! : this.model.groups[g - phases]!.row;
  }

  /** The task index (into `plan.tasks`) of a row, or -1 for a group row. */
  taskIndexAt(index: number): number {
    const ref = this.refs[index]!;
    return ref >= 0 ? ref : -1;
  }

  /** Where the task with this index (into `plan.tasks`) is shown, or `undefined` (folded, filtered). */
  indexOfTaskIndex(taskIndex: number): number | undefined {
    if (!this.taskRowAt) {
      const at = new Int32Array(this.model.plan.tasks.length).fill(-1);
      for (let r = 0; r < this.count; r++) if (this.refs[r]! >= 0) at[this.refs[r]!] = r;
      this.taskRowAt = at;
    }
    const r = this.taskRowAt[taskIndex];
    return r === undefined || r < 0 ? undefined : r;
  }

  /** Where the task with this id is shown (builds the id index on first use). */
  indexOfTask(taskId: string): number | undefined {
    const i = this.model.links().indexOf(taskId);
    return i === undefined ? undefined : this.indexOfTaskIndex(i);
  }

  /** Where the row with this key (`phase:`, `ws:` or `task:`) is shown. */
  indexOf(key: string): number | undefined {
    if (key.startsWith('task:')) return this.indexOfTask(key.slice(5));
    const g = this.model.groupOf.get(key);
    if (g === undefined) return undefined;
    const r = this.groupRowAt[g < 0 ? -1 - g : this.model.phaseRows.length + g]!;
    return r < 0 ? undefined : r;
  }

  /** The first task row whose span ends at or after `instant`, or -1. */
  firstTaskEndingFrom(instant: number): number {
    const end = this.model.taskEnd;
    for (let r = 0; r < this.count; r++) if (this.refs[r]! >= 0 && end[this.refs[r]!]! >= instant) return r;
    return -1;
  }
}

/**
 * The rows left when the groups whose keys are in `collapsed` are folded, and, with `matches`, only the tasks
 * whose ids it holds (groups left without a task are dropped too; without a filter an empty phase still shows).
 *
 * @example
 * visibleRows(model, new Set(['phase:build-up'])).row(1).key //=> 'phase:warm-up'
 */
export function visibleRows(model: GanttModel, collapsed: ReadonlySet<string>, matches?: ReadonlySet<string>): VisibleRows {
  const { order, groups, phaseGroups } = model;
  const tasks = model.plan.tasks;
  const phases = model.phaseRows.length;
  const groupRowAt = new Int32Array(phases + groups.length).fill(-1);
  const full = phases + groups.length + order.length;
  let refs = new Int32Array(full);
  let n = 0;
  for (let p = 0; p < phases; p++) {
    const phaseAt = n;
    const phaseFolded = collapsed.has(model.phaseRows[p]!.key);
    refs[n++] = -1 - p;
    let shownInPhase = 0;
    for (const g of phaseGroups[p]!) {
      const group = groups[g]!;
      const folded = phaseFolded || collapsed.has(group.row.key);
      let shown = 0;
      const groupAt = n;
      if (!phaseFolded) refs[n++] = -1 - (phases + g);
      for (let k = group.from; k < group.to; k++) {
        const i = order[k]!;
        if (matches && !matches.has(tasks[i]!.id)) continue;
        shown++;
        // A folded group needs one match to show; the rest is skipped.
        if (folded) break;
        refs[n++] = i;
      }
      shownInPhase += shown;
      if (phaseFolded) continue;
      if (shown === 0) n = groupAt;
      else groupRowAt[phases + g] = groupAt;
    }
    if (matches && shownInPhase === 0) n = phaseAt;
    else groupRowAt[p] = phaseAt;
  }
  if (n < full) refs = refs.slice(0, n);
  return new VisibleRows(model, refs, groupRowAt);
}
