import { describe, expect, it } from 'vitest';
import { finalPrice } from './final-price.js';

describe('finalPrice limits', () => {
  it('refuses an order total above Number.MAX_SAFE_INTEGER instead of rounding it silently', () => {
    const half = Math.floor(Number.MAX_SAFE_INTEGER / 2) + 1;
    expect(() => finalPrice([{ unitPrice: half, quantity: 2 }], [])).toThrow(/exceeds 9007199254740991 minor units/);
    expect(() =>
      finalPrice(
        [
          { unitPrice: half, quantity: 1 },
          { unitPrice: half, quantity: 1 },
        ],
        [],
      ),
    ).toThrow(/lines\[1\]/);
  });

  it('still computes a total right at the limit exactly', () => {
    const r = finalPrice([{ unitPrice: Number.MAX_SAFE_INTEGER, quantity: 1 }], [{ stage: 'item-discount', percentOff: 0 }]);
    expect(r.total).toBe(Number.MAX_SAFE_INTEGER);
  });
});
