// @campaign-planner/core/calendars: team working-day calendars, plan diff, re-plan with a new published calendar.
export { WEEKDAYS, teamCalendarSchema } from '../schemas/team-calendar.js';
export type { TeamCalendar, TeamCalendarInput, Weekday } from '../schemas/team-calendar.js';
export {
  parseTeamCalendar,
  isTeamWorkingDay,
  teamHoliday,
  deadlineMustMove,
  addTeamWorkingDays,
  lastTeamWorkingDay,
  weekdayOf,
  dayInZone,
} from '../calendars/working-days.js';
export { applyTeamCalendar, stripTeamCalendarNotes, TEAM_MOVED_TAG, TEAM_HOLIDAY_TAG, TEAM_NOTE_PREFIX } from '../calendars/team-deadlines.js';
export type { TeamDayAdjustment, TeamCalendarResult } from '../calendars/team-deadlines.js';
export { diffPlans } from '../calendars/diff-plans.js';
export type { PlanDiff, PlanChange, InstantMove } from '../calendars/diff-plans.js';
export { formatPlanDiff, serializePlanDiff } from '../calendars/format-diff.js';
export { replan } from '../calendars/replan.js';
export type { ReplanOptions, ReplanResult, ImpossibleTask } from '../calendars/replan.js';
export { carryEvents } from '../calendars/carry-events.js';
export type { CarriedEvents, UnmappedEvent } from '../calendars/carry-events.js';
export { followDependencies } from '../calendars/follow-dependencies.js';
export type { DependentPush, DependencyConflict, FollowResult } from '../calendars/follow-dependencies.js';
export { mergeCarried } from '../calendars/merge-carried.js';
export { nextIcsSequence } from '../calendars/ics-sequence.js';
export type { IcsSequence } from '../calendars/ics-sequence.js';
