import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { Plan } from '@campaign-planner/core';
import type { StatusEvent, StatusState } from '@campaign-planner/core/readiness';
import { CampaignBinding, type UnreadableEntry } from './campaign-binding.js';
import { statusLogModel, type LogModel } from './log-model.js';
import { onlineUsers, type OnlineUser, type RoomUser } from './presence.js';

/** Where the room's connection stands. */
export type RoomStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** What changed, as told to {@link Room.subscribe} listeners. */
export type RoomChange<E> =
  | { readonly kind: 'events'; readonly added: readonly E[] }
  | { readonly kind: 'presence' }
  | { readonly kind: 'status'; readonly status: RoomStatus; readonly reason?: string };

/** Options of {@link openRoom}. */
export interface OpenRoomOptions<E, S> {
  /** The sync server, `ws://host:port` or `wss://...`. */
  readonly url: string;
  /** The room's name. */
  readonly room: string;
  /** A token for this room (`campaign-planner token`). */
  readonly token: string;
  /** What the log holds; status events by default. */
  readonly model?: LogModel<E, S>;
  /** Who this client is, shown to the others. */
  readonly user?: RoomUser;
  /** The Y.Doc to use, for example one already loaded from IndexedDB; a new one by default. */
  readonly doc?: Y.Doc;
  /** A WebSocket class where the platform has none (Node 20: `import WebSocket from 'ws'`). */
  readonly WebSocket?: unknown;
  /** How long to wait for the first sync before failing, in ms (default 10,000). */
  readonly timeoutMs?: number;
  /** Resolve only once the room has a plan (default true); `push` opens empty rooms with false. */
  readonly requirePlan?: boolean;
  /** Reconnection delays in ms: the first retry, and the cap of the exponential back-off (1,000 and 10,000). */
  readonly reconnect?: { readonly delay?: number; readonly maxDelay?: number };
}

/** An open room: one campaign shared live. */
export interface Room<E, S> {
  /** The room's name. */
  readonly name: string;
  /** `editor` or `viewer`, as the server granted. */
  readonly role: 'editor' | 'viewer';
  /** The binding to the room's Y.Doc (base plan, events, fold). */
  readonly campaign: CampaignBinding<E, S>;
  /** The current plan (the fold of the base plan and the log). */
  readonly plan: Plan;
  /** The current state (the fold of the log). */
  readonly state: S;
  /** Every valid event, in the room's order. */
  readonly events: readonly E[];
  /** Entries that did not validate here (normally none: the server refuses them). */
  readonly unreadable: readonly UnreadableEntry[];
  /** Connection status; `refused` with {@link Room.refusal} when the server refused a token or an update. */
  readonly status: RoomStatus;
  /** The server's last refusal, if any. */
  readonly refusal: string | undefined;
  /** Local changes the server has not acknowledged yet. */
  readonly pending: number;
  /**
   * Validates and appends events (all or none); they reach the others when online, or on reconnect.
   * @throws RoomEventError naming each invalid event's index and field; Error for a viewer.
   */
  append(events: readonly unknown[]): E[];
  /** Calls `listener` on every change of events, presence or status. Returns an unsubscribe function. */
  subscribe(listener: (change: RoomChange<E>) => void): () => void;
  /** The people in the room now (this client included, `self: true`). */
  online(): OnlineUser[];
  /** Tells the others which task this client has open (null: none). */
  setOpenTask(taskId: string | null): void;
  /** Resolves when every local change has been acknowledged by the server (stored); rejects when it refused one. */
  whenSynced(timeoutMs?: number): Promise<void>;
  /**
   * Goes offline on purpose: appends keep working locally and are sent on {@link Room.connect}. Resolves once
   * the connection is closed (updates already on their way may still arrive until then).
   */
  disconnect(): Promise<void>;
  /** Reconnects after {@link Room.disconnect} (a lost connection reconnects by itself). */
  connect(): void;
  /** Leaves the room: disconnects and stops listening. The doc is left to its owner. */
  close(): void;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Joins a room: connects with the token, waits for the first sync (and a plan, unless `requirePlan` is
 * false), and returns the live {@link Room}. Rejects when the server refuses the token or does not answer.
 *
 * @example
 * import WebSocket from 'ws';
 * const room = await openRoom({ url: 'ws://127.0.0.1:1234', room: 'bf-2026', token, user: { name: 'Li' }, WebSocket });
 * room.append([{ taskId: 'register', status: 'done', at: new Date(), by: 'li' }]);
 * await room.whenSynced();
 * room.close();
 */
export async function openRoom<E = StatusEvent, S = StatusState>(options: OpenRoomOptions<E, S>): Promise<Room<E, S>> {
  const model = (options.model ?? statusLogModel) as LogModel<E, S>;
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: options.WebSocket,
    delay: options.reconnect?.delay ?? 1000,
    minDelay: Math.min(options.reconnect?.delay ?? 1000, 1000),
    maxDelay: options.reconnect?.maxDelay ?? 10_000,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: options.room, document: doc, token: options.token });
  const campaign = new CampaignBinding(doc, model);
  const listeners = new Set<(change: RoomChange<E>) => void>();
  const emit = (change: RoomChange<E>) => listeners.forEach((l) => l(change));
  let status: RoomStatus = 'connecting';
  let refusal: string | undefined;
  const setStatus = (next: RoomStatus, reason?: string) => {
    if (next === status && reason === undefined) return;
    status = next;
    emit(reason === undefined ? { kind: 'status', status } : { kind: 'status', status, reason });
  };

  const firstSync = new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(`room "${options.room}": ${reason}`)));
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    refusal = reason;
    setStatus('refused', reason);
  });
  provider.on('synced', () => setStatus('online'));
  provider.on('status', ({ status: s }: { status: string }) => {
    if (s === 'disconnected' && status !== 'refused') setStatus('offline');
  });
  // The server refuses an update by closing the room's connection with a reason ("refused: ...").
  provider.on('close', ({ event }: { event: { reason?: string } }) => {
    if (event.reason?.startsWith('refused: ')) {
      refusal = event.reason.slice('refused: '.length);
      setStatus('refused', refusal);
    }
  });
  if (options.user) provider.setAwarenessField('user', { name: options.user.name, ...(options.user.color ? { color: options.user.color } : {}) });
  provider.awareness?.on('change', () => emit({ kind: 'presence' }));
  const unsubscribe = campaign.subscribe((added) => emit({ kind: 'events', added }));
  // A provider given its own socket provider does not attach itself (one socket may carry several rooms).
  provider.attach();

  let isClosed = false;
  const close = () => {
    if (isClosed) return;
    isClosed = true;
    unsubscribe();
    campaign.destroy();
    provider.destroy();
    socket.destroy();
    listeners.clear();
  };

  try {
    await withTimeout(firstSync, options.timeoutMs ?? 10_000, `room "${options.room}" at ${options.url}`);
    if ((options.requirePlan ?? true) && !campaign.hasPlan) throw new Error(`room "${options.room}" has no plan yet: push one with "campaign-planner push"`);
  } catch (e) {
    close();
    throw e;
  }
  let closed = Promise.resolve();
  const role = provider.authorizedScope === 'readonly' ? 'viewer' : 'editor';

  const whenSynced = (timeoutMs = 30_000) =>
    withTimeout(
      new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          provider.off('unsyncedChanges', check);
          provider.off('synced', check);
          listeners.delete(onRefused);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (status === 'refused') done(new Error(`room "${options.room}": refused: ${refusal}`));
          else if (provider.synced && !provider.hasUnsyncedChanges) done();
        };
        // A refused update is never acknowledged: fail at once instead of waiting for the timeout.
        const onRefused = (change: RoomChange<E>) => {
          if (change.kind === 'status') check();
        };
        provider.on('unsyncedChanges', check);
        provider.on('synced', check);
        listeners.add(onRefused);
        check();
      }),
      timeoutMs,
      `room "${options.room}": waiting for the server to acknowledge`,
    );

  return {
    name: options.room,
    role,
    campaign,
    get plan() {
      return campaign.plan;
    },
    get state() {
      return campaign.state;
    },
    get events() {
      return campaign.events;
    },
    get unreadable() {
      return campaign.unreadable;
    },
    get status() {
      return status;
    },
    get refusal() {
      return refusal;
    },
    get pending() {
      return provider.unsyncedChanges;
    },
    append(events) {
      if (role === 'viewer') throw new Error(`room "${options.room}": viewers cannot write`);
      return campaign.append(events);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    online: () => onlineUsers(provider.awareness?.getStates() ?? new Map(), doc.clientID),
    setOpenTask: (taskId) => provider.setAwarenessField('taskId', taskId),
    whenSynced,
    disconnect: () => {
      // Reconnecting before the old socket has closed would let its late close event drop the new one.
      if (socket.status !== WebSocketStatus.Disconnected)
        closed = new Promise<void>((resolve) => {
          const onStatus = ({ status: s }: { status: string }) => {
            if (s !== WebSocketStatus.Disconnected) return;
            socket.off('status', onStatus);
            resolve();
          };
          socket.on('status', onStatus);
        });
      socket.disconnect();
      return closed.then(() => setStatus('offline'));
    },
    connect: () => {
      void closed.then(() => {
        setStatus('connecting');
        return socket.connect();
      });
    },
    close,
  };
}
