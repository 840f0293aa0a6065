// @campaign-planner/core/edits: plan edits as data (a zod discriminated union), applyEdit with its inverse,
// the campaign log (statuses, edits, metrics: parse, merge, fold) and undo/redo over inverses.
export {
  EDIT_OPS,
  editSchema,
  editEventSchema,
  batchEditSchema,
  addTaskEditSchema,
  updateTaskEditSchema,
  moveTaskEditSchema,
  removeTaskEditSchema,
  setDependenciesEditSchema,
  setStatusEditSchema,
  updatePhaseEditSchema,
  taskChangesSchema,
} from '../edits/edit-schema.js';
export type { Edit, EditInput, EditOp, EditOf, SingleEdit, TaskChanges, EditEvent, EditEventInput } from '../edits/edit-schema.js';
export { timeSpecSchema, wallInZoneSchema, wallShiftSchema, resolveTimeSpec, shiftWall } from '../edits/time-spec.js';
export type { TimeSpec, TimeSpecInput, WallInZone, WallShift, ResolvedTime } from '../edits/time-spec.js';
export { applyEdit } from '../edits/apply-edit.js';
export type { EditResult } from '../edits/apply-edit.js';
export type { TaskMove } from '../edits/transform.js';
export type { DependencyConflict } from '../replanning/follow-dependencies.js';
export { safeParseLogEvent, serializeLogEvent, logEventIdentity, isEditEvent, isMetricEvent } from '../edits/log-event.js';
export type { LogEvent, ParseLogEventResult } from '../edits/log-event.js';
export { compareLogEvents, mergeEventLogs } from '../edits/merge-events.js';
export { parseLog, serializeLog } from '../edits/log-file.js';
export type { ParseLogResult } from '../edits/log-file.js';
export { foldLog, appendToFold } from '../edits/fold-log.js';
export type { Folded, FoldConflict, AppendResult } from '../edits/fold-log.js';
export type { RemoteCampaign, RemoteCampaignOptions } from '../edits/remote-campaign.js';
export { createHistory } from '../edits/history.js';
export type { History, HistoryEntry, HistoryOptions } from '../edits/history.js';
