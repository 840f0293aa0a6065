// A campaign log kept elsewhere (a team-sync room) as the core sees it: plain data and an append. The sync
// package implements it; the core CLI reads and appends through it. Declared here, once, so the two cannot
// drift apart, and with no sync engine type in it.
import type { Plan } from '../schemas/plan.js';
import type { LogEvent } from './log-event.js';

/**
 * Where a remote campaign is: a sync server, a room on it, and who connects.
 *
 * @example
 * const options: RemoteCampaignOptions = { server: 'ws://127.0.0.1:1234', room: 'bf', token, timeoutMs: 10_000, user: 'li' };
 */
export interface RemoteCampaignOptions {
  /** The sync server, `ws://host:port`. */
  readonly server: string;
  readonly room: string;
  readonly token: string;
  /** How long to wait for the room, and then for the server to acknowledge an append, in ms. */
  readonly timeoutMs: number;
  /** Who is connecting, shown to the others in the room. */
  readonly user: string;
}

/**
 * A room's campaign as plain data, and a way to add to it (what `openRemoteCampaign` of
 * `@campaign-planner/sync/cli` returns).
 *
 * @example
 * const { plan, state } = foldLog(remote.basePlan, remote.events);
 * await remote.append(event);
 * remote.close();
 */
export interface RemoteCampaign {
  /** The room's base plan (as pushed; edits in the log change the plan the fold gives). */
  readonly basePlan: Plan;
  /** Every event of the room, in the room's order. */
  readonly events: readonly LogEvent[];
  /** What the room's log holds: status events only, or the whole campaign log (edits and metrics too). */
  readonly logModel: 'status' | 'campaign';
  /** `viewer` tokens read only. */
  readonly role: 'editor' | 'viewer';
  /** Appends one event and resolves once the server has stored it; rejects with its reason when refused. */
  append(event: LogEvent): Promise<void>;
  /** Leaves the room. */
  close(): void;
}
