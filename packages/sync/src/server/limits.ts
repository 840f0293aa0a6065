/**
 * What one room and one client may do. Every limit is checked by the server before an update reaches the
 * room; a message over a limit is refused and the client told why.
 */
export interface SyncLimits {
  /** Largest WebSocket message in bytes (default 4 MiB). Larger messages are refused unread. */
  readonly maxMessageBytes: number;
  /** Log entries one connection may add per minute (default 1,200); the update creating a room is exempt. */
  readonly maxEventsPerMinute: number;
  /** Log entries a room may hold (default 100,000). */
  readonly maxRoomEvents: number;
  /** Size of the room's base plan as JSON text, in bytes (default 3 MiB, some 10,000 tasks; it travels in one message). */
  readonly maxPlanBytes: number;
}

/** The default {@link SyncLimits}. */
export const DEFAULT_LIMITS: SyncLimits = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxEventsPerMinute: 1200,
  maxRoomEvents: 100_000,
  maxPlanBytes: 3 * 1024 * 1024,
};

/**
 * The defaults with `given` on top; throws a RangeError naming the first limit that is not a positive integer.
 *
 * @example
 * resolveLimits({ maxEventsPerMinute: 60 }).maxMessageBytes //=> 4194304
 */
export function resolveLimits(given: Partial<SyncLimits> = {}): SyncLimits {
  const limits = { ...DEFAULT_LIMITS, ...given };
  for (const [key, value] of Object.entries(limits))
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`limits.${key}: expected a positive integer, got ${String(value)}`);
  return limits;
}
