import { z } from 'zod/mini';
import { idSchema, instantSchema } from './common.js';

const dayNumber = z.number().check(z.int('expected a whole number of days'), z.gte(1, 'expected a day number from 1'));

/**
 * When an offer can be claimed or used, tied to the plan's phases so it moves with them:
 * - `{ phase: 'peak' }`: the whole phase; `{ phase: 'warm-up', through: 'peak' }`: from one phase to the end of another;
 * - `{ phase: 'peak', day: 2 }`: the 2nd calendar day of the phase in platform time (`days` long, default 1).
 */
export const phaseWindowSchema = z.strictObject({
  phase: idSchema,
  through: z.optional(idSchema),
  day: z.optional(dayNumber),
  days: z.optional(dayNumber),
});
/** A window tied to phases. */
export type PhaseWindow = z.infer<typeof phaseWindowSchema>;

/** A window given as instants, `[start, end)`. */
export const instantWindowSchema = z.strictObject({ start: instantSchema, end: instantSchema });
/** A window given as instants. */
export type InstantWindow = z.infer<typeof instantWindowSchema>;

/**
 * A claim or use window: tied to phases by id, or given as instants.
 *
 * @example
 * { phase: 'peak', day: 1 }
 * { start: '2026-11-11T00:00:00-08:00', end: '2026-11-12T00:00:00-08:00' }
 */
export const offerWindowSchema = z.union([phaseWindowSchema, instantWindowSchema]);
/** A claim or use window. */
export type OfferWindow = z.infer<typeof offerWindowSchema>;
