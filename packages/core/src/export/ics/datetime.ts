// Instants as RFC 5545 DATE-TIME values: local time with TZID, or UTC with `Z`.
import { zoneOffset } from '../../time/zone-offset.js';
import { toWallTime, type WallTime } from '../../time/wall-time.js';
import { formatUtcStamp } from '../../time/stamp.js';
import { wallMinuteText, wallStampIn } from '../../time/zone-stamp.js';
import { paramValue } from './text.js';

const HOUR = 3_600_000;

/**
 * An instant in UTC form, `YYYYMMDDTHHMMSSZ` (milliseconds dropped: iCalendar counts whole seconds).
 *
 * @example
 * formatIcsUtc(new Date('2026-11-01T08:30:00Z')) //=> '20261101T083000Z'
 */
export function formatIcsUtc(instant: Date): string {
  return formatUtcStamp(instant);
}

const sameWall = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && (a.second ?? 0) === (b.second ?? 0);

/** Whether clocks in `zone` show the wall time of `instant` twice (the hour repeated when DST ends). */
function isRepeated(instant: number, zone: string): boolean {
  // Fast path: no offset change within three hours either side, so no fold (folds last at most two hours).
  const offset = zoneOffset(zone, instant);
  if (zoneOffset(zone, instant - 3 * HOUR) === offset && zoneOffset(zone, instant + 3 * HOUR) === offset) return false;
  const wall = toWallTime(new Date(instant), zone);
  // Real folds are 30, 60 or 120 minutes long; 90 covers odd historical ones.
  return [30, 60, 90, 120].some((m) => [instant - m * 60_000, instant + m * 60_000].some((other) => sameWall(toWallTime(new Date(other), zone), wall)));
}

/**
 * A DATE-TIME property in `zone` (`DUE;TZID=America/Los_Angeles:20261021T235959`), or in UTC when a local
 * time would not name the instant unambiguously: in the hour repeated at the end of DST, RFC 5545 reads a
 * local time as the first pass but ical.js (and so Thunderbird) as the second, so 01:30 on Nov 1 in Los
 * Angeles, either pass, is written in UTC. `keepLocal` forces the local form, for the DTSTART of a series
 * whose occurrences must keep their wall time.
 *
 * @example
 * dateTimeProperty('DUE', new Date('2026-10-22T06:59:00Z'), 'America/Los_Angeles')
 * //=> 'DUE;TZID=America/Los_Angeles:20261021T235900'
 * dateTimeProperty('DUE', new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles') //=> 'DUE:20261101T093000Z'
 */
export function dateTimeProperty(name: string, instant: Date, zone: string, keepLocal = false): string {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  if (!keepLocal && isRepeated(seconds, zone)) return `${name}:${formatIcsUtc(instant)}`;
  return `${name};TZID=${zoneParam(zone)}:${wallStampIn(seconds, zone)}`;
}

// A calendar names a zone or two, tens of thousands of times: each is quoted once.
const zoneParams = new Map<string, string>();
function zoneParam(zone: string): string {
  let param = zoneParams.get(zone);
  if (param === undefined) {
    param = paramValue(zone);
    if (zoneParams.size > 100) zoneParams.clear();
    zoneParams.set(zone, param);
  }
  return param;
}

/**
 * The wall time of `instant` in `zone` as `yyyy-MM-dd HH:mm`, for descriptions: the same text as
 * `formatInZone` gives by default, without its pattern parser (it runs twice per task).
 *
 * @example
 * wallText(new Date('2026-11-11T07:59:00Z'), 'Asia/Shanghai') //=> '2026-11-11 15:59'
 */
export function wallText(instant: Date, zone: string): string {
  return wallMinuteText(instant.getTime(), zone);
}
