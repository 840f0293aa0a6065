// A VTIMEZONE generated from the runtime's zone data (through time/zone-transitions), never from offsets
// typed by hand: when a government moves its DST dates, updating Node updates the calendar.
import { zoneOffset } from '../../time/zone-offset.js';
import { zoneAbbreviation, zoneTransitions } from '../../time/zone-transitions.js';
import { formatWallStamp } from '../../time/stamp.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** `-420` -> `-0700` (RFC 5545 UTC-OFFSET). */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall time `offsetMinutes` from UTC at `instant`, as an RFC 5545 local DATE-TIME. */
function localStamp(instant: number, offsetMinutes: number): string {
  // The shifted instant's UTC fields are the local wall time.
  const d = new Date(instant + offsetMinutes * MINUTE);
  return formatWallStamp({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  });
}

function observance(zone: string, at: number, from: number, to: number, daylight: boolean): string[] {
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    // DTSTART is the local time just before the change, read in the old offset (RFC 5545 §3.6.5).
    `DTSTART:${localStamp(at, from)}`,
    `TZOFFSETFROM:${formatUtcOffset(from)}`,
    `TZOFFSETTO:${formatUtcOffset(to)}`,
    `TZNAME:${zoneAbbreviation(zone, new Date(at))}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE component of `zone` covering the calendar years `fromYear`..`toYear`: the observance in
 * force on January 1 of `fromYear` and one STANDARD or DAYLIGHT observance per offset change in those
 * years, each with its exact local start. A change to a larger offset is DAYLIGHT, to a smaller one STANDARD.
 *
 * @example
 * vtimezoneLines('America/Los_Angeles', 2026, 2026)
 * //=> ['BEGIN:VTIMEZONE', 'TZID:America/Los_Angeles', 'BEGIN:STANDARD', 'DTSTART:20251102T020000', …,
 * //    'BEGIN:DAYLIGHT', 'DTSTART:20260308T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'TZNAME:PDT', …, 'END:VTIMEZONE']
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const rangeStart = Date.UTC(fromYear, 0, 1);
  // A day of margin on each side: the years are wall-clock years, the scan is in UTC.
  const scanStart = new Date(Date.UTC(fromYear - 1, 0, 1));
  const scanEnd = new Date(Date.UTC(toYear + 1, 0, 2));
  const all = zoneTransitions(zone, scanStart, scanEnd);
  const prior = all.filter((c) => c.at.getTime() < rangeStart - DAY).at(-1);
  const inRange = all.filter((c) => c.at.getTime() >= rangeStart - DAY);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (prior) {
    lines.push(...observance(zone, prior.at.getTime(), prior.offsetFrom, prior.offsetTo, prior.offsetTo > prior.offsetFrom));
  } else {
    // No change in the year before: one observance from the scan start, same offset on both sides.
    const offset = zoneOffset(zone, scanStart.getTime());
    lines.push(...observance(zone, scanStart.getTime(), offset, offset, false));
  }
  for (const c of inRange) lines.push(...observance(zone, c.at.getTime(), c.offsetFrom, c.offsetTo, c.offsetTo > c.offsetFrom));
  lines.push('END:VTIMEZONE');
  return lines;
}
