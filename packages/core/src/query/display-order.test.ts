import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WORKSTREAMS } from '../schemas/task.js';
import { compareForDisplay, sortForDisplay } from './display-order.js';

const plan = { phases: [{ id: 'warm-up' }, { id: 'peak' }] } as never;
const task = (id: string, phase: string, workstream: string, due: string) =>
  ({ id, phase, workstream, due: new Date(due) }) as never as { id: string; phase: string; workstream: (typeof WORKSTREAMS)[number]; due: Date };

describe('display order', () => {
  it('is phase (plan order), workstream (standard order), due, then id for simultaneous tasks', () => {
    const tasks = [
      task('z', 'peak', 'operations', '2026-11-11T00:00:00Z'),
      task('b', 'warm-up', 'visual', '2026-11-01T00:00:00Z'),
      task('a', 'warm-up', 'visual', '2026-11-01T00:00:00Z'),
      task('c', 'warm-up', 'operations', '2026-11-05T00:00:00Z'),
      task('early', 'warm-up', 'visual', '2026-10-30T00:00:00Z'),
    ];
    expect(sortForDisplay(plan, tasks, (t) => t).map((t) => t.id)).toEqual(['c', 'early', 'a', 'b', 'z']);
    expect([...tasks].sort((x, y) => compareForDisplay(plan)({ task: x, due: x.due }, { task: y, due: y.due })).map((t) => t.id)).toEqual([
      'c',
      'early',
      'a',
      'b',
      'z',
    ]);
  });

  it('gives the same order whatever the input order (sortForDisplay and compareForDisplay agree)', () => {
    const arb = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        phase: fc.constantFrom('warm-up', 'peak'),
        workstream: fc.constantFrom(...WORKSTREAMS),
        day: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        // Unique ids, as in a plan.
        const tasks = specs.map((s, i) => task(`${s.id}${i}`, s.phase, s.workstream, `2026-11-0${s.day}T00:00:00Z`));
        const once = sortForDisplay(plan, tasks, (t) => t).map((t) => t.id);
        expect(sortForDisplay(plan, [...tasks].reverse(), (t) => t).map((t) => t.id)).toEqual(once);
        const cmp = compareForDisplay(plan);
        expect([...tasks].sort((x, y) => cmp({ task: x, due: x.due }, { task: y, due: y.due })).map((t) => t.id)).toEqual(once);
      }),
    );
  });
});
