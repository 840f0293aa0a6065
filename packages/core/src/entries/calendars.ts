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
} from '../team-calendar/working-days.js';
export { applyTeamCalendar, stripTeamCalendarNotes, TEAM_MOVED_TAG, TEAM_HOLIDAY_TAG, TEAM_NOTE_PREFIX } from '../team-calendar/team-deadlines.js';
export type { TeamDayAdjustment, TeamCalendarResult } from '../team-calendar/team-deadlines.js';
export { diffPlans } from '../replanning/diff-plans.js';
export type { PlanDiff, PlanChange, InstantMove } from '../replanning/diff-plans.js';
export { formatPlanDiff, serializePlanDiff } from '../replanning/format-diff.js';
export { replan } from '../replanning/replan.js';
export type { ReplanOptions, ReplanResult, ImpossibleTask } from '../replanning/replan.js';
export { carryEvents } from '../replanning/carry-events.js';
export type { CarriedEvents, UnmappedEvent } from '../replanning/carry-events.js';
export { followDependencies } from '../replanning/follow-dependencies.js';
export type { DependentPush, DependencyConflict, FollowResult } from '../replanning/follow-dependencies.js';
export { mergeCarried } from '../replanning/merge-carried.js';
export { nextIcsSequence } from '../replanning/ics-sequence.js';
export type { IcsSequence } from '../replanning/ics-sequence.js';
