import type { Edit } from './edit-schema.js';

/** One undoable step: the edit as made and the edit that undoes it. */
export interface HistoryEntry {
  readonly edit: Edit;
  readonly inverse: Edit;
}

/**
 * Undo and redo over inverses, as an immutable value: every method returns a new history. The host applies
 * the edit `undo` or `redo` hands back (with `applyEdit`, or as a new log event so the log keeps the undo).
 */
export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A history with this step done; the redo list is cleared. */
  record(edit: Edit, inverse: Edit): History;
  /** The edit that undoes the last step, and the history after it; `undefined` when there is nothing. */
  undo(): { history: History; edit: Edit } | undefined;
  /** The edit that redoes the last undone step, and the history after it. */
  redo(): { history: History; edit: Edit } | undefined;
}

/** Options of {@link createHistory}. */
export interface HistoryOptions {
  /** How many steps are kept (default 100); the oldest are forgotten first. */
  readonly limit?: number;
}

function make(past: readonly HistoryEntry[], future: readonly HistoryEntry[], limit: number): History {
  return Object.freeze({
    past,
    future,
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    record: (edit: Edit, inverse: Edit) => make([...past, { edit, inverse }].slice(-limit), [], limit),
    undo: () => {
      const last = past[past.length - 1];
      return last && { history: make(past.slice(0, -1), [...future, last], limit), edit: last.inverse };
    },
    redo: () => {
      const next = future[future.length - 1];
      return next && { history: make([...past, next], future.slice(0, -1), limit), edit: next.edit };
    },
  });
}

/**
 * An empty undo/redo history.
 *
 * @example
 * let history = createHistory();
 * const r = applyEdit(plan, edit);
 * if (r.ok) { plan = r.plan; history = history.record(edit, r.inverse); }
 * const u = history.undo();
 * if (u) { plan = (applyEdit(plan, u.edit) as { plan: Plan }).plan; history = u.history; }
 */
export function createHistory(options: HistoryOptions = {}): History {
  return make([], [], Math.max(1, options.limit ?? 100));
}
