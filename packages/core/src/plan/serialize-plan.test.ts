import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from './parse-plan.js';
import { serializePlan } from './serialize-plan.js';
import { planFixture } from '../__fixtures__/plan.js';
import { TASK_STATUSES, WORKSTREAMS } from '../schemas/task.js';

const zones = ['America/Los_Angeles', 'Asia/Shanghai', 'Europe/Berlin', 'UTC', 'Australia/Sydney'];
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.length > 0);
const localized = fc.record({ en: text, 'zh-CN': text });

/** Random valid plans: tiling phases, tasks due inside the campaign, dependencies only on earlier tasks (no cycle). */
const planArb = fc
  .record({
    platformTimeZone: fc.constantFrom(...zones),
    teamTimeZone: fc.constantFrom(...zones),
    start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2034, 0, 1) }),
    lengths: fc.array(fc.integer({ min: 60_000, max: 20 * 86_400_000 }), { minLength: 1, maxLength: 5 }),
    tasks: fc.array(
      fc.record({
        title: localized,
        phaseIndex: fc.nat(),
        workstream: fc.constantFrom(...WORKSTREAMS),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        lead: fc.option(fc.integer({ min: 0, max: 86_400_000 }), { nil: undefined }),
        status: fc.constantFrom(...TASK_STATUSES),
        weight: fc.integer({ min: 1, max: 10 }),
        critical: fc.boolean(),
        owner: fc.option(text, { nil: undefined }),
        notes: fc.option(fc.string(), { nil: undefined }),
        tags: fc.array(text, { maxLength: 3 }),
        deps: fc.array(fc.nat(), { maxLength: 3 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map((r) => {
    const bounds = [r.start];
    for (const l of r.lengths) bounds.push(bounds[bounds.length - 1]! + l);
    const phases = r.lengths.map((_, i) => ({
      id: `p${i}`,
      label: { en: `Phase ${i}`, 'zh-CN': `阶段${i}` },
      start: new Date(bounds[i]!),
      end: new Date(bounds[i + 1]!),
    }));
    const first = bounds[0]!;
    const last = bounds[bounds.length - 1]!;
    const tasks = r.tasks.map((t, i) => {
      const due = first + Math.floor((last - first) * t.at);
      return {
        id: `t${i}`,
        title: t.title,
        phase: `p${t.phaseIndex % phases.length}`,
        workstream: t.workstream,
        due: new Date(due),
        ...(t.lead !== undefined ? { start: new Date(due - t.lead) } : {}),
        dependsOn: i === 0 ? [] : [...new Set(t.deps.map((d) => `t${d % i}`))],
        status: t.status,
        weight: t.weight,
        critical: t.critical,
        tags: t.tags,
        ...(t.owner !== undefined ? { owner: t.owner } : {}),
        ...(t.notes !== undefined ? { notes: t.notes } : {}),
      };
    });
    return {
      version: 1 as const,
      id: 'fuzz',
      name: { en: 'Fuzz', 'zh-CN': '模糊' },
      platform: 'test',
      platformTimeZone: r.platformTimeZone,
      teamTimeZone: r.teamTimeZone,
      phases,
      tasks,
    };
  });

describe('serializePlan', () => {
  it('writes instants in ISO 8601 with the platform offset at each instant', () => {
    const json = JSON.parse(serializePlan(parsePlan(planFixture())));
    expect(json.phases[0].start).toBe('2026-10-28T00:00:00-07:00');
    expect(json.phases[0].end).toBe('2026-11-11T00:00:00-08:00');
    expect(json.tasks[0].due).toBe('2026-10-30T23:59:00-07:00');
  });

  it('round-trips: parsePlan(JSON.parse(serializePlan(p))) deep-equals p (fuzzed plans)', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const plan = parsePlan(input);
        const again = parsePlan(JSON.parse(serializePlan(plan)));
        expect(again).toEqual(plan);
        expect(serializePlan(again)).toBe(serializePlan(plan));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps sub-second precision', () => {
    const input = planFixture();
    input.tasks[0].due = '2026-10-30T23:59:00.123-07:00';
    const plan = parsePlan(input);
    expect(parsePlan(JSON.parse(serializePlan(plan))).tasks[0]!.due.getTime()).toBe(plan.tasks[0]!.due.getTime());
  });
});
