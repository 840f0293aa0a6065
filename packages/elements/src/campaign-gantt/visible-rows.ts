// The rows <campaign-gantt> shows (groups folded, tasks filtered), by index. A group's task rows are a block
// of the index that is sorted by due the first time one of its rows is asked for: the first frame of a
// large plan sorts the few groups in view, not every task.
import type { GanttModel, GanttRow } from './gantt-model.js';

/**
 * The rows shown (some groups folded, some tasks filtered out), by index. Rows are stored as numbers
 * (`>= 0` a task index, `< 0` a group); row objects are made for the rows asked for only. Build it with
 * {@link visibleRows}.
 */
export class VisibleRows {
  /** Number of rows shown. */
  readonly count: number;
  private readonly refs: Int32Array;
  /** Row index of each phase (by phase index) and workstream group (after the phases), -1 when not shown. */
  private readonly groupRowAt: Int32Array;
  /** The task rows of each block (a shown, unfolded group with tasks): `refs[blockFrom[b]..blockTo[b])`. */
  private readonly blockFrom: Int32Array;
  private readonly blockTo: Int32Array;
  /** The block of each group (index into `model.groups`), -1 when its tasks are not shown. */
  private readonly blockOfGroup: Int32Array;
  /** The group (index into `model.groups`) of each block. */
  private readonly groupOfBlock: Int32Array;
  private readonly blockSorted: Uint8Array;
  /** Row of each task (index into `plan.tasks`) in a sorted block; -1 elsewhere. */
  private taskRowAt: Int32Array | undefined;

  constructor(
    readonly model: GanttModel,
    refs: Int32Array,
    groupRowAt: Int32Array,
    blocks: { from: Int32Array; to: Int32Array; ofGroup: Int32Array; group: Int32Array },
  ) {
    this.refs = refs;
    this.count = refs.length;
    this.groupRowAt = groupRowAt;
    this.blockFrom = blocks.from;
    this.blockTo = blocks.to;
    this.blockOfGroup = blocks.ofGroup;
    this.groupOfBlock = blocks.group;
    this.blockSorted = new Uint8Array(blocks.from.length);
  }

  /** The row at an index (0 <= index < count). */
  row(index: number): GanttRow {
    const ref = this.refAt(index);
    if (ref >= 0) return this.model.taskRow(ref);
    const g = -1 - ref;
    const phases = this.model.phaseRows.length;
    return g < phases ? this.model.phaseRows[g]! : this.model.groups[g - phases]!.row;
  }

  /** The task index (into `plan.tasks`) of a row, or -1 for a group row. */
  taskIndexAt(index: number): number {
    const ref = this.refAt(index);
    return ref >= 0 ? ref : -1;
  }

  /** Where the task with this index (into `plan.tasks`) is shown, or `undefined` (folded, filtered). */
  indexOfTaskIndex(taskIndex: number): number | undefined {
    const b = this.blockOfGroup[this.model.groupOfTask(taskIndex)] ?? -1;
    if (b < 0) return undefined;
    this.sortBlock(b);
    const r = this.taskRowAt![taskIndex]!;
    return r < 0 ? undefined : r;
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
    const { refs } = this;
    const { groups } = this.model;
    for (let b = 0; b < this.blockFrom.length; b++) {
      // A group's span bounds its tasks': a group over before `instant` is passed without reading its tasks.
      if (groups[this.groupOfBlock[b]!]!.row.end < instant) continue;
      const from = this.blockFrom[b]!;
      const to = this.blockTo[b]!;
      // Only a block holding such a task is sorted to find the first one in display order.
      let any = false;
      for (let r = from; r < to && !any; r++) any = end[refs[r]!]! >= instant;
      if (!any) continue;
      this.sortBlock(b);
      for (let r = from; r < to; r++) if (end[refs[r]!]! >= instant) return r;
    }
    return -1;
  }

  private refAt(index: number): number {
    const ref = this.refs[index]!;
    if (ref < 0) return ref;
    this.sortBlock(this.blockAt(index));
    return this.refs[index]!;
  }

  /** The block holding a task row: the last block starting at or before it. */
  private blockAt(index: number): number {
    let lo = 0;
    let hi = this.blockFrom.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blockFrom[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private sortBlock(b: number): void {
    if (this.blockSorted[b]) return;
    this.blockSorted[b] = 1;
    const from = this.blockFrom[b]!;
    const to = this.blockTo[b]!;
    this.model.sortTasks(this.refs.subarray(from, to));
    const at = (this.taskRowAt ??= new Int32Array(this.model.plan.tasks.length).fill(-1));
    for (let r = from; r < to; r++) at[this.refs[r]!] = r;
  }
}

/**
 * The rows left when the groups whose keys are in `collapsed` are folded, and, with `matches`, only the tasks
 * whose ids it holds (groups left without a task are dropped too; without a filter an empty phase still shows).
 * Tasks show by due, then id, within their group.
 *
 * @example
 * visibleRows(buildGanttModel(plan), new Set(['phase:build-up'])).row(1).key //=> 'phase:warm-up'
 */
export function visibleRows(model: GanttModel, collapsed: ReadonlySet<string>, matches?: ReadonlySet<string>): VisibleRows {
  const { order, groups, phaseGroups } = model;
  const tasks = model.plan.tasks;
  const phases = model.phaseRows.length;
  const groupRowAt = new Int32Array(phases + groups.length).fill(-1);
  const full = phases + groups.length + order.length;
  let refs = new Int32Array(full);
  const blockFrom: number[] = [];
  const blockTo: number[] = [];
  const blockGroup: number[] = [];
  const ofGroup = new Int32Array(groups.length).fill(-1);
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
      else {
        groupRowAt[phases + g] = groupAt;
        if (!folded) {
          ofGroup[g] = blockFrom.length;
          blockFrom.push(groupAt + 1);
          blockTo.push(n);
          blockGroup.push(g);
        }
      }
    }
    if (matches && shownInPhase === 0) n = phaseAt;
    else groupRowAt[p] = phaseAt;
  }
  if (n < full) refs = refs.slice(0, n);
  return new VisibleRows(model, refs, groupRowAt, {
    from: Int32Array.from(blockFrom),
    to: Int32Array.from(blockTo),
    ofGroup,
    group: Int32Array.from(blockGroup),
  });
}
