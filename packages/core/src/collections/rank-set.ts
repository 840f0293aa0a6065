/**
 * A set of integers in `[0, size)` as a tree of 32-bit words (each bit of a word above says whether the
 * word below it has a bit set): add, delete and "the smallest member at or after r" in O(log32 size), so
 * walking a sparse set in order costs what it holds, not its range.
 *
 * @example
 * const s = new RankSet(100); s.add(42); s.add(7); s.next(0) //=> 7; s.next(8) //=> 42; s.next(43) //=> -1
 */
export class RankSet {
  /** `levels[0]` holds one bit per member; each level above one bit per word of the level below. */
  private readonly levels: Int32Array[] = [];

  constructor(readonly size: number) {
    let n = Math.max(1, size);
    do {
      n = Math.ceil(n / 32);
      this.levels.push(new Int32Array(n));
    } while (n > 1);
  }

  has(r: number): boolean {
    return (this.levels[0]![r >>> 5]! & (1 << (r & 31))) !== 0;
  }

  add(r: number): void {
    for (const words of this.levels) {
      const w = r >>> 5;
      const was = words[w]!;
      words[w] = was | (1 << (r & 31));
      // The word already had a member: the levels above know it.
      if (was !== 0) return;
      r = w;
    }
  }

  delete(r: number): void {
    for (const words of this.levels) {
      const w = r >>> 5;
      const now = words[w]! & ~(1 << (r & 31));
      words[w] = now;
      // The word still has a member: the levels above stay as they are.
      if (now !== 0) return;
      r = w;
    }
  }

  /** The smallest member at or after `from`, or -1 when there is none. */
  next(from: number): number {
    const levels = this.levels;
    let l = 0;
    let r = from;
    // Up: the first level whose word at r has a bit at or after it.
    for (;;) {
      if (l === levels.length) return -1;
      const words = levels[l]!;
      const w = r >>> 5;
      if (w >= words.length) return -1;
      const bits = words[w]! & (-1 << (r & 31));
      if (bits !== 0) {
        r = (w << 5) + lowestBit(bits);
        break;
      }
      r = w + 1;
      l++;
    }
    // Down: the lowest bit of each word on the way.
    while (l > 0) {
      l--;
      r = (r << 5) + lowestBit(this.levels[l]![r]!);
    }
    return r;
  }
}

/** Position of the lowest set bit of a non-zero 32-bit word. */
const lowestBit = (x: number) => 31 - Math.clz32(x & -x);
