import type { StatusEvent } from '../schemas/status-event.js';

// A partially persistent map from status key to winning event ("fat nodes"): every version of a status
// log shares one store, each key keeps the list of (version, event) it took, and a version reads the last
// entry at or before it. Appending to the newest version costs O(1) instead of copying a 50,000-entry Map,
// and the journal says which keys changed between two versions, which is what lets readiness update itself
// by what an event touches rather than by the size of the plan.

interface Entry {
  readonly version: number;
  readonly event: StatusEvent;
}

/** One lineage of status versions. Internal to the readiness layer. */
export class StatusStore {
  /** Per key: the events it took, oldest first (versions increasing). */
  readonly history = new Map<string, Entry[]>();
  /** `journal[v - 1]` is the key that version `v` changed. */
  readonly journal: string[] = [];
  /** Number of keys with an event, per version (`sizes[v]`). */
  readonly sizes: number[] = [0];

  get head(): number {
    return this.journal.length;
  }

  /** The event of `key` at `version`. */
  get(key: string, version: number): StatusEvent | undefined {
    const list = this.history.get(key);
    if (!list) return undefined;
    // Nearly always the newest entry; otherwise a binary search over the key's own history.
    if (list[list.length - 1]!.version <= version) return list[list.length - 1]!.event;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.version <= version) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]!.event : undefined;
  }

  /** Appends a version in which `key` takes `event`; returns the new version. Only valid on the head. */
  append(key: string, event: StatusEvent): number {
    const version = this.journal.length + 1;
    const list = this.history.get(key);
    const isNew = !list;
    if (list) list.push({ version, event });
    else this.history.set(key, [{ version, event }]);
    this.journal.push(key);
    this.sizes.push(this.sizes[version - 1]! + (isNew ? 1 : 0));
    return version;
  }
}

/**
 * The `latest` map of a {@link StatusStore} version: a read-only view, so states stay immutable while
 * sharing one store.
 */
export class StatusVersion implements ReadonlyMap<string, StatusEvent> {
  constructor(
    readonly store: StatusStore,
    readonly version: number,
  ) {}

  get size(): number {
    return this.store.sizes[this.version]!;
  }

  get(key: string): StatusEvent | undefined {
    return this.store.get(key, this.version);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): MapIterator<[string, StatusEvent]> {
    for (const key of this.store.history.keys()) {
      const event = this.get(key);
      if (event !== undefined) yield [key, event];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<StatusEvent> {
    for (const [, event] of this.entries()) yield event;
  }

  forEach(callback: (value: StatusEvent, key: string, map: ReadonlyMap<string, StatusEvent>) => void, thisArg?: unknown): void {
    for (const [key, event] of this.entries()) callback.call(thisArg, event, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, StatusEvent]> {
    return this.entries();
  }

  /** Keys changed after version `from` up to this one (`from` <= this version, same store). */
  changedSince(from: number): Set<string> {
    return new Set(this.store.journal.slice(from, this.version));
  }
}
