import type { Issue, Plan } from '@campaign-planner/core';
import { createStatusState, safeParseStatusEvent, serializeStatusEvent, type StatusEvent, type StatusState } from '@campaign-planner/core/readiness';

/** A JSON value as stored in the room's log (what `JSON.parse` gives). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The result of {@link LogModel.parse}: the typed event, or every problem with its path. */
export type ParseEntryResult<E> = { success: true; event: E } | { success: false; issues: Issue[] };

/**
 * What a room's log holds and what it means: the one pluggable piece between the room and the core.
 * The room stores plain JSON entries; `parse` validates one against the base plan (client and server
 * alike), `serialize` turns an event back into JSON, `fold` derives the current plan and state.
 * Status events today ({@link statusLogModel}); plan edits and metrics plug in the same way.
 *
 * @example
 * const room = await openRoom({ url, room: 'bf-2026', token, model: statusLogModel });
 */
export interface LogModel<E, S> {
  /** A name stored in the room, so a client with another model refuses to mix logs. */
  readonly name: string;
  /**
   * Validates one stored entry against the room's base plan: what every reader accepts. Must not throw.
   * An entry that fails here is refused by the server and skipped (and listed) by readers.
   */
  parse(plan: Plan, entry: unknown): ParseEntryResult<E>;
  /**
   * Optional checks of a new event against the current plan (after the log's edits), run by `append` and
   * by the server before storing. Readers never re-run them: an event that stops applying after a merge
   * stays in the log and the fold reports it.
   */
  admit?(current: Plan, event: E): Issue[];
  /** The event as the JSON entry stored in the log (instants as ISO strings). */
  serialize(event: E): Json;
  /** The current plan and state after `events` (in log order; the fold must not depend on that order). */
  fold(plan: Plan, events: readonly E[]): { plan: Plan; state: S };
}

/**
 * The log of status events (`@campaign-planner/core/readiness`): the plan never changes, the state is
 * `createStatusState(plan, events)`.
 *
 * @example
 * const { state } = statusLogModel.fold(plan, events);
 * statusOf(state, 'register') //=> 'done'
 */
export const statusLogModel: LogModel<StatusEvent, StatusState> = {
  name: 'status',
  parse: (plan, entry) => safeParseStatusEvent(plan, entry),
  serialize: (event) => JSON.parse(serializeStatusEvent(event)) as Json,
  fold: (plan, events) => ({ plan, state: createStatusState(plan, events) }),
};
