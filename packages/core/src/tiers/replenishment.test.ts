import { describe, expect, it } from 'vitest';
import { replenishmentSignal } from './replenishment.js';

describe('replenishmentSignal', () => {
  it('fires when more than half of the registered stock is sold', () => {
    expect(replenishmentSignal(200, 101)).toEqual({ replenish: true, sold: 101, registered: 200, left: 99 });
    expect(replenishmentSignal(200, 100).replenish).toBe(false);
    expect(replenishmentSignal(201, 101).replenish).toBe(true);
    expect(replenishmentSignal(0, 0).replenish).toBe(false);
    expect(replenishmentSignal(10, 12)).toMatchObject({ replenish: true, left: 0 });
  });

  it('rejects counts that are not whole', () => {
    expect(() => replenishmentSignal(10.5, 1)).toThrow(/registered/);
    expect(() => replenishmentSignal(10, -1)).toThrow(/sold/);
  });
});
