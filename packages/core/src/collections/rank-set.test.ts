import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RankSet } from './rank-set.js';

describe('RankSet', () => {
  it('answers next, has, add and delete as a sorted array would, across word and level boundaries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40_000 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (size, ops, queries) => {
          const set = new RankSet(size);
          const model = new Set<number>();
          for (const [add, raw] of ops) {
            const r = raw % size;
            if (add) {
              set.add(r);
              model.add(r);
            } else {
              set.delete(r);
              model.delete(r);
            }
          }
          const sorted = [...model].sort((a, b) => a - b);
          for (const raw of [0, size - 1, ...queries, ...sorted, ...sorted.map((r) => r + 1)]) {
            const q = raw % (size + 1);
            expect(set.next(q)).toBe(sorted.find((r) => r >= q) ?? -1);
            if (q < size) expect(set.has(q)).toBe(model.has(q));
          }
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });
  it('walks a set in order', () => {
    const set = new RankSet(70_000);
    for (const r of [69_999, 0, 31, 32, 1023, 1024, 32_768]) set.add(r);
    const out: number[] = [];
    for (let r = set.next(0); r !== -1; r = set.next(r + 1)) out.push(r);
    expect(out).toEqual([0, 31, 32, 1023, 1024, 32_768, 69_999]);
  });
});
