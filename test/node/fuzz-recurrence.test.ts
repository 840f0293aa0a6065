// Fuzz (issue 11): generated RRULEs and plans either fail with a clear error and a path, or expand, report
// status and export with bounded work, counted in periods walked, occurrences and dependency waits (never
// wall time). fast-check replays a fixed seed in CI (test/setup/fast-check.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_OCCURRENCES, formatPath, safeParsePlan, type Plan } from '@campaign-planner/core';
import { toCSV, toICS, toMarkdown } from '@campaign-planner/core/export';
import { backwardSchedule, createStatusState, indexPlan, nextActions, readiness } from '@campaign-planner/core/readiness';
import { expandWithin, recurrenceProblem } from '../../packages/core/src/time/recurrence.js';
import { nextActionsWaits } from '../../packages/core/src/readiness/next-actions.js';
import { runCli } from '../../packages/core/src/cli/run.js';
import { captureIO } from '../../packages/core/src/__fixtures__/cli-io.js';
import { planFixture } from '../../packages/core/src/__fixtures__/plan.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LA = 'America/Los_Angeles';
const START = '2026-10-28T00:00:00-07:00';
const END = '2026-11-21T00:00:00-08:00';
const start = new Date(START);
const end = new Date(END);
const HOUR = 3_600_000;
// Hourly is the finest frequency, so no rule walks more periods than the window (plus the one-day margin) has hours.
const PERIOD_BOUND = Math.ceil((end.getTime() - start.getTime()) / HOUR) + 24 + 3;

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const ints = (min: number, max: number) => fc.integer({ min, max }).map(String);
const listOf = (arb: fc.Arbitrary<string>) => fc.array(arb, { minLength: 1, maxLength: 3 }).map((v) => v.join(','));
const weekday = pick('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

/** One part, valid or near the edges of validity (the values the audit found hanging or accepted). */
const part: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick('INTERVAL'), fc.oneof(ints(-5, 30), pick('1.5', '0', ''))),
  fc.tuple(pick('COUNT'), fc.oneof(ints(-2, 40), pick('1.5'))),
  fc.tuple(pick('UNTIL'), pick('20261101', '20261105T120000', '20261110T170000Z', '20271231T235959Z', '20260230', '20261101T250000')),
  fc.tuple(pick('BYHOUR'), listOf(ints(-1, 25))),
  fc.tuple(pick('BYMINUTE'), listOf(ints(0, 61))),
  fc.tuple(pick('BYSECOND'), listOf(ints(0, 61))),
  fc.tuple(pick('BYDAY'), listOf(fc.oneof(weekday, fc.tuple(ints(-6, 6), weekday).map(([n, d]) => n + d), pick('XX')))),
  fc.tuple(pick('BYMONTH'), listOf(ints(0, 13))),
  fc.tuple(pick('BYMONTHDAY'), listOf(ints(-32, 32))),
  fc.tuple(pick('BYYEARDAY'), listOf(ints(-367, 367))),
  fc.tuple(pick('BYWEEKNO'), listOf(ints(-54, 54))),
  fc.tuple(pick('BYSETPOS'), listOf(ints(-3, 3))),
  fc.tuple(pick('WKST'), fc.oneof(weekday, pick('XX'))),
  fc.tuple(pick('FREQ'), pick('DAILY', 'WEEKLY')),
).map(([name, value]) => `${name}=${value}`);

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/** A rule: FREQ (usually present) plus parts, sometimes lowercased or prefixed, sometimes plain junk. */
const rule: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc
    .tuple(fc.option(fc.constantFrom(...FREQS), { freq: 8 }), fc.array(part, { maxLength: 4 }), fc.boolean(), fc.nat(9))
    .map(([freq, parts, prefix, noise]) => {
      const body = [...(freq ? [`FREQ=${freq}`] : []), ...parts].join(';');
      const text = (prefix ? 'RRULE:' : '') + body;
      return noise === 0 ? text.toLowerCase() : text;
    }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** `arb` once in `oneIn` cases, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>, oneIn: number) => fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/** Rules that usually pass: a campaign-grade FREQ with in-range parts (sparse ones included, Feb 30 among them). */
const validRule: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    sometimes(fc.oneof(ints(1, 4), ints(5, 30)), 2),
    sometimes(fc.oneof(ints(1, 60).map((n) => `COUNT=${n}`), pick('UNTIL=20261105T120000', 'UNTIL=20261110T170000Z', 'UNTIL=20261101')), 3),
    sometimes(listOf(ints(0, 23)), 3),
    sometimes(listOf(weekday), 3),
    sometimes(fc.tuple(listOf(ints(1, 12)), listOf(ints(1, 31))), 8),
  )
  .map(([freq, interval, end, hours, days, monthDays]) =>
    [
      `FREQ=${freq}`,
      interval && `INTERVAL=${interval}`,
      end,
      hours && `BYHOUR=${hours}`,
      days && `BYDAY=${days}`,
      monthDays && freq !== 'WEEKLY' && `BYMONTH=${monthDays[0]};BYMONTHDAY=${monthDays[1]}`,
    ]
      .filter(Boolean)
      .join(';'),
  );

// Generous limits (no timing is asserted): the machine is shared and each run walks thousands of occurrences.
describe('fuzz: RRULE text', { timeout: 60_000 }, () => {
  it('is refused with a sentence, or expands within the window walking a bounded number of periods', () => {
    const due = new Date('2026-11-01T09:30:00-08:00');
    fc.assert(
      fc.property(rule, (text) => {
        const problem = recurrenceProblem(text, LA);
        if (problem !== undefined) {
          expect(problem).toMatch(/^invalid RRULE ".*": \S/s);
          expect(problem).not.toMatch(/TypeError|undefined is not|Cannot read|RangeError|at Object\./);
          return;
        }
        const { dates, periods } = expandWithin(text, due, LA, end, MAX_OCCURRENCES + 1);
        expect(periods).toBeLessThanOrEqual(PERIOD_BOUND);
        for (let i = 0; i < dates.length; i++) {
          expect(dates[i]!.getTime()).toBeGreaterThanOrEqual(due.getTime());
          expect(dates[i]!.getTime()).toBeLessThanOrEqual(end.getTime());
          if (i > 0) expect(dates[i]!.getTime()).toBeGreaterThan(dates[i - 1]!.getTime());
        }
      }),
      { numRuns: 400 },
    );
  });
});

const title = (en: string) => ({ en, 'zh-CN': en });

/** Plans over a fixed 24-day campaign with up to five tasks, rules from {@link rule}, dependencies backwards. */
const planInput = fc
  .array(fc.record({ hours: fc.integer({ min: -2, max: 24 * 24 + 2 }), rule: fc.option(fc.oneof({ weight: 8, arbitrary: validRule }, { weight: 1, arbitrary: rule }), { freq: 3 }), deps: fc.array(fc.nat(), { maxLength: 2 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((specs) => ({
    version: 1,
    id: 'fuzz',
    name: title('Fuzz'),
    platform: 'aliexpress',
    platformTimeZone: LA,
    teamTimeZone: 'Asia/Shanghai',
    phases: [
      { id: 'warm-up', label: title('Warm-up'), start: START, end: '2026-11-11T00:00:00-08:00' },
      { id: 'peak', label: title('Peak'), start: '2026-11-11T00:00:00-08:00', end: END },
    ],
    tasks: specs.map((s, i) => ({
      id: `t${i}`,
      title: title(`Task ${i}`),
      phase: 'warm-up',
      workstream: 'operations',
      due: new Date(start.getTime() + s.hours * HOUR).toISOString(),
      ...(s.rule !== null ? { recurrence: s.rule } : {}),
      dependsOn: i === 0 ? [] : [...new Set(s.deps.map((d) => `t${d % i}`))],
    })),
  }));

/** Status, every export, and the counts that bound their work. */
function runEverything(plan: Plan): void {
  const index = indexPlan(plan);
  expect(index.items.length).toBeLessThanOrEqual(plan.tasks.length * MAX_OCCURRENCES);
  const state = createStatusState(plan);
  const deps = plan.tasks.reduce((n, t) => n + t.dependsOn.length, 0);
  expect(nextActionsWaits(plan, state)).toBeLessThanOrEqual(index.items.length * Math.max(1, deps));
  expect(nextActions(plan, state, start)).toHaveLength(index.items.length);
  readiness(plan, state, start);
  backwardSchedule(plan);
  const csv = toCSV(plan, { rows: 'occurrence' });
  expect(csv.trimEnd().split('\r\n')).toHaveLength(index.items.length + 1);
  toMarkdown(plan);
  const ics = toICS(plan, { dtstamp: start });
  const rrules = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l.startsWith('RRULE:'));
  expect(rrules).toHaveLength(plan.tasks.filter((t) => t.recurrence).length);
  for (const line of rrules) {
    // Every series ends, in UTC, no later than the campaign.
    const until = /;UNTIL=(\d{8}T\d{6}Z)$/.exec(line);
    expect(until, line).not.toBeNull();
    expect(line).not.toMatch(/COUNT=/);
    expect(until![1]! <= '20261121T080000Z').toBe(true);
  }
}

describe('fuzz: plans', { timeout: 60_000 }, () => {
  it('fail with a path and a sentence, or give status and every export with bounded work', () => {
    let accepted = 0;
    let recurring = 0;
    fc.assert(
      fc.property(planInput, (input) => {
        const result = safeParsePlan(input);
        if (!result.success) {
          if (process.env.FUZZ_DEBUG) console.log(result.issues.map((i) => `${i.code} ${i.message.slice(0, 90)}`).join('\n'));
          for (const issue of result.issues) {
            expect(issue.path.length, issue.message).toBeGreaterThan(0);
            expect(formatPath(issue.path)).not.toBe('(root)');
            expect(issue.message).toMatch(/\S/);
          }
          return;
        }
        accepted++;
        recurring += result.plan.tasks.filter((t) => t.recurrence).length;
        runEverything(result.plan);
      }),
      { numRuns: 150 },
    );
    // The generator must reach the expensive path often enough to mean something.
    expect(accepted).toBeGreaterThan(30);
    expect(recurring).toBeGreaterThan(20);
  });
});

/** The fixture plan with task 2 (a daily peak check) given `rule`. */
function withRule(rule: string) {
  const input = planFixture();
  input.tasks[2].recurrence = rule;
  return input;
}

describe('campaign-planner check on rules that used to hang', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-rrule-'));

  it.each([
    ['FREQ=DAILY;INTERVAL=-1', /tasks\[2\]\.recurrence: invalid RRULE .*INTERVAL/],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', /tasks\[2\]\.recurrence: the rule .* yields no occurrence in the campaign/],
    ['FREQ=DAILY;BYDAY=XX', /tasks\[2\]\.recurrence: invalid RRULE .*BYDAY/],
  ])('%s: exit 1 with the path', async (rule, message) => {
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(withRule(rule)));
    const io = captureIO();
    expect(await runCli(['check', file], io)).toBe(1);
    expect(io.err() + io.out()).toMatch(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
