// Summary statistics of repeated measurements. Medians, not means: one slow run (GC, a busy core)
// should not move the figure we quote.

/**
 * The value at quantile `q` (0-1) of `values`, by the nearest-rank method.
 *
 * @example
 * quantile([5, 1, 3], 0.5) //=> 3
 */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/**
 * Median (the mean of the middle two for an even count), min and max of `values`.
 *
 * @example
 * summarize([4, 1, 3, 2]) //=> { median: 2.5, min: 1, max: 4, runs: 4 }
 */
export function summarize(values) {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}
