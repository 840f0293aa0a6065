import type { Task } from '../schemas/task.js';
import { appendNote, dropNoteLines } from '../i18n/notes.js';
import { stripTeamCalendarNotes, TEAM_HOLIDAY_TAG, TEAM_MOVED_TAG, TEAM_NOTE_PREFIX, TEAM_NOTE_PREFIX_ZH } from '../team-calendar/team-deadlines.js';

const TEAM_TAGS = new Set([TEAM_MOVED_TAG, TEAM_HOLIDAY_TAG]);

/** The current task with the timing of the re-made one; team calendar marks are those of the re-made one. */
function carry(current: Task, remade: Task): Task {
  const base = stripTeamCalendarNotes(current);
  const { start: _start, recurrence: _recurrence, ...rest } = base;
  // Only the re-made task's team calendar lines, in each of its locales.
  const teamNotes = dropNoteLines(remade.notes, (l) => !l.startsWith(TEAM_NOTE_PREFIX) && !l.startsWith(TEAM_NOTE_PREFIX_ZH));
  const notes = teamNotes === undefined ? base.notes : appendNote(base.notes, teamNotes);
  return {
    ...rest,
    phase: remade.phase,
    due: remade.due,
    ...(remade.start ? { start: remade.start } : {}),
    ...(remade.recurrence ? { recurrence: remade.recurrence } : {}),
    tags: [...base.tags, ...remade.tags.filter((t) => TEAM_TAGS.has(t))],
    ...(notes ? { notes } : {}),
  };
}

/**
 * The tasks of a re-planned plan: the current tasks in their order, each with its timing (`phase`, `due`,
 * `start`, `recurrence`) from the re-made plan when it has the task, then the re-made plan's new tasks.
 * Everything else (status, owner, notes, tags, title, dependencies) stays as the team left it.
 *
 * @example
 * mergeCarried(plan.tasks, instantiate(template, { ...options, calendar: published }).tasks)
 */
export function mergeCarried(current: readonly Task[], remade: readonly Task[]): Task[] {
  const byId = new Map(remade.map((t) => [t.id, t] as const));
  const known = new Set(current.map((t) => t.id));
  return [...current.map((t) => (byId.has(t.id) ? carry(t, byId.get(t.id)!) : t)), ...remade.filter((t) => !known.has(t.id))];
}
