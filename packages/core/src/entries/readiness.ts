// @campaign-planner/core/readiness: status events and their log, status state, readiness at a given now,
// next actions, backward scheduling and the readiness score.
export * from '../readiness/index.js';
export { statusEventSchema } from '../schemas/status-event.js';
export type { StatusEvent, StatusEventInput } from '../schemas/status-event.js';
export { dualTime, formatDualTime, formatDuration } from '../time/dual-time.js';
export type { DualTime } from '../time/dual-time.js';
