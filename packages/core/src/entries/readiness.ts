// @campaign-planner/core/readiness: status events and their log, status state, readiness at a given now,
// next actions, backward scheduling and the readiness score.
export { statusEventSchema } from '../schemas/status-event.js';
export type { StatusEvent, StatusEventInput } from '../schemas/status-event.js';
export { checkStatusEvent, safeParseStatusEvent, parseStatusEvent, appendEvent, serializeStatusEvent } from '../readiness/event-log.js';
export type { ParseStatusEventResult } from '../readiness/event-log.js';
export { parseEventLog, serializeEventLog } from '../readiness/event-log-file.js';
export type { LogIssue, ParseEventLogResult } from '../readiness/event-log-file.js';
export { mergeLogs, compareEvents, eventIdentity } from '../readiness/merge-logs.js';
export { createStatusState, applyStatus, statusOf, isClosed } from '../readiness/status-state.js';
export type { StatusState } from '../readiness/status-state.js';
export { indexPlan, statusKey } from '../readiness/plan-index.js';
export type { WorkItem, PlanIndex } from '../readiness/plan-index.js';
export { itemStatuses } from '../readiness/work-status.js';
export type { ItemStatus } from '../readiness/work-status.js';
export { readiness, DEFAULT_HORIZON_MS, UNASSIGNED } from '../readiness/readiness.js';
export type { Readiness, ReadinessOptions, GroupReadiness, CurrentPhase } from '../readiness/readiness.js';
export { nextActions } from '../readiness/next-actions.js';
export type { NextAction, NextActionsOptions } from '../readiness/next-actions.js';
export { backwardSchedule, DEFAULT_DURATION_MS } from '../readiness/schedule.js';
export type { Schedule, ScheduleOptions, TaskSchedule } from '../readiness/schedule.js';
export { readinessScore, effectiveWeight, REGISTRATION_TAG, SCORE_PENALTIES } from '../readiness/score.js';
export type { ScoreInput } from '../readiness/score.js';
export { dualTime, formatDualTime, formatDuration } from '../readiness/dual-time.js';
export type { DualTime } from '../readiness/dual-time.js';
