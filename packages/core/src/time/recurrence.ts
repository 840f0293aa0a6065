// The only module that talks to rrule. rrule reads and returns "UTC" Dates whose fields are meant as
// wall times (its floating convention); its own `tzid` converts through the machine's zone, which would
// make results depend on where the code runs. So: no tzid; wall times go in as UTC fields, come out as
// UTC fields, and are resolved in the platform zone here. No other module sees a floating Date.
import * as rruleModule from 'rrule';
import type { RRule as RRuleType, Options as RRuleOptions } from 'rrule';
import { resolveWallTime, toWallTime, type WallTime } from './wall-time.js';

// rrule ships UMD as `main` and no `exports` map: plain Node ESM sees `default.RRule`, bundlers see `RRule`.
const mod = rruleModule as unknown as { RRule?: typeof RRuleType; default?: { RRule: typeof RRuleType } };
const RRule = (mod.RRule ?? mod.default!.RRule) as typeof RRuleType;

/** Hard cap on occurrences expanded from one rule, so an unbounded rule cannot hang a caller. */
export const MAX_OCCURRENCES = 5000;

const FORBIDDEN = /(^|;)\s*(DTSTART|TZID)\s*[=:]/i;

function floating(w: WallTime): Date {
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0));
}

function fromFloating(d: Date): WallTime {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Parses the RRULE body; an `UNTIL` ending in `Z` is a UTC instant and becomes a wall time in `timeZone`. */
function parseRule(rule: string, timeZone: string): Partial<RRuleOptions> {
  const body = rule.trim().replace(/^RRULE:/i, '');
  if (FORBIDDEN.test(body)) throw new Error('DTSTART and TZID are not allowed: a task\'s due time starts the series in the platform zone');
  if (!/(^|;)FREQ=/i.test(body)) throw new Error('FREQ is missing');
  const options = RRule.parseString(body);
  const untilUtc = /(^|;)UNTIL=\d{8}T\d{6}Z/i.test(body);
  if (options.until && untilUtc) options.until = floating(toWallTime(options.until, timeZone));
  return options;
}

/**
 * Checks an RRULE body; returns `undefined` when it is usable, or the reason it is not.
 *
 * @example
 * recurrenceProblem('FREQ=DAILY;COUNT=3') //=> undefined
 * recurrenceProblem('FREQ=SOMETIMES') //=> 'Invalid RRULE: ...'
 */
export function recurrenceProblem(rule: string, timeZone = 'UTC'): string | undefined {
  try {
    const options = parseRule(rule, timeZone);
    // Constructing the rule validates the combination of parts.
    new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) });
    return undefined;
  } catch (e) {
    return `Invalid RRULE "${rule}": ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Options for {@link expandRecurrence}. */
export interface ExpandOptions {
  /** Occurrences after this instant are not returned. */
  readonly until?: Date;
  /** At most this many occurrences (default and ceiling {@link MAX_OCCURRENCES}). */
  readonly limit?: number;
}

/**
 * The occurrences of `rule` starting at `first`, each at the same wall-clock time in `timeZone`.
 * A "daily 09:00 Pacific" rule stays at 09:00 Pacific across a DST change; its UTC instant moves.
 * Wall times that do not exist or happen twice follow {@link resolveWallTime}'s rule.
 *
 * @throws Error when the rule is invalid (see {@link recurrenceProblem}).
 * @example
 * expandRecurrence('FREQ=DAILY;COUNT=2', new Date('2026-10-31T16:00:00Z'), 'America/Los_Angeles')
 * //=> [2026-10-31T16:00:00Z (09:00 PDT), 2026-11-01T17:00:00Z (09:00 PST)]
 */
export function expandRecurrence(rule: string, first: Date, timeZone: string, options: ExpandOptions = {}): Date[] {
  const parsed = parseRule(rule, timeZone);
  const rrule = new RRule({ ...parsed, dtstart: floating(toWallTime(first, timeZone)) });
  const limit = Math.min(options.limit ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  // A wall-time bound a day beyond `until` covers every zone offset; the exact cut is made on instants below.
  const untilFloating = options.until
    ? new Date(floating(toWallTime(options.until, timeZone)).getTime() + 86_400_000)
    : undefined;
  const out: Date[] = [];
  rrule.all((date, i) => {
    if (untilFloating && date > untilFloating) return false;
    const instant = resolveWallTime(fromFloating(date), timeZone);
    if (options.until && instant > options.until) return false;
    out.push(instant);
    return i + 1 < limit;
  });
  return out;
}
