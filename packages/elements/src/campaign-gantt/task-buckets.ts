// The one pass of <campaign-gantt>'s row model over every task, in small functions of their own: a page's
// first chart runs them cold, and a small loop is optimised sooner than one inside a long constructor.
import { WORKSTREAMS, type Task } from '@campaign-planner/core';

const STREAM_RANK = new Map<string, number>(WORKSTREAMS.map((w, i) => [w, i]));
/** Buckets per phase: one per workstream, and one for a workstream the chart does not know. */
export const STREAMS = WORKSTREAMS.length + 1;

/**
 * One pass over every task: due and span (a recurring task's span is filled in later), group bucket and
 * bucket counts. Its own small function: the first chart of a page runs it cold, and a small loop is
 * optimised sooner than one inside a long constructor. Returns the indices of recurring tasks.
 */
export function readTasks(
  tasks: readonly Task[],
  phaseRank: ReadonlyMap<string, number>,
  due: Float64Array,
  taskStart: Float64Array,
  taskEnd: Float64Array,
  bucketOf: Int32Array,
  counts: Int32Array,
  bucketSpan: Float64Array,
): number[] {
  const recurring: number[] = [];
  const n = tasks.length;
  for (let i = 0; i < n; i++) {
    const task = tasks[i]!;
    const d = task.due.getTime();
    const start = task.start ? task.start.getTime() : d;
    due[i] = d;
    taskEnd[i] = d;
    taskStart[i] = start;
    if (task.recurrence) recurring.push(i);
    const p = phaseRank.get(task.phase);
    // A task of a phase the plan lacks has no row (a parsed plan has none).
    const b = p === undefined ? -1 : p * STREAMS + (STREAM_RANK.get(task.workstream) ?? STREAMS - 1);
    bucketOf[i] = b;
    counts[b + 1]!++;
    if (b >= 0) {
      if (start < bucketSpan[2 * b]!) bucketSpan[2 * b] = start;
      if (d > bucketSpan[2 * b + 1]!) bucketSpan[2 * b + 1] = d;
    }
  }
  return recurring;
}

/**
 * Task indices ordered by bucket, plan order within one (stable), tasks without a bucket left out; turns
 * `counts` (tasks per bucket, shifted by one) into each bucket's first position, `counts[buckets]` the total.
 */
export function countingSort(bucketOf: Int32Array, counts: Int32Array): Uint32Array {
  const buckets = counts.length - 1;
  for (let b = 1; b <= buckets; b++) counts[b]! += counts[b - 1]!;
  const order = new Uint32Array(counts[buckets]!);
  const fill = counts.slice(0, buckets);
  const n = bucketOf.length;
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i]!;
    if (b >= 0) order[fill[b]!++] = i;
  }
  return order;
}

/** Start and end (epoch ms) of each bucket, as `[start0, end0, start1, end1, ...]`, empty buckets `[∞, -∞]`. */
export function emptySpans(buckets: number): Float64Array {
  const spans = new Float64Array(2 * buckets);
  for (let b = 0; b < buckets; b++) {
    spans[2 * b] = Infinity;
    spans[2 * b + 1] = -Infinity;
  }
  return spans;
}
