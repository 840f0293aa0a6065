// The only module that talks to rrule. rrule reads and returns "UTC" Dates whose fields are meant as
// wall times (its floating convention); its own `tzid` converts through the machine's zone, which would
// make results depend on where the code runs. So: no tzid; wall times go in as UTC fields, come out as
// UTC fields, and are resolved in the platform zone here. No other module sees a floating Date.
import * as rruleModule from 'rrule';
import type { RRule as RRuleType, Options as RRuleOptions } from 'rrule';
import { parseRuleText, ruleBody, type RuleFrequency, type RuleText } from './rrule-text.js';
import { utcStampInstant } from './stamp.js';
import { resolveWallTime, toWallTime, type WallTime } from './wall-time.js';

// rrule ships UMD as `main` and no `exports` map: plain Node ESM sees `default.RRule`, bundlers see `RRule`.
// Member accesses straight on the namespace (never an alias of it) let a bundler keep only RRule and drop
// RRuleSet and rrulestr, which this module does not use.
const RRule = ((rruleModule as unknown as { RRule?: typeof RRuleType }).RRule ??
  (rruleModule as unknown as { default: { RRule: typeof RRuleType } }).default.RRule) as typeof RRuleType;
// rrule's index does not export the type of a built rule's options.
type ParsedOptions = RRuleType['options'];

/** Hard cap on occurrences expanded from one rule; `checkPlan` refuses a task whose rule has more in its campaign. */
export const MAX_OCCURRENCES = 5000;

const DAY = 86_400_000;
/**
 * How far past `until` expansion looks, in wall time: one day covers every zone offset; the exact cut is
 * then made on instants.
 */
export const EXPANSION_MARGIN_MS = DAY;
/** Without `until`, expansion stops ten years after the first occurrence. */
export const DEFAULT_HORIZON_MS = 3653 * DAY;

// The shortest length of one period of each frequency, so that a window holds at most window / length periods.
const PERIOD_MS: Readonly<Record<RuleFrequency, number>> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: DAY,
  WEEKLY: DAY, // the first step only reaches the next week start, which may be a day away
  MONTHLY: 28 * DAY,
  YEARLY: 365 * DAY,
};

function floating(w: WallTime): Date {
  const d = new Date(Date.UTC(2000, 0, 1, w.hour, w.minute, w.second ?? 0));
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d;
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

interface ParsedRule {
  readonly text: RuleText;
  readonly options: Partial<RRuleOptions>;
}

/** Checks the text part by part, then lets rrule read it; an `UNTIL` ending in `Z` becomes a wall time in `timeZone`. */
function parseRule(rule: string, timeZone: string): ParsedRule {
  const parsed = parseRuleText(rule);
  if (!parsed.ok) throw new Error(parsed.problem);
  const options = RRule.parseString(ruleBody(rule));
  const until = parsed.rule.until;
  if (until?.utc) options.until = floating(toWallTime(utcStampInstant(until), timeZone));
  return { text: parsed.rule, options };
}

/**
 * Checks an RRULE body; returns `undefined` when it is usable, or a sentence saying what is wrong with it
 * (see `parseRuleText` for the rules; frequencies finer than `FINEST_FREQUENCY` are refused).
 *
 * @example
 * recurrenceProblem('FREQ=DAILY;COUNT=3') //=> undefined
 * recurrenceProblem('FREQ=DAILY;INTERVAL=-1') //=> 'invalid RRULE "FREQ=DAILY;INTERVAL=-1": INTERVAL: expected a whole number of 1 or more, got "-1"'
 */
export function recurrenceProblem(rule: string, timeZone = 'UTC'): string | undefined {
  try {
    const { options } = parseRule(rule, timeZone);
    // Constructing the rule is rrule's own check of the combination.
    new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) });
    return undefined;
  } catch (e) {
    return `invalid RRULE "${rule}": ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Options for {@link expandRecurrence}. */
export interface ExpandOptions {
  /** Occurrences after this instant are not returned (default: {@link DEFAULT_HORIZON_MS} after `first`). */
  readonly until?: Date;
  /** At most this many occurrences (default and ceiling {@link MAX_OCCURRENCES}). */
  readonly limit?: number;
}

/** What {@link expandWithin} found, and how many of rrule's periods it walked to find it. */
export interface Expansion {
  readonly dates: Date[];
  /** Periods (hours, days, weeks, ... times INTERVAL) walked: bounded by the window, not by the rule. */
  readonly periods: number;
}

/**
 * rrule stops only at a match past UNTIL, at COUNT, or in the year 9999, so a rule matching nothing in the
 * window (Feb 30) would walk millennia. Its loop reads `options.interval` once per period to test for 0
 * (the even reads: setup is read 1, each period's test then its step follow), so options whose
 * `interval` reads 0 at that test once `budget` periods are walked end the loop there. The step never sees
 * 0, which would stall it. recurrence.test.ts pins this against the installed rrule.
 */
function withPeriodBudget(options: ParsedOptions, interval: number, budget: number, walked: { periods: number }): ParsedOptions {
  let reads = 0;
  return Object.create(options, {
    interval: {
      get() {
        reads++;
        if (reads % 2 !== 0) return interval;
        if (walked.periods >= budget) return 0;
        walked.periods++;
        return interval;
      },
    },
  }) as ParsedOptions;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * An HOURLY rule whose BYHOUR no step from the first hour can reach (INTERVAL=24;BYHOUR=5 from 09:00) never
 * matches, and rrule's step would search for the hour forever.
 */
function unreachableHours(text: RuleText, start: WallTime): boolean {
  if (text.freq !== 'HOURLY' || !text.byHour) return false;
  const g = gcd(text.interval % 24, 24);
  return !text.byHour.some((h) => (h - start.hour) % g === 0);
}

/**
 * The INTERVAL to step by: the rule's, or, when one step leaves the window, a shorter one that still does
 * (rrule would otherwise step a 10^15-day INTERVAL towards the year 9999 a month at a time). Only the first
 * period falls in the window either way, so the dates are the same; the step stays congruent mod 24 so an
 * HOURLY rule reaches the same hours.
 */
function windowInterval(text: RuleText, windowMs: number): number {
  const leaves = Math.ceil(windowMs / PERIOD_MS[text.freq]) + 2;
  return text.interval <= leaves ? text.interval : leaves + ((text.interval - leaves) % 24);
}

/**
 * {@link expandRecurrence} with any `limit` (a check asks for one more than the cap), also reporting the
 * periods walked. The work is bounded by the window `first .. until` (plus {@link EXPANSION_MARGIN_MS})
 * whatever the rule: a rule that never matches returns no dates after walking that window once.
 *
 * @throws Error when the rule is invalid (see {@link recurrenceProblem}).
 * @example
 * expandWithin('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', first, 'UTC', end, 10) //=> { dates: [], periods: 64 } over a 61-day window (plus the margin and two spare periods)
 */
export function expandWithin(rule: string, first: Date, timeZone: string, until: Date, limit: number): Expansion {
  const { text, options } = parseRule(rule, timeZone);
  const startWall = toWallTime(first, timeZone);
  if (unreachableHours(text, startWall) || limit <= 0) return { dates: [], periods: 0 };
  const rrule = new RRule({ ...options, dtstart: floating(startWall) });
  const untilFloating = new Date(floating(toWallTime(until, timeZone)).getTime() + EXPANSION_MARGIN_MS);
  const window = Math.max(0, untilFloating.getTime() - rrule.options.dtstart.getTime());
  const interval = windowInterval(text, window);
  const budget = Math.ceil(window / (PERIOD_MS[text.freq] * interval)) + 2;
  const walked = { periods: 0 };
  rrule.options = withPeriodBudget(rrule.options, interval, budget, walked);
  const dates: Date[] = [];
  rrule.all((date) => {
    if (date > untilFloating) return false;
    const instant = resolveWallTime(fromFloating(date), timeZone);
    if (instant > until) return false;
    // Wall times in a spring-forward gap move onto later ones (02:30 -> 03:30) and a repeated BYHOUR value
    // repeats a date: each instant is kept once, in order.
    const last = dates.at(-1);
    if (!last || instant > last) dates.push(instant);
    return dates.length < limit;
  });
  return { dates, periods: walked.periods };
}

/**
 * The occurrences of `rule` starting at `first`, each at the same wall-clock time in `timeZone`.
 * A "daily 09:00 Pacific" rule stays at 09:00 Pacific across a DST change; its UTC instant moves.
 * Wall times that do not exist or happen twice follow {@link resolveWallTime}'s rule. Expansion looks no
 * further than `until` (see {@link expandWithin}), so its cost is bounded whatever the rule.
 *
 * @throws Error when the rule is invalid (see {@link recurrenceProblem}).
 * @example
 * expandRecurrence('FREQ=DAILY;COUNT=2', new Date('2026-10-31T16:00:00Z'), 'America/Los_Angeles')
 * //=> [2026-10-31T16:00:00Z (09:00 PDT), 2026-11-01T17:00:00Z (09:00 PST)]
 */
export function expandRecurrence(rule: string, first: Date, timeZone: string, options: ExpandOptions = {}): Date[] {
  const until = options.until ?? new Date(first.getTime() + DEFAULT_HORIZON_MS);
  const limit = Math.min(options.limit ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  return expandWithin(rule, first, timeZone, until, limit).dates;
}
