// The order of a workstream's tasks on the chart: by due, then id, as core's display order.
import type { Task } from '@campaign-planner/core';

/**
 * Sorts task indices (into `tasks`) in place by due, then id: core's display order within a group. A total
 * order, so any subset sorts the same way the whole does. The dues (whole ms) and positions are packed into
 * one number each and sorted natively (no comparator called per pair); only tasks due at the same instant
 * compare their ids.
 *
 * @example
 * sortByDueThenId(Int32Array.of(2, 0, 1), dues, plan.tasks) // the three indices, earliest due first
 */
export function sortByDueThenId(segment: Int32Array | Uint32Array, due: Float64Array, tasks: readonly Task[]): void {
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
