// @campaign-planner/core/readiness: status events and their log, status state, readiness at a given now, task queries,
// next actions, backward scheduling and the readiness score.
export * from '../readiness/index.js';
export { statusEventSchema } from '../schemas/status-event.js';
export type { StatusEvent, StatusEventInput } from '../schemas/status-event.js';
export { dualTime, formatDualTime, formatDuration } from '../time/dual-time.js';
export type { DualTime } from '../time/dual-time.js';
// Task queries: one selection of work items for checklists, exports, reports and views.
export { applyQuery, dueWindow, queryMatcher, selectItems } from '../query/apply-query.js';
export type { SelectedItem } from '../query/apply-query.js';
export { taskQuerySchema, dayBoundSchema, dueBoundSchema, parseTaskQuery, parseDueBound } from '../query/task-query.js';
export type { TaskQuery, TaskQueryInput, DayBound, DueBound } from '../query/task-query.js';
export { personOf, personSettings, withRoster } from '../query/person.js';
export { peopleOf, selectedKeys } from '../query/apply-query.js';
export type { Selection } from '../query/apply-query.js';
export { queryReadiness } from '../query/query-readiness.js';
export type { QueryReadiness, QueryReadinessOptions } from '../query/query-readiness.js';
export { morningBrief } from '../query/brief.js';
export type { MorningBrief, BriefDay, BriefOptions } from '../query/brief.js';
// The one display order of work items (phase, workstream, due, id), shared by every view and export.
export { compareForDisplay, sortForDisplay } from '../query/display-order.js';
export type { DisplayEntry } from '../query/display-order.js';
