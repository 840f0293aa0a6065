import { RankSet } from '../collections/rank-set.js';

/**
 * The order `nextActions` lists ready items in, fixed by the plan alone: earlier deadline first; at the same
 * deadline critical first, then heavier (effective weight), then by key. Internal to the readiness layer.
 */
export interface ActionRanks {
  /** Item positions in action order. */
  readonly byRank: Int32Array;
  /** The rank of each item (the inverse of `byRank`). */
  readonly rankOf: Int32Array;
}

/** What ranking reads of an item index (see `ItemIndex` in readiness-model.ts): per item, and per task for `critical`. */
export interface RankedItems {
  readonly dueMs: Float64Array;
  readonly critical: Uint8Array;
  readonly taskOf: Int32Array;
  readonly effective: Float64Array;
  readonly keys: readonly string[];
}

/**
 * Ranks every item of an index once: the order depends on deadlines, criticality, weights and keys, none of
 * which a status event changes, so a ready set kept by rank ({@link RankSet}) is walked in action order.
 *
 * @example
 * actionRanks(index).byRank[0] // the item with the earliest deadline
 */
export function actionRanks(index: RankedItems): ActionRanks {
  const { dueMs, critical, taskOf, effective, keys } = index;
  const byRank = Int32Array.from(keys.keys()).sort(
    (a, b) =>
      dueMs[a]! - dueMs[b]! ||
      critical[taskOf[b]!]! - critical[taskOf[a]!]! ||
      effective[b]! - effective[a]! ||
      (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0),
  );
  const rankOf = new Int32Array(byRank.length);
  byRank.forEach((i, r) => (rankOf[i] = r));
  return { byRank, rankOf };
}

/** The ranks of the open items that wait for no dependency: where `nextActions` starts. */
export interface ActionOrder extends ActionRanks {
  readonly ready: RankSet;
}
