import { describe, expect, it } from 'vitest';
import { findDependencyCycles } from './dependency-cycles.js';

describe('findDependencyCycles', () => {
  it('finds no cycle in a DAG and ignores unknown ids', () => {
    expect(
      findDependencyCycles(
        new Map([
          ['a', []],
          ['b', ['a', 'ghost']],
          ['c', ['a', 'b']],
        ]),
      ),
    ).toEqual([]);
  });

  it('names each cycle along its path', () => {
    const cycles = findDependencyCycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', ['d']],
      ]),
    );
    expect(cycles).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });

  it('handles a 100,000-task chain without overflowing the stack', () => {
    const n = 100_000;
    const edges = new Map<string, string[]>();
    for (let i = 0; i < n; i++) edges.set(`t${i}`, i === 0 ? [] : [`t${i - 1}`]);
    expect(findDependencyCycles(edges)).toEqual([]);
    edges.set('t0', [`t${n - 1}`]);
    const [cycle] = findDependencyCycles(edges);
    expect(cycle).toHaveLength(n + 1);
  });
});
