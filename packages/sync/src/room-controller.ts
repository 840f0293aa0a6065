import type { Plan } from '@campaign-planner/core';
import type { StatusEvent, StatusState } from '@campaign-planner/core/readiness';
import type { OnlineUser } from './presence.js';
import { openRoom, type OpenRoomOptions, type Room, type RoomStatus } from './room.js';

/** What a Lit element (any `ReactiveControllerHost`) offers a controller; structural, so no Lit dependency. */
export interface RoomControllerHost {
  addController(controller: { hostConnected?(): void; hostDisconnected?(): void }): void;
  requestUpdate(): void;
}

/**
 * A Lit reactive controller that joins a room while its host is connected and re-renders the host on every
 * change of events, presence or connection. The elements stay sync-agnostic: render `controller.plan` and
 * `controller.state` into them, and turn their `task-status-change` (and, with the campaign log model,
 * `plan-edit`) events into `controller.append(...)`.
 *
 * @example
 * class TeamPlanner extends LitElement {
 *   private sync = new RoomController(this, { url, room: 'bf-2026', token, user: { name: 'Li' } });
 *   render() {
 *     return this.sync.plan
 *       ? html`<campaign-checklist .plan=${this.sync.plan} .state=${this.sync.state}
 *           @task-status-change=${(e: TaskStatusChangeEvent) => this.sync.append([{ ...e.detail, at: new Date(), by: 'li' }])}></campaign-checklist>`
 *       : html`${this.sync.status}…`;
 *   }
 * }
 */
export class RoomController<E = StatusEvent, S = StatusState> {
  /** The open room, once joined. */
  room: Room<E, S> | undefined;
  /** Why joining failed, if it did. */
  error: Error | undefined;
  private unsubscribe: (() => void) | undefined;
  private opening: Promise<void> | undefined;

  constructor(
    private readonly host: RoomControllerHost,
    private readonly options: OpenRoomOptions<E, S>,
  ) {
    host.addController(this);
  }

  /** The current plan, or undefined before the room is joined. */
  get plan(): Plan | undefined {
    return this.room?.plan;
  }

  /** The current state, or undefined before the room is joined. */
  get state(): S | undefined {
    return this.room?.state;
  }

  /** `connecting` until joined, then the room's status (`refused` also when joining failed). */
  get status(): RoomStatus {
    return this.error ? 'refused' : (this.room?.status ?? 'connecting');
  }

  /** Who is in the room. */
  get online(): OnlineUser[] {
    return this.room?.online() ?? [];
  }

  /** Appends events to the room (see `Room.append`); throws before the room is joined. */
  append(events: readonly unknown[]): E[] {
    if (!this.room) throw new Error('the room is not joined yet');
    return this.room.append(events);
  }

  /** Resolves once the room is joined (or joining failed: see `error`). */
  get ready(): Promise<void> {
    return this.opening ?? Promise.resolve();
  }

  hostConnected(): void {
    if (this.opening) return;
    this.opening = openRoom(this.options).then(
      (room) => {
        this.room = room;
        this.unsubscribe = room.subscribe(() => this.host.requestUpdate());
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.error = e instanceof Error ? e : new Error(String(e));
        this.host.requestUpdate();
      },
    );
  }

  hostDisconnected(): void {
    const opening = this.opening;
    this.opening = undefined;
    void opening?.then(() => {
      this.unsubscribe?.();
      this.room?.close();
      this.room = undefined;
    });
  }
}
