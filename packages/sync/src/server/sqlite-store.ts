// Room storage in SQLite: every accepted update is one row, written before the room applies it (and so before
// the client's acknowledgement), so an acknowledged event survives `kill -9`. Rows are merged into one when a
// room is compacted; merging stored rows (not the in-memory room) keeps compaction safe when several server
// processes share the file.
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** Rows per room above which {@link SqliteStore.compact} merges them into one. */
export const COMPACT_AFTER_ROWS = 200;

/** The SQLite file holding every room's updates. */
export class SqliteStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, Uint8Array]>;
  private readonly select: Database.Statement<[string], { seq: number; data: Uint8Array }>;
  private readonly count: Database.Statement<[string], { n: number }>;

  /**
   * Opens (and creates) the file. WAL mode: readers never block the writer, and several processes can share it.
   *
   * @example
   * const store = new SqliteStore('campaign-planner.db');
   */
  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a crash of the process (the case here); only power loss may lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      room TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS updates_room ON updates (room, seq);`);
    this.insert = this.db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)');
    this.select = this.db.prepare('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq');
    this.count = this.db.prepare('SELECT count(*) AS n FROM updates WHERE room = ?');
  }

  /** Appends one update of `room` (synchronously: it is on disk when this returns). */
  append(room: string, update: Uint8Array): void {
    this.insert.run(room, update);
  }

  /** Every stored update of `room` merged into one, or null for a room never written. */
  load(room: string): Uint8Array | null {
    const rows = this.select.all(room);
    if (rows.length === 0) return null;
    return rows.length === 1 ? new Uint8Array(rows[0]!.data) : Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
  }

  /**
   * Merges the rows of `room` into one when there are more than `minRows`, in one transaction.
   * Returns the number of rows merged (0 when nothing was done).
   */
  compact(room: string, minRows = COMPACT_AFTER_ROWS): number {
    const run = this.db.transaction(() => {
      if (this.count.get(room)!.n <= minRows) return 0;
      const rows = this.select.all(room);
      const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
      this.db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?').run(room, rows[rows.length - 1]!.seq);
      this.insert.run(room, merged);
      return rows.length;
    });
    return run.immediate();
  }

  /** Closes the file. */
  close(): void {
    this.db.close();
  }
}
