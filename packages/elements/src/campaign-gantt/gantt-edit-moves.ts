// The edits a drag or a key makes on a Gantt bar, and how they snap: pure functions, no DOM.
import { formatInZone, type Plan, type Task } from '@campaign-planner/core';
import { shiftWall, type EditInput } from '@campaign-planner/core/edits';

const DAY = 86_400_000;
/** From this many px per day the chart snaps to hours (one hour is then at least 4 px). */
export const HOUR_SNAP_DAY_WIDTH = 96;

/** What a drag changes: the whole bar, its start or its due. */
export type DragMode = 'move' | 'start' | 'due';

/** The snapping step of a scale: a day, or an hour at high zoom. */
export function snapMinutes(dayWidth: number): number {
  return dayWidth >= HOUR_SNAP_DAY_WIDTH ? 60 : 1440;
}

/** Whole snapping steps in a horizontal distance. */
export function stepsIn(dx: number, dayWidth: number): number {
  const stepPx = (dayWidth * snapMinutes(dayWidth)) / 1440;
  return Math.round(dx / stepPx);
}

/** The shift of `minutes` as an edit's time spec: whole days when it is whole days (they keep the wall time). */
function shift(minutes: number, zone: string) {
  return minutes % 1440 === 0 ? { days: minutes / 1440, zone } : { days: 0, minutes, zone };
}

/**
 * The edit a drag (or key) makes: move keeps the bar's length in wall-clock time; `start` and `due` move one
 * end, the other stays where it is. Shifts are in the display zone, so a due at 23:59 Pacific stays 23:59.
 *
 * @example
 * moveEdit(task, 'move', 3 * 1440, 'America/Los_Angeles') //=> { op: 'move-task', taskId, due: { days: 3, zone } }
 */
export function moveEdit(task: Task, mode: DragMode, minutes: number, zone: string): EditInput {
  const by = shift(minutes, zone);
  if (mode === 'move') return { op: 'move-task', taskId: task.id, due: by };
  if (mode === 'due') return { op: 'move-task', taskId: task.id, due: by, ...(task.start ? { start: task.start } : {}) };
  return { op: 'move-task', taskId: task.id, due: task.due, start: task.start ? by : null, dependents: 'stay' };
}

/** Where an end of the bar lands after `minutes` of wall-clock shift in `zone`. */
export function shiftedEnd(instant: Date, minutes: number, zone: string): Date {
  return shiftWall(instant, zone, minutes * 60_000);
}

/** The horizontal offset in px of an instant's shift on a chart of `dayWidth` px per day. */
export function offsetPx(from: Date, to: Date, dayWidth: number): number {
  return ((to.getTime() - from.getTime()) / DAY) * dayWidth;
}

/**
 * Both clocks of an instant, for the ghost and announcements: display zone first, then the plan's other zone.
 *
 * @example
 * bothClocks(due, plan, 'America/Los_Angeles') //=> '2026-11-02 23:59 America/Los_Angeles · 2026-11-03 15:59 Asia/Shanghai'
 */
export function bothClocks(instant: Date, plan: Plan, zone: string): string {
  const other = zone === plan.platformTimeZone ? plan.teamTimeZone : plan.platformTimeZone;
  return `${formatInZone(instant, zone)} ${zone} · ${formatInZone(instant, other)} ${other}`;
}
