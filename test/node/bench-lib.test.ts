// The benchmark's own logic (issue 6): its statistics, its table and the tasks every Gantt is fed.
// A wrong median or an invalid plan would make every figure `npm run bench` prints wrong.
import { describe, expect, it } from 'vitest';
import { parsePlan, serializePlan } from '@campaign-planner/core';
import { quantile, summarize } from '../../bench/lib/stats.mjs';
import { cell, ms, ratio, table } from '../../bench/lib/format.mjs';
import { generateTasks, toDhtmlx, toFrappe, toPlan } from '../../bench/pages/tasks.js';

describe('bench statistics', () => {
  it('median of odd and even counts, min, max, runs', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(summarize([]).runs).toBe(0);
  });

  it('95th percentile by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
  });
});

describe('bench table', () => {
  it('formats medians with their range and odd run counts', () => {
    expect(cell({ median: 20.25, min: 18, max: 25.5, runs: 5 })).toBe('20.3 ms (18–25.5)');
    expect(cell({ median: 15990, min: 12798, max: 19182, runs: 2 })).toBe('15990 ms (12798–19182) [2 runs]');
    expect(ms(3.14159)).toBe('3.14');
    expect(ratio(697, 20)).toBe('34.9×');
    expect(ratio(1, 0)).toBe('');
  });

  it('aligns columns; headings and notes stand on their own lines', () => {
    const out = table(['a', 'bb'], ['Heading', ['1', '2'], { note: 'a note' }]).split('\n');
    expect(out).toEqual(['a  bb', '-  --', '', 'Heading', '1  2', '  a note']);
  });
});

describe('bench tasks', () => {
  it('are deterministic, chained, inside the season and valid for the core', () => {
    const tasks = generateTasks(2000);
    expect(generateTasks(2000)).toEqual(tasks);
    expect(tasks.every((t, i) => t.dependsOn === (i ? `t${i - 1}` : undefined))).toBe(true);
    // Round-trip through the core's own parser: the benchmark draws a plan the library accepts.
    const plan = parsePlan(JSON.parse(serializePlan(toPlan(tasks))));
    expect(plan.tasks).toHaveLength(2000);
    expect(new Set(plan.tasks.map((t) => t.phase))).toEqual(new Set(['build-up', 'warm-up', 'peak', 'review']));
  });

  it('gives the peers the same tasks in their own formats', () => {
    const tasks = generateTasks(3);
    const d = toDhtmlx(tasks);
    expect(d.data.map((t) => t.start_date.getTime())).toEqual(tasks.map((t) => t.start.getTime()));
    expect(d.links).toEqual([
      { id: 1, source: 1, target: 2, type: '0' },
      { id: 2, source: 2, target: 3, type: '0' },
    ]);
    const f = toFrappe(tasks);
    expect(f.map((t) => t.end.getTime())).toEqual(tasks.map((t) => t.due.getTime()));
    expect(f[2]!.dependencies).toEqual(['t1']);
    // frappe-gantt mutates its tasks: each chart gets fresh Dates.
    expect(f[0]!.start).not.toBe(tasks[0]!.start);
  });
});
