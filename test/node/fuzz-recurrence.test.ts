// Fuzz (issue 11): generated RRULEs and plans either fail with a clear error and a path, or expand, report
// status and export with bounded work, counted in periods walked, occurrences and dependency waits (never
// wall time). fast-check replays a fixed seed in CI (test/setup/fast-check.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LA, PERIOD_BOUND, end, planInput, rule, start } from '../support/recurrence-arbitraries.js';
import { MAX_OCCURRENCES, formatPath, safeParsePlan, type Plan } from '@campaign-planner/core';
import { toCSV, toICS, toMarkdown } from '@campaign-planner/core/export';
import { backwardSchedule, createStatusState, indexPlan, nextActions, readiness } from '@campaign-planner/core/readiness';
import { expandWithin, recurrenceProblem } from '../../packages/core/src/time/recurrence.js';
import { nextActionsWaits } from '../../packages/core/src/readiness/next-actions.js';
import { runCli } from '../../packages/core/src/cli/run.js';
import { captureIO } from '../../packages/core/src/cli/__fixtures__/cli-io.js';
import { planFixture } from '../../packages/core/src/__fixtures__/plan.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const rrules = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l.startsWith('RRULE:'));
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

describe('campaign-planner status and export on hourly tasks that depend on each other', { timeout: 60_000 }, () => {
  it('finish with every occurrence (it took minutes and gigabytes)', async () => {
    const input = planFixture();
    const hourly = (id: string, dependsOn: string[]) => ({
      ...input.tasks[2],
      id,
      phase: 'warm-up',
      due: '2026-10-28T00:00:00-07:00',
      recurrence: 'FREQ=HOURLY',
      dependsOn,
    });
    input.tasks = [hourly('watch', []), hourly('react', ['watch'])];
    const file = join(mkdtempSync(join(tmpdir(), 'cp-hourly-')), 'plan.json');
    writeFileSync(file, JSON.stringify(input));
    const run = async (...argv: string[]) => {
      const io = captureIO();
      const code = await runCli(argv, io);
      return { code, out: io.out(), err: io.err() };
    };
    // Every wall-clock hour from Oct 28 00:00 to the campaign's closing instant, Nov 13 00:00 (01:00 on Nov 1 once).
    const hours = 16 * 24 + 1;
    const status = await run('status', file, '--now', '2026-10-30T12:00:00-07:00', '--format', 'json');
    expect(status.err).toBe('');
    expect(status.code).toBe(0);
    const csv = await run('export', file, '--format', 'csv', '--csv-rows', 'occurrence');
    expect(csv.code).toBe(0);
    expect(csv.out.trimEnd().split(/\r?\n/)).toHaveLength(2 * hours + 1);
    const ics = await run('export', file, '--format', 'ics');
    expect(ics.code).toBe(0);
    expect(ics.out.replace(/\r\n[ \t]/g, '').match(/^RRULE:.*$/gm)).toEqual(Array(2).fill('RRULE:FREQ=HOURLY;UNTIL=20261113T080000Z'));
  });
});
