/** Who someone is, as shown to the others in the room. */
export interface RoomUser {
  readonly name: string;
  /** A CSS color for their marker; derived from the name when not given. */
  readonly color?: string;
}

/** One person (one open page or client) in the room, from the room's awareness. */
export interface OnlineUser {
  /** The Yjs client id of their connection (one person may have several). */
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  /** The task they have open, if any. */
  readonly taskId: string | null;
  /** True for this client. */
  readonly self: boolean;
}

/**
 * A stable color for a name (same name, same color on every page).
 *
 * @example
 * colorFor('li') === colorFor('li') //=> true
 */
export function colorFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return `hsl(${h} 65% 42%)`;
}

/**
 * The people in the room from awareness states, those without a user left out, sorted by name then id.
 *
 * @example
 * onlineUsers(provider.awareness.getStates(), doc.clientID)
 */
export function onlineUsers(states: ReadonlyMap<number, Record<string, unknown>>, selfId: number): OnlineUser[] {
  const out: OnlineUser[] = [];
  for (const [clientId, state] of states) {
    const user = state.user as Partial<RoomUser> | undefined;
    if (!user || typeof user.name !== 'string') continue;
    const taskId = typeof state.taskId === 'string' ? state.taskId : null;
    const color = typeof user.color === 'string' ? user.color : colorFor(user.name);
    out.push({ clientId, name: user.name, color, taskId, self: clientId === selfId });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.clientId - b.clientId));
}
