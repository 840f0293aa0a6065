import type { PaceCurve } from '../schemas/targets.js';

/**
 * Steepness of the `sale` curve: with 5, a tenth of the window brings 39% of the total and half of it 92%,
 * the shape of a mega-sale where most orders come in the first hours after the opening.
 */
export const SALE_CURVE_STEEPNESS = 5;

/**
 * The share of a target that should be reached by `now` in the window `[start, end)`: 0 before it, 1 after
 * it; in between `linear` grows evenly, `sale` front-loaded as `(1 - e^(-kx)) / (1 - e^(-k))`.
 *
 * @example
 * paceFraction('linear', start, end, midpoint) //=> 0.5
 * paceFraction('sale', start, end, midpoint) //=> 0.924…
 */
export function paceFraction(curve: PaceCurve, start: Date, end: Date, now: Date): number {
  const span = end.getTime() - start.getTime();
  if (span <= 0) return now.getTime() >= end.getTime() ? 1 : 0;
  const x = Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / span));
  if (curve === 'linear') return x;
  const k = SALE_CURVE_STEEPNESS;
  return (1 - Math.exp(-k * x)) / (1 - Math.exp(-k));
}
