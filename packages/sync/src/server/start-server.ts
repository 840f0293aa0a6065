import { Server, type Document, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import type { LogModel } from '../log-model.js';
import { statusLogModel } from '../log-model.js';
import { resolveLimits, type SyncLimits } from './limits.js';
import { SqliteStore } from './sqlite-store.js';
import { verifyToken, type Role } from './tokens.js';
import { UpdateGuard } from './update-guard.js';
import { readSyncUpdate } from './sync-message.js';
import { RateWindow } from './rate-window.js';

/** Options of {@link startSyncServer}. */
export interface SyncServerOptions {
  /** TCP port; 0 picks a free one (read it back from `port`). Default 1234. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1`; `0.0.0.0` to serve the network. */
  readonly host?: string;
  /** SQLite file holding every room (created if missing). */
  readonly dbFile: string;
  /** The secret tokens are signed with (see `signToken`). */
  readonly secret: string | Buffer;
  /** Per-message, per-client and per-room limits; see {@link SyncLimits} for the defaults. */
  readonly limits?: Partial<SyncLimits>;
  /** Relay updates to and from other server processes through Redis (same database file for all). */
  readonly redis?: { readonly host: string; readonly port: number; readonly prefix?: string };
  /** What the log holds; status events by default. */
  readonly model?: LogModel<unknown, unknown>;
  /** Where refusals and other notices go, one line each. Default: stderr. */
  readonly log?: (line: string) => void;
}

/** A running sync server. */
export interface SyncServer {
  readonly host: string;
  readonly port: number;
  /** `ws://host:port`, what clients connect to. */
  readonly url: string;
  /** Stops accepting, closes every connection, stores and closes the database. */
  close(): Promise<void>;
}

/** A refusal sent to the client: Hocuspocus closes the document connection with this code and reason. */
interface Refusal {
  readonly code: number;
  readonly reason: string;
  readonly message: string;
}
const refusal = (code: number, reason: string): Refusal => ({ code, reason: `refused: ${reason}`, message: reason });

/** Room names: what a URL and a file name carry without escaping. */
export const ROOM_NAME = /^[\w.-]{1,100}$/;

interface Context {
  readonly role: Role;
}

/**
 * Starts a sync server: Hocuspocus over WebSocket, rooms stored in SQLite, access by signed tokens, every
 * update checked against the room's plan before it is stored or applied.
 *
 * @example
 * const server = await startSyncServer({ port: 0, dbFile: 'rooms.db', secret });
 * console.log(`listening on ${server.url}`);
 * await server.close();
 */
export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const limits = resolveLimits(options.limits);
  const model = options.model ?? statusLogModel;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new SqliteStore(options.dbFile);
  const guards = new WeakMap<Document, UpdateGuard>();
  const rates = new Map<string, RateWindow>();
  const guardOf = (document: Document) => {
    let guard = guards.get(document);
    if (!guard) guards.set(document, (guard = new UpdateGuard(document, model, limits)));
    return guard;
  };

  const policy: Extension = {
    extensionName: 'campaign-planner-policy',
    async onAuthenticate({ token, documentName, socketId, connectionConfig }) {
      const r = verifyToken(options.secret, token, documentName);
      if (!r.ok) {
        log(`refused connection to room "${documentName}" (${socketId}): ${r.message}`);
        throw refusal(4401, r.message);
      }
      // A viewer's updates are never applied (Hocuspocus' read-only mode); beforeHandleMessage also refuses them.
      connectionConfig.readOnly = r.claims.role === 'viewer';
      return { role: r.claims.role } satisfies Context;
    },
    async onConnect({ documentName }) {
      if (!ROOM_NAME.test(documentName)) throw refusal(4400, 'room names are 1-100 letters, digits, "_", "." or "-"');
    },
    async beforeHandleMessage({ update: data, document, documentName, socketId, connection }) {
      if (data.byteLength > limits.maxMessageBytes) {
        log(`refused message in room "${documentName}" (${socketId}): ${data.byteLength} bytes`);
        throw refusal(4413, `message of ${data.byteLength} bytes, over the limit of ${limits.maxMessageBytes}`);
      }
      const update = readSyncUpdate(data);
      if (!update) return;
      if (connection.readOnly) {
        if (Y.snapshotContainsUpdate(Y.snapshot(document), update)) return; // a viewer syncing: nothing new
        log(`refused write in room "${documentName}" (${socketId}): viewer`);
        throw refusal(4403, 'viewers cannot write');
      }
      const guard = guardOf(document);
      const verdict = guard.check(update);
      if (!verdict.ok) {
        log(`refused update in room "${documentName}" (${socketId}): ${verdict.reason}`);
        throw refusal(4422, verdict.reason);
      }
      // The update that creates a room (plan and log in one, as `push` sends it) is not rate-limited.
      if (verdict.added > 0 && !verdict.createsRoom) {
        let rate = rates.get(socketId);
        if (!rate) rates.set(socketId, (rate = new RateWindow(60_000)));
        if (!rate.take(verdict.added, limits.maxEventsPerMinute)) {
          guard.reset();
          log(`refused update in room "${documentName}" (${socketId}): rate`);
          throw refusal(4429, `more than ${limits.maxEventsPerMinute} events per minute`);
        }
      }
      // An update that changes nothing (a client's empty sync reply) is not worth a row.
      if (verdict.changed) store.append(documentName, update);
    },
    async onDisconnect({ socketId }) {
      rates.delete(socketId);
    },
    async beforeUnloadDocument({ document }) {
      guards.get(document)?.destroy();
      guards.delete(document);
    },
  };

  const extensions: Extension[] = [policy];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port, prefix: options.redis.prefix ?? 'campaign-planner' }));
  extensions.push(
    new Database({
      fetch: async ({ documentName }) => store.load(documentName),
      // Updates are stored one by one as they arrive; the debounced "store" only compacts.
      store: async ({ documentName }) => {
        store.compact(documentName);
      },
    }),
  );

  // WebSocket frames up to 4x the limit (16 MiB at least) are read so the client hears why it was refused;
  // bigger ones are cut off unread by ws (close code 1009).
  const server = new Server(
    { name: 'campaign-planner', quiet: true, stopOnSignals: false, extensions },
    { maxPayload: Math.max(4 * limits.maxMessageBytes, 16 * 1024 * 1024) },
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port: options.port ?? 1234, host }, () => resolve());
  });
  const port = server.address.port;
  let closing: Promise<void> | undefined;
  return {
    host,
    port,
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      (closing ??= (async () => {
        await server.destroy();
        store.close();
      })()),
  };
}
