import type { VisibleRows } from './visible-rows.js';

/** What a key press on a tree-grid row asks for. */
export type TreeKeyAction =
  | { readonly kind: 'move'; readonly index: number }
  | { readonly kind: 'toggle'; readonly key: string; readonly open: boolean }
  | { readonly kind: 'activate'; readonly index: number };

/**
 * The WAI-ARIA tree-grid keyboard model over the shown rows: ↑/↓, Home/End, PageUp/PageDown move;
 * → opens a closed group or enters an open one; ← closes an open group or goes to the parent;
 * Enter/Space activate. `undefined` for keys the grid leaves alone.
 *
 * @example
 * treeKeyAction(view, 0, 'ArrowLeft', new Set(), 10) //=> { kind: 'toggle', key: 'phase:build-up', open: false }
 */
export function treeKeyAction(view: VisibleRows, index: number, key: string, collapsed: ReadonlySet<string>, page: number): TreeKeyAction | undefined {
  if (index < 0 || index >= view.count) return undefined;
  const row = view.row(index);
  const last = view.count - 1;
  const move = (to: number): TreeKeyAction => ({ kind: 'move', index: Math.max(0, Math.min(last, to)) });
  const group = row.kind !== 'task';
  const open = group && !collapsed.has(row.key);
  switch (key) {
    case 'ArrowDown':
      return move(index + 1);
    case 'ArrowUp':
      return move(index - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'PageDown':
      return move(index + page);
    case 'PageUp':
      return move(index - page);
    case 'ArrowRight':
      if (group && !open) return { kind: 'toggle', key: row.key, open: true };
      return move(group ? index + 1 : index);
    case 'ArrowLeft':
      if (group && open) return { kind: 'toggle', key: row.key, open: false };
      return move(row.kind === 'phase' ? index : (view.indexOf(row.parent) ?? index));
    case 'Enter':
    case ' ':
      return { kind: 'activate', index };
    default:
      return undefined;
  }
}
