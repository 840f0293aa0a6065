import { tzOffset } from '@date-fns/tz';

const HOUR = 3_600_000;
const MAX_ENTRIES = 200_000;
// zone -> UTC hour -> the zone's offset (minutes) through that whole hour, or NaN when it changes inside it.
const caches = new Map<string, Map<number, number>>();

/**
 * The offset of `timeZone` from UTC at `ms` (epoch milliseconds), in minutes (`-420` for PDT), as
 * `@date-fns/tz`'s `tzOffset` reads it from `Intl`. Memoised per zone and UTC hour: asking `Intl` costs a
 * few microseconds, and planning asks for the same few hours again and again (every occurrence of a
 * recurring task, every tick of a chart's axis). An hour whose two ends disagree holds a DST change and
 * is always asked afresh, so the cache never answers across a change.
 *
 * @throws RangeError when `timeZone` is not a zone this runtime knows.
 * @example
 * zoneOffset('America/Los_Angeles', Date.parse('2026-11-01T12:00:00Z')) //=> -480
 */
export function zoneOffset(timeZone: string, ms: number): number {
  let cache = caches.get(timeZone);
  if (!cache) caches.set(timeZone, (cache = new Map()));
  const hour = Math.floor(ms / HOUR);
  let offset = cache.get(hour);
  if (offset === undefined) {
    const start = tzOffset(timeZone, new Date(hour * HOUR));
    offset = start === tzOffset(timeZone, new Date(hour * HOUR + HOUR - 1)) ? start : NaN;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(hour, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const exact = tzOffset(timeZone, new Date(ms));
  if (Number.isNaN(exact)) throw new RangeError(`Invalid time zone "${timeZone}": expected an IANA name such as "America/Los_Angeles"`);
  return exact;
}

/**
 * A Date whose UTC fields are the wall time in `timeZone` at `ms`: the zone's clock, read with getUTC*.
 * Internal to time/: such a Date is not the instant itself.
 */
export function shifted(ms: number, timeZone: string): Date {
  return new Date(ms + zoneOffset(timeZone, ms) * 60_000);
}
