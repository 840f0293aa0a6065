import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';
import type { TeamCalendar, TeamCalendarInput } from '../schemas/team-calendar.js';
import { campaignStart } from '../plan/occurrences.js';
import { addCalendarDays, formatCalendarDate, formatInZone, resolveWallTime, toWallTime, type CalendarDate } from '../time/wall-time.js';
import { appendNote, dropNoteLines } from '../i18n/notes.js';
import { dayInZone, deadlineMustMove, lastTeamWorkingDay, parseTeamCalendar, teamHoliday } from './working-days.js';

/** Tag of a task whose deadline was moved earlier off a team holiday. */
export const TEAM_MOVED_TAG = 'moved-for-team-holiday';
/** Tag of a task due on a team holiday that could not move (no earlier working day inside the campaign). */
export const TEAM_HOLIDAY_TAG = 'due-on-team-holiday';
/** Every note line the team calendar writes starts with this. */
export const TEAM_NOTE_PREFIX = 'Team calendar: ';
/** The same prefix on the Chinese lines of a localized note. */
export const TEAM_NOTE_PREFIX_ZH = '团队日历：';

/** What the team calendar did to one deadline. */
export interface TeamDayAdjustment {
  readonly taskId: string;
  /** `moved`: the due moved earlier; `kept`: no earlier working day fits (before the campaign or the task's start). */
  readonly kind: 'moved' | 'kept';
  /** The due before (and, when kept, after) the adjustment. */
  readonly from: Date;
  readonly to: Date;
  /** The team's day (`YYYY-MM-DD`, in the team calendar's zone) the original due fell on. */
  readonly teamDay: string;
  /** Its holiday name (`''` when unnamed; absent for a weekly rest day). */
  readonly holiday?: string;
  /** The team's last working day before `teamDay`. */
  readonly lastWorkingDay: string;
  /** The sentence written to the task's notes. */
  readonly message: string;
}

/** The result of {@link applyTeamCalendar}. */
export interface TeamCalendarResult {
  readonly plan: Plan;
  readonly adjustments: TeamDayAdjustment[];
}

const dayKey = formatCalendarDate;

/**
 * The latest instant at the same platform wall-clock time, on an earlier platform day, whose day in the
 * team's zone is on or before `last`. Stepping back whole platform days keeps "23:59 Pacific" a Pacific
 * 23:59: due times stay in platform time, only the day changes.
 */
function earlierAtSameWallTime(due: Date, platformZone: string, teamZone: string, last: CalendarDate): Date {
  const w = toWallTime(due, platformZone);
  for (let k = 1; ; k++) {
    const day = addCalendarDays(w, -k);
    const candidate = resolveWallTime({ ...day, hour: w.hour, minute: w.minute, second: w.second ?? 0 }, platformZone);
    // The team's day never runs more than a day or so ahead of the platform's; k stays small.
    if (dayKey(dayInZone(candidate, teamZone)) <= dayKey(last)) return candidate;
  }
}

function annotate(task: Task, tag: string, message: string): Task {
  return { ...task, tags: task.tags.includes(tag) ? task.tags : [...task.tags, tag], notes: appendNote(task.notes, message) };
}

function adjust(plan: Plan, calendar: TeamCalendar, task: Task): { task: Task; adjustment?: TeamDayAdjustment } {
  const teamZone = calendar.timeZone ?? plan.teamTimeZone;
  const zone = plan.platformTimeZone;
  const teamDay = dayInZone(task.due, teamZone);
  // Recurring tasks follow the platform's days (a daily check runs every sale day), so they never move; nor
  // does a platform deadline with a known source (a registration closes when the platform says).
  if (task.recurrence || (task.dueSource && task.clock !== 'team') || !deadlineMustMove(calendar, teamDay)) return { task };
  const last = lastTeamWorkingDay(calendar, addCalendarDays(teamDay, -1));
  const holiday = teamHoliday(calendar, teamDay);
  const what = holiday === undefined ? 'a team rest day' : `a team holiday${holiday ? ` (${holiday})` : ''}`;
  const both = (d: Date) => `${formatInZone(d, zone)} ${zone} (${formatInZone(d, teamZone)} ${teamZone})`;
  const to = earlierAtSameWallTime(task.due, zone, teamZone, last);
  const floor = Math.max(campaignStart(plan).getTime(), task.start?.getTime() ?? -Infinity);
  const base = { taskId: task.id, from: task.due, teamDay: dayKey(teamDay), ...(holiday !== undefined ? { holiday } : {}), lastWorkingDay: dayKey(last) };
  if (to.getTime() < floor) {
    const message = `${TEAM_NOTE_PREFIX}due ${both(task.due)} falls on ${what}; the team's last working day before it (${dayKey(last)}) is before the ${task.start && task.start.getTime() >= campaignStart(plan).getTime() ? "task's start" : 'campaign'}, so the deadline was kept.`;
    return { task: annotate(task, TEAM_HOLIDAY_TAG, message), adjustment: { ...base, kind: 'kept', to: task.due, message } };
  }
  const message = `${TEAM_NOTE_PREFIX}moved earlier from ${both(task.due)}, ${what}, to ${both(to)}, the team's last working day before it.`;
  return { task: annotate({ ...task, due: to }, TEAM_MOVED_TAG, message), adjustment: { ...base, kind: 'moved', to, message } };
}

/**
 * Moves every one-off deadline that falls on a team holiday (in the team's zone) earlier, to the same
 * platform wall-clock time on the latest platform day that is still the team's last working day or before,
 * and says so in the plan: the task gets the tag {@link TEAM_MOVED_TAG} and a note. The team's day is the
 * day of the deadline *in the team's zone*: 23:59 Pacific on Sep 30 is 14:59 on Oct 1 in Shanghai, a
 * National Day holiday, so it moves to Sep 29 23:59 Pacific (Sep 30 14:59 in Shanghai); 23:59 Pacific on
 * Oct 7 is already Oct 8 in Shanghai, a working day, so it stays.
 * A deadline with no working day left before it inside the campaign (or after the task's start) is kept,
 * tagged {@link TEAM_HOLIDAY_TAG}, with a note. Recurring tasks never move. The plan given is not changed;
 * applying the same calendar twice changes nothing more.
 *
 * @example
 * const { plan: adjusted, adjustments } = applyTeamCalendar(plan, chinaTeam2026);
 * adjustments.map((a) => `${a.taskId}: ${a.teamDay} -> ${a.lastWorkingDay}`)
 */
export function applyTeamCalendar(plan: Plan, calendarInput: TeamCalendar | TeamCalendarInput): TeamCalendarResult {
  const calendar = parseTeamCalendar(calendarInput);
  const adjustments: TeamDayAdjustment[] = [];
  const tasks = plan.tasks.map((task) => {
    const r = adjust(plan, calendar, task);
    if (r.adjustment) adjustments.push(r.adjustment);
    return r.task;
  });
  return { plan: { ...plan, tasks }, adjustments };
}

/**
 * A task without what a team calendar wrote into it (its tags and `Team calendar:` note lines), so that a
 * re-plan can apply the calendar afresh.
 *
 * @example
 * stripTeamCalendarNotes(task).tags.includes(TEAM_MOVED_TAG) //=> false
 */
export function stripTeamCalendarNotes(task: Task): Task {
  const { notes, ...rest } = task;
  const kept = dropNoteLines(notes, (line) => line.startsWith(TEAM_NOTE_PREFIX) || line.startsWith(TEAM_NOTE_PREFIX_ZH));
  return {
    ...rest,
    tags: task.tags.filter((t) => t !== TEAM_MOVED_TAG && t !== TEAM_HOLIDAY_TAG),
    ...(kept ? { notes: kept } : {}),
  };
}
