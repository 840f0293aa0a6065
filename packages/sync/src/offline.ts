import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';

/** A room's document kept in the browser's IndexedDB, so the page opens and edits offline. */
export interface OfflineDoc {
  /** The document: pass it to `openRoom({ doc })`. */
  readonly doc: Y.Doc;
  /** Stops persisting (the stored copy stays). */
  destroy(): Promise<void>;
  /** Deletes the stored copy. */
  clear(): Promise<void>;
}

/**
 * Loads (or creates) the IndexedDB copy of a room and keeps it up to date: every change, including those
 * made offline, is stored locally at once and reaches the server when the room is connected. Browser only.
 *
 * @example
 * const offline = await openOfflineDoc(`campaign-planner:${server}:${room}`);
 * const live = await openRoom({ url: server, room, token, doc: offline.doc });
 */
export async function openOfflineDoc(key: string, doc: Y.Doc = new Y.Doc()): Promise<OfflineDoc> {
  const persistence = new IndexeddbPersistence(key, doc);
  await persistence.whenSynced;
  return {
    doc,
    destroy: () => persistence.destroy(),
    clear: () => persistence.clearData(),
  };
}
