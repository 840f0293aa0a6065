// RRULE text (RFC 5545 §3.3.10) read part by part, before rrule sees it: rrule accepts lowercase, repeated
// and out-of-range parts, and a negative INTERVAL makes it walk backwards forever. Every rule a plan or a
// template holds passes here first, so expansion and the ICS export only ever meet rules calendars accept.
import { parseStamp, type Stamp } from './stamp.js';

/** Every RFC 5545 frequency, finest first. */
export const RULE_FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
/** An RFC 5545 frequency. */
export type RuleFrequency = (typeof RULE_FREQUENCIES)[number];

/**
 * The finest frequency a campaign task may repeat at. A campaign lasts weeks and people act on each
 * occurrence: an hourly check is the finest work anyone tracks, while a minutely rule over a month is
 * 43,000 items. `MINUTELY` and `SECONDLY` are refused with a sentence saying so.
 */
export const FINEST_FREQUENCY: RuleFrequency = 'HOURLY';

/** One `NAME=VALUE` part of a rule, as written. */
export interface RulePart {
  readonly name: string;
  readonly value: string;
}

/** A rule that passed {@link parseRuleText}: its parts as written, and the values expansion needs. */
export interface RuleText {
  readonly parts: readonly RulePart[];
  readonly freq: RuleFrequency;
  /** `INTERVAL`, 1 when absent. */
  readonly interval: number;
  readonly count?: number;
  readonly until?: Stamp;
  /** `BYHOUR` values, when given. */
  readonly byHour?: readonly number[];
}

/** The result of {@link parseRuleText}: the rule, or one sentence saying what is wrong. */
export type RuleTextResult = { readonly ok: true; readonly rule: RuleText } | { readonly ok: false; readonly problem: string };

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAY_NUM = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

type ValueCheck = (value: string) => string | undefined;

function wholeNumber(value: string): number | undefined {
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

const positive: ValueCheck = (v) => {
  const n = wholeNumber(v);
  return n !== undefined && n >= 1 ? undefined : `expected a whole number of 1 or more, got "${v}"`;
};

/** A comma-separated list whose items each pass `item` (which returns what it expected, or undefined). */
function list(item: (v: string) => boolean, expected: string): ValueCheck {
  return (value) => {
    const values = value.split(',');
    const bad = values.find((v) => !item(v));
    if (bad !== undefined) return `expected ${expected}, got "${bad}"`;
    // rrule would yield a date once per copy, and count each toward COUNT.
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    return twice === undefined ? undefined : `"${twice}" is listed twice`;
  };
}

const inRange = (min: number, max: number) => (v: string) => {
  const n = /^\d{1,3}$/.test(v) ? Number(v) : NaN;
  return n >= min && n <= max;
};
// ±1..max: RFC 5545 counts from the end with a minus sign and has no zero.
const signedRange = (max: number) => (v: string) => {
  const m = /^[+-]?(\d{1,3})$/.exec(v);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= max;
};
const weekdayNum = (v: string) => {
  const m = WEEKDAY_NUM.exec(v);
  if (!m) return false;
  if (m[2] === undefined) return m[1] === '';
  return Number(m[2]) >= 1 && Number(m[2]) <= 53;
};

const PARTS: Readonly<Record<string, ValueCheck>> = {
  FREQ: (v) => ((RULE_FREQUENCIES as readonly string[]).includes(v) ? undefined : `expected one of ${RULE_FREQUENCIES.join(', ')}, got "${v}"`),
  UNTIL: (v) => (parseStamp(v) ? undefined : `expected a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS (Z for UTC), got "${v}"`),
  COUNT: positive,
  INTERVAL: positive,
  BYSECOND: list(inRange(0, 60), 'seconds from 0 to 60'),
  BYMINUTE: list(inRange(0, 59), 'minutes from 0 to 59'),
  BYHOUR: list(inRange(0, 23), 'hours from 0 to 23'),
  BYDAY: list(weekdayNum, 'weekdays MO, TU, WE, TH, FR, SA, SU, optionally with an ordinal from 1 to 53 (2MO, -1FR)'),
  BYMONTHDAY: list(signedRange(31), 'days of the month from 1 to 31 or -31 to -1'),
  BYYEARDAY: list(signedRange(366), 'days of the year from 1 to 366 or -366 to -1'),
  BYWEEKNO: list(signedRange(53), 'week numbers from 1 to 53 or -53 to -1'),
  BYMONTH: list(inRange(1, 12), 'months from 1 to 12'),
  BYSETPOS: list(signedRange(366), 'positions from 1 to 366 or -366 to -1'),
  WKST: (v) => (WEEKDAYS.includes(v) ? undefined : `expected a weekday ${WEEKDAYS.join(', ')}, got "${v}"`),
};

/**
 * The rule's body: surrounding white space and an `RRULE:` prefix removed.
 *
 * @example
 * ruleBody(' RRULE:FREQ=DAILY;COUNT=3 ') //=> 'FREQ=DAILY;COUNT=3'
 */
export function ruleBody(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('RRULE:') ? trimmed.slice('RRULE:'.length) : trimmed;
}

/** Splits a body into parts without checking them (`FREQ=DAILY;COUNT=3` -> two parts). */
function splitParts(body: string): RulePart[] {
  return body.split(';').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? { name: part, value: '' } : { name: part.slice(0, eq), value: part.slice(eq + 1) };
  });
}

function partProblem(part: RulePart, seen: Set<string>): string | undefined {
  const { name, value } = part;
  if (name === '') return 'found an empty part: parts are NAME=VALUE separated by single semicolons';
  const upper = name.toUpperCase();
  if (upper === 'DTSTART' || upper === 'TZID') return `${upper} is not allowed: a task's due time starts the series, in the platform zone`;
  const check = Object.hasOwn(PARTS, upper) ? PARTS[upper] : undefined;
  if (!check) return `unknown part "${name}": expected ${Object.keys(PARTS).join(', ')}`;
  if (name !== upper || value !== value.toUpperCase())
    return `"${name}=${value}" must be written in uppercase ("${upper}=${value.toUpperCase()}"): calendar apps refuse lowercase rules`;
  if (seen.has(name)) return `${name} is given twice: each part may appear once`;
  seen.add(name);
  if (value === '') return `${name} has no value`;
  const problem = check(value);
  return problem && `${name}: ${problem}`;
}

/** Rules between parts (RFC 5545 §3.3.10), given parts that are each valid. */
function combinationProblem(byName: ReadonlyMap<string, string>): string | undefined {
  const freq = byName.get('FREQ');
  if (freq === undefined) return 'FREQ is missing: every rule needs one, e.g. FREQ=DAILY';
  if (RULE_FREQUENCIES.indexOf(freq as RuleFrequency) < RULE_FREQUENCIES.indexOf(FINEST_FREQUENCY))
    return `FREQ=${freq} is finer than a campaign task may repeat: use ${FINEST_FREQUENCY} or coarser`;
  if (byName.has('COUNT') && byName.has('UNTIL')) return 'COUNT and UNTIL cannot both be given: end the series by one of them';
  const ordinal = (byName.get('BYDAY') ?? '').split(',').some((d) => /\d/.test(d));
  if (ordinal && freq !== 'MONTHLY' && freq !== 'YEARLY') return `BYDAY with an ordinal (such as 2MO) needs FREQ=MONTHLY or YEARLY, not ${freq}`;
  if (ordinal && byName.has('BYWEEKNO')) return 'BYDAY with an ordinal cannot be combined with BYWEEKNO';
  if (byName.has('BYWEEKNO') && freq !== 'YEARLY') return `BYWEEKNO needs FREQ=YEARLY, not ${freq}`;
  if (byName.has('BYYEARDAY') && ['DAILY', 'WEEKLY', 'MONTHLY'].includes(freq)) return `BYYEARDAY cannot be used with FREQ=${freq}`;
  if (byName.has('BYMONTHDAY') && freq === 'WEEKLY') return 'BYMONTHDAY cannot be used with FREQ=WEEKLY';
  if (byName.has('BYSETPOS') && ![...byName.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS'))
    return 'BYSETPOS needs another BY part (such as BYDAY) to pick from';
  return undefined;
}

/**
 * Reads an RRULE body part by part: uppercase `NAME=VALUE` parts separated by `;`, each known and given
 * once, `FREQ` required and no finer than {@link FINEST_FREQUENCY}, numbers in their RFC 5545 ranges,
 * `COUNT` and `INTERVAL` whole numbers from 1, not both `COUNT` and `UNTIL`, no `DTSTART` or `TZID`.
 * An `RRULE:` prefix is allowed. Never throws.
 *
 * @example
 * parseRuleText('FREQ=DAILY;INTERVAL=2').ok //=> true
 * parseRuleText('FREQ=DAILY;INTERVAL=-1') //=> { ok: false, problem: 'INTERVAL: expected a whole number of 1 or more, got "-1"' }
 */
export function parseRuleText(text: string): RuleTextResult {
  const body = ruleBody(text);
  if (body === '') return { ok: false, problem: 'the rule is empty: expected parts such as FREQ=DAILY' };
  const parts = splitParts(body);
  const seen = new Set<string>();
  for (const part of parts) {
    const problem = partProblem(part, seen);
    if (problem) return { ok: false, problem };
  }
  const byName = new Map(parts.map((p) => [p.name, p.value] as const));
  const problem = combinationProblem(byName);
  if (problem) return { ok: false, problem };
  const number = (name: string) => (byName.has(name) ? Number(byName.get(name)) : undefined);
  const until = byName.get('UNTIL');
  const byHour = byName.get('BYHOUR');
  const rule: RuleText = {
    parts,
    freq: byName.get('FREQ') as RuleFrequency,
    interval: number('INTERVAL') ?? 1,
    ...(byName.has('COUNT') ? { count: number('COUNT')! } : {}),
    ...(until !== undefined ? { until: parseStamp(until)! } : {}),
    ...(byHour !== undefined ? { byHour: byHour.split(',').map(Number) } : {}),
  };
  return { ok: true, rule };
}

/**
 * Whether a rule ends by itself (has `COUNT` or `UNTIL`).
 *
 * @example
 * ruleHasEnd('FREQ=DAILY;COUNT=2') //=> true
 */
export function ruleHasEnd(text: string): boolean {
  return splitParts(ruleBody(text)).some((p) => p.name === 'COUNT' || p.name === 'UNTIL');
}

/**
 * The rule with its end replaced: `COUNT` and `UNTIL` dropped, `UNTIL=<until>` appended (a stamp, see
 * `formatUtcStamp` and `formatWallStamp`).
 *
 * @example
 * ruleEndingAt('RRULE:FREQ=DAILY;COUNT=9', '20261112T170000Z') //=> 'FREQ=DAILY;UNTIL=20261112T170000Z'
 */
export function ruleEndingAt(text: string, until: string): string {
  const kept = splitParts(ruleBody(text)).filter((p) => p.name !== 'COUNT' && p.name !== 'UNTIL');
  return [...kept.map((p) => `${p.name}=${p.value}`), `UNTIL=${until}`].join(';');
}
