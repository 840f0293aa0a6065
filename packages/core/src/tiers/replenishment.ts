/** The replenishment signal of a registered activity stock. */
export interface ReplenishmentSignal {
  /** True when more than half of the registered stock is sold. */
  readonly replenish: boolean;
  /** Units sold so far. */
  readonly sold: number;
  /** Units registered for the activity. */
  readonly registered: number;
  /** Units left of the registered stock (never below 0). */
  readonly left: number;
}

/**
 * The playbook's peak rule: replenish when more than half of the stock registered for an activity is sold.
 * Exactly half is not yet "more than half". Compared in integers (`2 * sold > registered`).
 *
 * @throws RangeError for negative or fractional counts.
 * @example
 * replenishmentSignal(200, 101) //=> { replenish: true, sold: 101, registered: 200, left: 99 }
 * replenishmentSignal(200, 100).replenish //=> false
 */
export function replenishmentSignal(registered: number, sold: number): ReplenishmentSignal {
  for (const [name, n] of [
    ['registered', registered],
    ['sold', sold],
  ] as const)
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name}: expected a whole number >= 0, got ${n}`);
  return { replenish: registered > 0 && 2 * sold > registered, sold, registered, left: Math.max(registered - sold, 0) };
}
