/**
 * How many of a dependency's occurrences an item due at `due` needs, over `dueMs[start..end)` (sorted): those
 * due no later than it, and at least the first. A binary search (see `neededOccurrences`).
 *
 * @example
 * neededIn(indexPlan(plan).dueMs, 0, 2, nov11noon.getTime()) //=> 1
 */
export function neededIn(dueMs: Float64Array, start: number, end: number, due: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dueMs[mid]! <= due) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo - start);
}
