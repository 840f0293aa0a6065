import { z } from 'zod/mini';
import { idSchema, instantSchema, localizedTextSchema } from '../schemas/common.js';
import { TASK_STATUSES, WORKSTREAMS, taskSchema } from '../schemas/task.js';
import { timeSpecSchema } from './time-spec.js';

/** The operations an edit can be, in the order the docs list them. */
export const EDIT_OPS = ['add-task', 'update-task', 'move-task', 'remove-task', 'set-dependencies', 'set-status', 'update-phase', 'batch'] as const;
/** An edit operation name. */
export type EditOp = (typeof EDIT_OPS)[number];

/** Adds a task (defaults filled in as in a plan file), at the end or at `index` in `plan.tasks`. */
export const addTaskEditSchema = z.strictObject({
  op: z.literal('add-task'),
  task: taskSchema,
  index: z.optional(z.int().check(z.gte(0))),
});

/**
 * Fields `update-task` may change. `null` clears an optional field (notes, owner, role, milestone).
 * Dates, dependencies and status have their own operations.
 */
export const taskChangesSchema = z.strictObject({
  title: z.optional(localizedTextSchema),
  // Optional task fields take the task schema's own shape, so both stay one definition.
  notes: z.nullable(taskSchema.shape.notes),
  owner: z.nullable(taskSchema.shape.owner),
  role: z.nullable(taskSchema.shape.role),
  workstream: z.optional(z.enum(WORKSTREAMS)),
  phase: z.optional(idSchema),
  weight: z.optional(z.number().check(z.positive('expected a weight above 0'), z.lte(1000))),
  critical: z.optional(z.boolean()),
  milestone: z.nullable(taskSchema.shape.milestone),
  tags: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/** What `update-task` changes. */
export type TaskChanges = z.infer<typeof taskChangesSchema>;

/** Changes a task's descriptive fields. */
export const updateTaskEditSchema = z.strictObject({
  op: z.literal('update-task'),
  taskId: idSchema,
  changes: taskChangesSchema,
});

/**
 * Moves a task's due (and start). Without `start` a task's start moves with its due by the same wall-clock
 * amount. `dependents: 'follow'` (default) pushes dependents that would now be due first (see
 * `followDependencies`); `'stay'` leaves them.
 */
export const moveTaskEditSchema = z.strictObject({
  op: z.literal('move-task'),
  taskId: idSchema,
  due: timeSpecSchema,
  start: z.optional(z.nullable(timeSpecSchema)),
  dependents: z.optional(z.enum(['follow', 'stay'])),
});

/** Removes a task. Refused while others depend on it, unless `dropEdges` also removes those edges. */
export const removeTaskEditSchema = z.strictObject({
  op: z.literal('remove-task'),
  taskId: idSchema,
  dropEdges: z.optional(z.boolean()),
});

/** Replaces the list of tasks a task depends on. */
export const setDependenciesEditSchema = z.strictObject({
  op: z.literal('set-dependencies'),
  taskId: idSchema,
  dependsOn: z.array(idSchema),
});

/** Sets a task's status; `occurrence` names one occurrence of a recurring task (kept in the log's state). */
export const setStatusEditSchema = z.strictObject({
  op: z.literal('set-status'),
  taskId: idSchema,
  status: z.enum(TASK_STATUSES),
  occurrence: z.optional(instantSchema),
});

/**
 * Changes a phase's dates (and label). Neighbours shrink or grow so phases still tile; with
 * `tasks: 'follow'` (default) the phase's tasks move with the boundary nearer to them, keeping their
 * wall-clock time in the platform zone, and dependents follow.
 */
export const updatePhaseEditSchema = z.strictObject({
  op: z.literal('update-phase'),
  phaseId: idSchema,
  start: z.optional(timeSpecSchema),
  end: z.optional(timeSpecSchema),
  label: z.optional(localizedTextSchema),
  tasks: z.optional(z.enum(['follow', 'stay'])),
});

const singleEditSchema = z.discriminatedUnion('op', [
  addTaskEditSchema,
  updateTaskEditSchema,
  moveTaskEditSchema,
  removeTaskEditSchema,
  setDependenciesEditSchema,
  setStatusEditSchema,
  updatePhaseEditSchema,
]);

/** Several edits applied as one: all or nothing, checked once at the end. Inverses are batches. */
export const batchEditSchema = z.strictObject({
  op: z.literal('batch'),
  edits: z.array(singleEditSchema).check(z.minLength(1, 'expected at least one edit')),
});

/**
 * One plan edit, as JSON-serialisable data (instants as ISO strings in files, `Date`s after parsing).
 *
 * @example
 * editSchema.parse({ op: 'move-task', taskId: 'register', due: { wall: '2026-10-22 23:59', zone: 'America/Los_Angeles' } })
 */
export const editSchema = z.discriminatedUnion('op', [
  addTaskEditSchema,
  updateTaskEditSchema,
  moveTaskEditSchema,
  removeTaskEditSchema,
  setDependenciesEditSchema,
  setStatusEditSchema,
  updatePhaseEditSchema,
  batchEditSchema,
]);
/** A plan edit (parsed: instants as `Date`, task defaults filled in). */
export type Edit = z.infer<typeof editSchema>;
/** A plan edit as written in a file or built in code. */
export type EditInput = z.input<typeof editSchema>;
/** An edit that is not a batch. */
export type SingleEdit = z.infer<typeof singleEditSchema>;
/** One edit of a given operation. */
export type EditOf<K extends EditOp> = Extract<Edit, { op: K }>;

/**
 * One edit as a line of the log: who made it, when, and a unique id (an actor and a counter, a UUID...).
 *
 * @example
 * editEventSchema.parse({ type: 'edit', id: 'li-7', at: '2026-10-20T10:00:00Z', by: 'li', edit: { op: 'remove-task', taskId: 'x' } })
 */
export const editEventSchema = z.strictObject({
  type: z.literal('edit'),
  id: z.string().check(z.minLength(1, 'expected a non-empty event id'), z.maxLength(200)),
  at: instantSchema,
  by: z.string().check(z.minLength(1, 'expected a non-empty name of who made the change')),
  edit: editSchema,
});
/** An edit event of the log (parsed). */
export type EditEvent = z.infer<typeof editEventSchema>;
/** An edit event as written. */
export type EditEventInput = z.input<typeof editEventSchema>;
