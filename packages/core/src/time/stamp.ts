// iCalendar's compact date-time text (RFC 5545 §3.3.5): `YYYYMMDDTHHMMSS`, with `Z` for UTC. RRULE's UNTIL,
// the ICS export and templates all write it; one reader and one writer keep them agreeing.
import type { WallTime } from './wall-time.js';

/** A parsed stamp: a wall time, whether it ended in `Z` (UTC), and whether it had no time (a DATE). */
export interface Stamp {
  readonly wall: WallTime;
  readonly utc: boolean;
  readonly dateOnly: boolean;
}

const STAMP_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;
const p = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A wall time as a floating stamp, `YYYYMMDDTHHMMSS` (no zone: read in whatever zone the context names).
 *
 * @example
 * formatWallStamp({ year: 2026, month: 11, day: 12, hour: 23, minute: 59, second: 59 }) //=> '20261112T235959'
 */
export function formatWallStamp(w: WallTime): string {
  return `${p(w.year, 4)}${p(w.month)}${p(w.day)}T${p(w.hour)}${p(w.minute)}${p(w.second ?? 0)}`;
}

/**
 * An instant as a UTC stamp, `YYYYMMDDTHHMMSSZ` (milliseconds dropped: iCalendar counts whole seconds).
 *
 * @example
 * formatUtcStamp(new Date('2026-11-01T08:30:00.900Z')) //=> '20261101T083000Z'
 */
export function formatUtcStamp(instant: Date): string {
  const d = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  const wall = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
  return `${formatWallStamp(wall)}Z`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last of this one; setUTCFullYear keeps years below 100 as given.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * Reads `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`; `undefined` when the text is not one of them or
 * names no real day or time (Feb 30, 24:00). A date alone is 00:00 that day.
 *
 * @example
 * parseStamp('20261112T170000Z') //=> { wall: { year: 2026, month: 11, day: 12, hour: 17, minute: 0, second: 0 }, utc: true, dateOnly: false }
 * parseStamp('20260230') //=> undefined
 */
export function parseStamp(text: string): Stamp | undefined {
  const m = STAMP_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((s) => (s === undefined ? undefined : Number(s))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { wall: { year: year!, month: month!, day: day!, hour, minute, second }, utc: m[7] === 'Z', dateOnly: m[4] === undefined };
}

/**
 * The instant a UTC stamp names.
 *
 * @example
 * utcStampInstant(parseStamp('20261112T170000Z')!) //=> 2026-11-12T17:00:00.000Z
 */
export function utcStampInstant(stamp: Stamp): Date {
  const w = stamp.wall;
  const d = new Date(Date.UTC(2000, 0, 1, w.hour, w.minute, w.second ?? 0));
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d;
}
