// fast-check generators for RRULE text and plans, shared by the node and browser fuzz suites (issue 11).
import fc from 'fast-check';

export const LA = 'America/Los_Angeles';
export const START = '2026-10-28T00:00:00-07:00';
export const END = '2026-11-21T00:00:00-08:00';
export const start = new Date(START);
export const end = new Date(END);
export const HOUR = 3_600_000;
// Hourly is the finest frequency, so no rule walks more periods than the window (plus the one-day margin) has hours.
export const PERIOD_BOUND = Math.ceil((end.getTime() - start.getTime()) / HOUR) + 24 + 3;

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const ints = (min: number, max: number) => fc.integer({ min, max }).map(String);
const listOf = (arb: fc.Arbitrary<string>) => fc.array(arb, { minLength: 1, maxLength: 3 }).map((v) => v.join(','));
const weekday = pick('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

/** One part, valid or near the edges of validity (the values the audit found hanging or accepted). */
const part: fc.Arbitrary<string> = fc
  .oneof(
    fc.tuple(pick('INTERVAL'), fc.oneof(ints(-5, 30), pick('1.5', '0', ''))),
    fc.tuple(pick('COUNT'), fc.oneof(ints(-2, 40), pick('1.5'))),
    fc.tuple(pick('UNTIL'), pick('20261101', '20261105T120000', '20261110T170000Z', '20271231T235959Z', '20260230', '20261101T250000')),
    fc.tuple(pick('BYHOUR'), listOf(ints(-1, 25))),
    fc.tuple(pick('BYMINUTE'), listOf(ints(0, 61))),
    fc.tuple(pick('BYSECOND'), listOf(ints(0, 61))),
    fc.tuple(
      pick('BYDAY'),
      listOf(
        fc.oneof(
          weekday,
          fc.tuple(ints(-6, 6), weekday).map(([n, d]) => n + d),
          pick('XX'),
        ),
      ),
    ),
    fc.tuple(pick('BYMONTH'), listOf(ints(0, 13))),
    fc.tuple(pick('BYMONTHDAY'), listOf(ints(-32, 32))),
    fc.tuple(pick('BYYEARDAY'), listOf(ints(-367, 367))),
    fc.tuple(pick('BYWEEKNO'), listOf(ints(-54, 54))),
    fc.tuple(pick('BYSETPOS'), listOf(ints(-3, 3))),
    fc.tuple(pick('WKST'), fc.oneof(weekday, pick('XX'))),
    fc.tuple(pick('FREQ'), pick('DAILY', 'WEEKLY')),
  )
  .map(([name, value]) => `${name}=${value}`);

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/** A rule: FREQ (usually present) plus parts, sometimes lowercased or prefixed, sometimes plain junk. */
export const rule: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.option(fc.constantFrom(...FREQS), { freq: 8 }), fc.array(part, { maxLength: 4 }), fc.boolean(), fc.nat(9))
      .map(([freq, parts, prefix, noise]) => {
        const body = [...(freq ? [`FREQ=${freq}`] : []), ...parts].join(';');
        const text = (prefix ? 'RRULE:' : '') + body;
        return noise === 0 ? text.toLowerCase() : text;
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** `arb` once in `oneIn` cases, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>, oneIn: number) => fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/** Rules that usually pass: a campaign-grade FREQ with in-range parts (sparse ones included, Feb 30 among them). */
export const validRule: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    sometimes(fc.oneof(ints(1, 4), ints(5, 30)), 2),
    sometimes(
      fc.oneof(
        ints(1, 60).map((n) => `COUNT=${n}`),
        pick('UNTIL=20261105T120000', 'UNTIL=20261110T170000Z', 'UNTIL=20261101'),
      ),
      3,
    ),
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

const title = (en: string) => ({ en, 'zh-CN': en });

/** Plans over a fixed 24-day campaign with up to five tasks, rules from {@link rule}, dependencies backwards. */
export const planInput = fc
  .array(
    fc.record({
      hours: fc.integer({ min: -2, max: 24 * 24 + 2 }),
      rule: fc.option(fc.oneof({ weight: 8, arbitrary: validRule }, { weight: 1, arbitrary: rule }), { freq: 3 }),
      deps: fc.array(fc.nat(), { maxLength: 2 }),
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
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
