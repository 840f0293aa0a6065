import { z } from 'zod/mini';
import { idSchema, instantSchema } from './common.js';
import { TASK_STATUSES } from './task.js';

/**
 * One status change of a task, as a line of the append-only status log.
 * `occurrence` names the occurrence of a recurring task (its due instant) and is absent for one-off tasks;
 * `at` is when the change was made, `by` who made it, `id` an optional unique id that breaks ties.
 * Shape only: whether the task and occurrence exist in a plan is checked by `checkStatusEvent`.
 *
 * @example
 * statusEventSchema.parse({ taskId: 'register', status: 'done', at: '2026-10-20T10:00:00-07:00', by: 'li' })
 */
export const statusEventSchema = z.strictObject({
  taskId: idSchema,
  occurrence: z.optional(instantSchema),
  status: z.enum(TASK_STATUSES),
  at: instantSchema,
  by: z.string().check(z.minLength(1, 'expected a non-empty name of who made the change')),
  id: z.optional(z.string().check(z.minLength(1, 'expected a non-empty event id'), z.maxLength(200))),
});
/** A status event (after parsing: instants as `Date`). */
export type StatusEvent = z.infer<typeof statusEventSchema>;
/** A status event as written in a file or built in code. */
export type StatusEventInput = z.input<typeof statusEventSchema>;
