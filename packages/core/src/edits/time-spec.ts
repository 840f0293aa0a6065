import { z } from 'zod/mini';
import { parseWallTime, resolveWallTime, toWallTime } from '../time/wall-time.js';
import { instantSchema } from '../schemas/common.js';
import { timeZoneSchema } from '../schemas/time-zone.js';

const wallText = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$/, 'expected a wall time YYYY-MM-DD HH:mm'));

/**
 * A wall-clock reading in a named zone, e.g. `{ wall: '2026-11-02 23:59', zone: 'America/Los_Angeles' }`.
 * Kept as the person expressed it, so a move across a DST change keeps the clock reading, not the offset.
 */
export const wallInZoneSchema = z.strictObject({ wall: wallText, zone: timeZoneSchema });
/** A wall-clock reading in a named zone. */
export type WallInZone = z.infer<typeof wallInZoneSchema>;

/**
 * A shift of the current time by calendar days (and minutes) as read on the clocks of `zone`:
 * `{ days: 3, zone: 'America/Los_Angeles' }` moves 23:59 Pacific on Oct 30 to 23:59 Pacific on Nov 2,
 * whatever the offset did in between.
 */
export const wallShiftSchema = z.strictObject({
  days: z.int().check(z.gte(-3660), z.lte(3660)),
  minutes: z.optional(z.int().check(z.gte(-1440 * 366), z.lte(1440 * 366))),
  zone: timeZoneSchema,
});
/** A shift by calendar days and minutes in a zone. */
export type WallShift = z.infer<typeof wallShiftSchema>;

/**
 * Where a time goes: an instant (ISO 8601 with offset, or a `Date`), a wall time in a zone, or a shift of the
 * current value in a zone.
 */
export const timeSpecSchema = z.union([instantSchema, wallInZoneSchema, wallShiftSchema]);
/** A time as an edit gives it (parsed). */
export type TimeSpec = z.infer<typeof timeSpecSchema>;
/** A time as an edit gives it (before parsing). */
export type TimeSpecInput = z.input<typeof timeSpecSchema>;

/** Milliseconds of the clock reading of `instant` in `zone`, read as if it were UTC (for wall arithmetic). */
export function wallMs(instant: Date, zone: string): number {
  const w = toWallTime(instant, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
}

/**
 * The instant whose clock reading in `zone` is `instant`'s reading moved by `deltaMs` (days as 86,400,000):
 * a day later at the same wall time, whatever the offset did. Readings in a DST gap move forward by the gap.
 *
 * @example
 * shiftWall(new Date('2026-10-31T06:59:00Z'), 'America/Los_Angeles', 3 * 86_400_000).toISOString()
 * //=> '2026-11-03T07:59:00.000Z' (23:59 Pacific on Nov 2)
 */
export function shiftWall(instant: Date, zone: string, deltaMs: number): Date {
  const d = new Date(wallMs(instant, zone) + deltaMs);
  return resolveWallTime(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    zone,
  );
}

/** A resolved time: the instant, and the zone it was expressed in when it was a wall time or a shift. */
export interface ResolvedTime {
  readonly at: Date;
  readonly zone?: string;
}

/**
 * Resolves a time spec against the current value (needed by a shift). Returns a message instead when the
 * wall time does not exist on any calendar (Feb 30) or a shift has nothing to shift.
 *
 * @example
 * resolveTimeSpec({ wall: '2026-11-02 23:59', zone: 'America/Los_Angeles' }, undefined)
 * //=> { at: 2026-11-03T07:59:00.000Z, zone: 'America/Los_Angeles' }
 */
export function resolveTimeSpec(spec: TimeSpec, current: Date | undefined): ResolvedTime | string {
  if (spec instanceof Date) return { at: spec };
  if ('wall' in spec) {
    try {
      return { at: resolveWallTime(parseWallTime(spec.wall), spec.zone), zone: spec.zone };
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!current) return 'expected a time to shift: this value is not set, give an instant or a wall time';
  return { at: shiftWall(current, spec.zone, spec.days * 86_400_000 + (spec.minutes ?? 0) * 60_000), zone: spec.zone };
}
