// The public API of @campaign-planner/core. Everything not exported here is internal.

// Schemas and types
export { LOCALES, localizedTextSchema, idSchema, instantSchema } from './schemas/common.js';
export type { Locale, LocalizedText } from './schemas/common.js';
export { isValidTimeZone, timeZoneSchema } from './schemas/time-zone.js';
export { STANDARD_PHASE_IDS, phaseSchema } from './schemas/phase.js';
export type { Phase, StandardPhaseId } from './schemas/phase.js';
export { WORKSTREAMS, TASK_STATUSES, taskSchema } from './schemas/task.js';
export type { Task, TaskInput, TaskStatus, Workstream } from './schemas/task.js';
export { PLAN_VERSION, DEFAULT_PLATFORM_TIME_ZONE, planSchema, planSourceSchema } from './schemas/plan.js';
export type { Plan, PlanInput, PlanSource } from './schemas/plan.js';
export {
  templateSchema,
  templatePhaseSchema,
  templateTaskSchema,
  relativeTimeSchema,
  publishedCalendarSchema,
  instantiateOptionsSchema,
} from './schemas/template.js';
export type {
  Template,
  TemplateInput,
  TemplatePhase,
  TemplateTask,
  RelativeTime,
  PublishedCalendar,
  PublishedCalendarInput,
  InstantiateOptions,
} from './schemas/template.js';

// Errors
export { PlanValidationError } from './errors/validation-error.js';
export { formatPath } from './errors/issue.js';
export type { Issue, IssueCode, IssuePath } from './errors/issue.js';

// Time
export {
  parseWallTime,
  resolveWallTime,
  toWallTime,
  formatInZone,
  formatISOInZone,
  addCalendarDays,
  formatCalendarDate,
  startOfDayInZone,
} from './time/wall-time.js';
export type { WallTime, CalendarDate } from './time/wall-time.js';
export { expandRecurrence, recurrenceProblem, MAX_OCCURRENCES } from './time/recurrence.js';
export type { ExpandOptions } from './time/recurrence.js';
export { anchorDay } from './time/anchor-day.js';

// Plans
export { parsePlan, safeParsePlan } from './plan/parse-plan.js';
export type { ParsePlanResult } from './plan/parse-plan.js';
export { serializePlan } from './plan/serialize-plan.js';
export { checkPlan } from './plan/check-plan.js';
export { findDependencyCycles } from './plan/dependency-cycles.js';
export { taskOccurrences, campaignStart, campaignEnd, phaseAt } from './plan/occurrences.js';

// Templates
export { instantiate, parseTemplate } from './templates/instantiate.js';
export { listTemplates, getTemplate } from './templates/registry.js';
export type { TemplateSummary } from './templates/registry.js';

// Labels
export { WORKSTREAM_LABELS, STATUS_LABELS, localize } from './i18n/labels.js';

// Exports
export { toMarkdown } from './export/markdown.js';
export type { MarkdownOptions } from './export/markdown.js';
export type { TaskStatusLookup } from './export/status-lookup.js';
export { toICS } from './export/ics/ics.js';
export type { IcsOptions } from './export/ics/ics.js';
export { toCSV, CSV_COLUMNS, CSV_OCCURRENCE_COLUMNS, CSV_LIST_SEPARATOR } from './export/csv.js';
export type { CsvOptions, CsvColumn } from './export/csv.js';
export { importTasksCSV, safeImportTasksCSV, formatCsvIssue, CsvImportError } from './export/csv-import.js';
export type { CsvIssue, ImportCsvOptions, ImportCsvResult } from './export/csv-import.js';
export { planJsonSchema, planJsonSchemaText, PLAN_SCHEMA_ID } from './export/json-schema.js';

// Readiness
export { statusEventSchema } from './schemas/status-event.js';
export type { StatusEvent, StatusEventInput } from './schemas/status-event.js';
export { checkStatusEvent, safeParseStatusEvent, parseStatusEvent, appendEvent, serializeStatusEvent } from './readiness/event-log.js';
export type { ParseStatusEventResult } from './readiness/event-log.js';
export { parseEventLog, serializeEventLog } from './readiness/event-log-file.js';
export type { LogIssue, ParseEventLogResult } from './readiness/event-log-file.js';
export { mergeLogs, compareEvents, eventIdentity } from './readiness/merge-logs.js';
export { createStatusState, applyStatus, statusOf, isClosed } from './readiness/status-state.js';
export type { StatusState } from './readiness/status-state.js';
export { indexPlan, statusKey } from './readiness/plan-index.js';
export type { WorkItem, PlanIndex } from './readiness/plan-index.js';
export { itemStatuses } from './readiness/work-status.js';
export type { ItemStatus } from './readiness/work-status.js';
export { readiness, DEFAULT_HORIZON_MS, UNASSIGNED } from './readiness/readiness.js';
export type { Readiness, ReadinessOptions, GroupReadiness, CurrentPhase } from './readiness/readiness.js';
export { nextActions } from './readiness/next-actions.js';
export type { NextAction, NextActionsOptions } from './readiness/next-actions.js';
export { backwardSchedule, DEFAULT_DURATION_MS } from './readiness/schedule.js';
export type { Schedule, ScheduleOptions, TaskSchedule } from './readiness/schedule.js';
export { readinessScore, effectiveWeight, REGISTRATION_TAG, SCORE_PENALTIES } from './readiness/score.js';
export type { ScoreInput } from './readiness/score.js';
export { dualTime, formatDualTime, formatDuration } from './readiness/dual-time.js';
export type { DualTime } from './readiness/dual-time.js';
export { readinessToJSON, itemToJSON } from './readiness/report-json.js';
export type { ReadinessJSON, ItemJSON } from './readiness/report-json.js';
export { formatReadinessText } from './readiness/report-text.js';
export type { TextReportOptions } from './readiness/report-text.js';
