// Changes of a zone's UTC offset, found from the runtime's zone data (Intl, through @date-fns/tz), never from
// offsets typed by hand: when a government moves its DST dates, updating Node updates every consumer.
import { tzName } from '@date-fns/tz';
import { zoneOffset } from './zone-offset.js';

/** A change of a zone's UTC offset. Offsets are minutes east of UTC (Los Angeles in summer: -420). */
export interface ZoneTransition {
  /** The instant the new offset starts. */
  readonly at: Date;
  readonly offsetFrom: number;
  readonly offsetTo: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The first minute in `(lo, hi]` at which the offset differs from the one at `lo` (offset at `hi` differs). */
function bisect(zone: string, lo: number, hi: number): number {
  const before = zoneOffset(zone, lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (zoneOffset(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Every change of `zone`'s UTC offset in `[start, end)`, to the minute. The zone is sampled daily (no zone
 * changes its offset twice within a day) and each change is then found by bisection.
 *
 * @example
 * zoneTransitions('America/Los_Angeles', new Date('2026-01-01Z'), new Date('2027-01-01Z'))
 * //=> [{ at: 2026-03-08T10:00Z, offsetFrom: -480, offsetTo: -420 }, { at: 2026-11-01T09:00Z, offsetFrom: -420, offsetTo: -480 }]
 */
export function zoneTransitions(zone: string, start: Date, end: Date): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let t = start.getTime();
  let offset = zoneOffset(zone, start.getTime());
  while (t < end.getTime()) {
    const next = Math.min(t + DAY, end.getTime());
    const nextOffset = zoneOffset(zone, next);
    if (nextOffset !== offset) {
      const at = bisect(zone, t, next);
      out.push({ at: new Date(at), offsetFrom: offset, offsetTo: zoneOffset(zone, at) });
    }
    t = next;
    offset = nextOffset;
  }
  return out;
}

/**
 * The zone's short name at `at` as the zone database gives it (`PDT`, `PST`, `GMT+8`).
 *
 * @example
 * zoneAbbreviation('America/Los_Angeles', new Date('2026-07-01Z')) //=> 'PDT'
 */
export function zoneAbbreviation(zone: string, at: Date): string {
  return tzName(zone, at, 'short');
}
