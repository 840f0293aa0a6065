// Entry of the self-contained bundle (dist/campaign-planner-elements.bundle.js): lit and the core inside,
// every tag defined, for a plain <script type="module"> page. It re-exports the part of the core API a
// page needs to feed the elements (plans, template instantiation, statuses, readiness); the rest stays in the
// package build so the bundle stays small (exports, coupons and the CLI are for Node and bundlers). The
// built-in templates are data: a page fetches @campaign-planner/core/templates/<id>.json and instantiates it.
export {
  LOCALES,
  WORKSTREAMS,
  TASK_STATUSES,
  WORKSTREAM_LABELS,
  STATUS_LABELS,
  localize,
  isValidTimeZone,
  parsePlan,
  safeParsePlan,
  serializePlan,
  checkPlan,
  PlanValidationError,
  taskOccurrences,
  campaignStart,
  campaignEnd,
  phaseAt,
  formatInZone,
  resolveWallTime,
  toWallTime,
} from '@campaign-planner/core';
export { instantiate, parseTemplate } from '@campaign-planner/core/templates';
export {
  statusEventSchema,
  parseStatusEvent,
  safeParseStatusEvent,
  serializeStatusEvent,
  parseEventLog,
  serializeEventLog,
  mergeLogs,
  createStatusState,
  applyStatus,
  statusOf,
  isClosed,
  readiness,
  nextActions,
} from '@campaign-planner/core/readiness';
export {
  applyEdit,
  editSchema,
  createHistory,
  foldLog,
  appendToFold,
  mergeEventLogs,
  parseLog,
  serializeLog,
  safeParseLogEvent,
  serializeLogEvent,
} from '@campaign-planner/core/edits';
export type { Locale, Plan, PlanInput, Task, TaskStatus } from '@campaign-planner/core';
export type { Template } from '@campaign-planner/core/templates';
export type { Edit, EditInput, EditEvent, LogEvent, Folded } from '@campaign-planner/core/edits';
export type { StatusEvent, StatusState, Readiness, NextAction } from '@campaign-planner/core/readiness';
export * from './index.js';
import './define.js';
