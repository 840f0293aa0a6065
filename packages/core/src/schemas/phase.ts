import { z } from 'zod/mini';
import { idSchema, instantSchema, localizedTextSchema } from './common.js';

/** The four phases of a mega-sale, in order. Custom phase ids are allowed too. */
export const STANDARD_PHASE_IDS = ['build-up', 'warm-up', 'peak', 'review'] as const;
/** One of the four standard phase ids. */
export type StandardPhaseId = (typeof STANDARD_PHASE_IDS)[number];

/**
 * A phase of a campaign: the half-open interval `[start, end)` of instants.
 * In a plan the phases tile the campaign: each phase's `end` is the next one's `start`.
 */
export const phaseSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  start: instantSchema,
  end: instantSchema,
});
/** A phase of a campaign, `[start, end)`. */
export type Phase = z.infer<typeof phaseSchema>;
