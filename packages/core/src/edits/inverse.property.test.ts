// Property: any sequence of edits, undone by applying the inverses in reverse order, gives back a plan
// deep-equal to the start; no input plan is ever changed (they are frozen deeply).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse-plan.js';
import { planFixture } from '../__fixtures__/plan.js';
import type { Plan } from '../schemas/plan.js';
import { applyEdit } from './apply-edit.js';
import type { Edit, EditInput } from './edit-schema.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const ZONES = ['America/Los_Angeles', 'Asia/Shanghai', 'UTC', 'Europe/London'];
const IDS = ['register', 'banner', 'monitor', 'new-a', 'new-b'];
const id = fc.constantFrom(...IDS);
const zone = fc.constantFrom(...ZONES);
// Instants around both DST changes of the fixture's campaign (and outside it, to get refusals).
const instant = fc
  .integer({ min: Date.parse('2026-10-25T00:00:00Z'), max: Date.parse('2026-11-15T00:00:00Z') })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));
const time = fc.oneof(
  instant,
  fc.record({ days: fc.integer({ min: -5, max: 5 }), minutes: fc.integer({ min: -120, max: 120 }), zone }),
  fc.record({ wall: fc.constantFrom('2026-10-31 23:59', '2026-11-01 01:30', '2026-11-02 23:59', '2026-11-08 02:30', '2026-11-11 09:00'), zone }),
);
const edit: fc.Arbitrary<EditInput> = fc.oneof(
  fc.record({
    op: fc.constant('add-task' as const),
    task: fc.record({
      id: fc.constantFrom('new-a', 'new-b'),
      title: fc.constant({ en: 'New', 'zh-CN': '新' }),
      phase: fc.constantFrom('warm-up', 'peak'),
      workstream: fc.constant('product' as const),
      due: instant,
    }),
    index: fc.option(fc.nat(4), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('update-task' as const),
    taskId: id,
    changes: fc.record(
      {
        owner: fc.option(fc.constantFrom('Mei', 'Li'), { nil: null }),
        notes: fc.option(fc.string({ minLength: 1, maxLength: 5 }), { nil: null }),
        critical: fc.boolean(),
        tags: fc.array(fc.constantFrom('a', 'b')),
        phase: fc.constantFrom('warm-up', 'peak'),
        milestone: fc.option(fc.boolean(), { nil: null }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    op: fc.constant('move-task' as const),
    taskId: id,
    due: time,
    start: fc.option(time, { nil: undefined }),
    dependents: fc.constantFrom('follow' as const, 'stay' as const),
  }),
  fc.record({ op: fc.constant('remove-task' as const), taskId: id, dropEdges: fc.boolean() }),
  fc.record({ op: fc.constant('set-dependencies' as const), taskId: id, dependsOn: fc.uniqueArray(id, { maxLength: 2 }) }),
  fc.record({
    op: fc.constant('set-status' as const),
    taskId: id,
    status: fc.constantFrom('todo' as const, 'in-progress' as const, 'done' as const, 'blocked' as const, 'skipped' as const),
  }),
  fc.record({
    op: fc.constant('update-phase' as const),
    phaseId: fc.constantFrom('warm-up', 'peak'),
    start: fc.option(time, { nil: undefined }),
    end: fc.option(time, { nil: undefined }),
  }),
);

describe('inverse property', () => {
  it('random edit sequences undone in reverse give back a deep-equal plan; inputs never mutated', () => {
    let total = 0;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const start = deepFreeze(parsePlan(planFixture()));
        const plans: Plan[] = [start];
        const inverses: Edit[] = [];
        let applied = 0;
        for (const e of edits) {
          const r = applyEdit(plans[plans.length - 1]!, deepFreeze(e));
          if (!r.ok) continue;
          applied += 1;
          plans.push(deepFreeze(r.plan));
          inverses.push(deepFreeze(r.inverse));
        }
        for (let i = inverses.length - 1; i >= 0; i -= 1) {
          const r = applyEdit(plans[i + 1]!, inverses[i]!);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.plan).toStrictEqual(plans[i]);
          // Byte for byte too: keys come back in the same order, so a saved plan is unchanged by edit + undo.
          if (r.ok) expect(JSON.stringify(r.plan)).toBe(JSON.stringify(plans[i]));
        }
        total += applied;
      }),
      { numRuns: 150 },
    );
    // Most random edits are sound: the property is not vacuously true over refusals.
    expect(total).toBeGreaterThan(150);
  });

  it('inverses survive JSON (they are log data)', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const start = parsePlan(planFixture());
        const r = applyEdit(start, e);
        if (!r.ok) return;
        const back = applyEdit(r.plan, JSON.parse(JSON.stringify(r.inverse)));
        expect(back.ok && back.plan).toStrictEqual(start);
      }),
      { numRuns: 100 },
    );
  });
});
