import type { Plan } from '../schemas/plan.js';
import { addCalendarDays, formatCalendarDate, startOfDayInZone, toWallTime, type CalendarDate } from '../time/wall-time.js';
import { isClosed, type ItemStatus, type StatusState } from '../readiness/index.js';
import { applyQuery } from './apply-query.js';
import type { TaskQueryInput } from './task-query.js';
import type { Roster } from '../schemas/roster.js';
import { personOf, personSettings, withRoster } from './person.js';

/** Options of {@link morningBrief}. */
export interface BriefOptions {
  /** Whose brief: only this person's items (see `personOf`). By default everyone's. */
  readonly person?: string;
  /** The reader's zone: "today" and "tomorrow" are its days (default the roster's zone for `person`, else the plan's team zone). */
  readonly timeZone?: string;
  /**
   * Who does what (see `withRoster`): role tasks without an owner are their roster person's, and the
   * person's `timeZone` in `roster.people` is the reader's zone unless `timeZone` is given.
   */
  readonly roster?: Roster;
  /** How many days from today to list, today included (default 2: today and tomorrow). */
  readonly days?: number;
  /** A further selection (a workstream, a role) on top of the person. */
  readonly query?: TaskQueryInput;
}

/** One day of a brief: a calendar day in the reader's zone and the open items due in it (from now on, for today). */
export interface BriefDay {
  /** `YYYY-MM-DD` in the reader's zone. */
  readonly date: string;
  /** 0 for today, 1 for tomorrow... */
  readonly offset: number;
  readonly start: Date;
  readonly end: Date;
  readonly items: readonly ItemStatus[];
}

/** What a person has to do, as of `now`: overdue items, the next days' items, and what is blocked. */
export interface MorningBrief {
  readonly now: Date;
  readonly person: string | undefined;
  readonly timeZone: string;
  /** Open items due before now, earliest first. */
  readonly overdue: readonly ItemStatus[];
  readonly days: readonly BriefDay[];
  /** The listed open items (overdue or in the days) that wait for a dependency or are marked blocked. */
  readonly blocked: readonly ItemStatus[];
}

const byDue = (a: ItemStatus, b: ItemStatus) => a.due.getTime() - b.due.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * A morning brief: the open work items of one person (or everyone) that are overdue, due today, tomorrow
 * and the following days in the reader's zone (whole wall-clock days, 23 or 25 hours long across a DST
 * change), and which of them are blocked by what. Statuses come from `state` (the log).
 *
 * @example
 * const b = morningBrief(plan, state, new Date(), { person: 'li', timeZone: 'Asia/Shanghai' });
 * b.days[0].items.map((i) => i.task.id) // due today in Shanghai
 * morningBrief(plan, state, new Date(), { person: 'Li Wei', roster }).timeZone // Li Wei's zone in the roster
 */
export function morningBrief(base: Plan, state: StatusState | undefined, now: Date, options: BriefOptions = {}): MorningBrief {
  const plan = options.roster ? withRoster(base, options.roster) : base;
  const fromRoster = options.person !== undefined ? personSettings(options.roster, options.person).timeZone : undefined;
  const zone = options.timeZone ?? fromRoster ?? plan.teamTimeZone;
  const n = options.days ?? 2;
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new RangeError(`days must be a whole number from 1 to 366 (got ${n})`);
  const w = toWallTime(now, zone);
  const today: CalendarDate = { year: w.year, month: w.month, day: w.day };
  const days = Array.from({ length: n }, (_, offset) => {
    const date = addCalendarDays(today, offset);
    return { date, offset, start: startOfDayInZone(date, zone), end: startOfDayInZone(addCalendarDays(date, 1), zone) };
  });
  const windowEnd = days[n - 1]!.end.getTime();
  const open = applyQuery(plan, options.query ?? {}, state, now)
    .filter((i) => !isClosed(i.status) && i.due.getTime() < windowEnd)
    .filter((i) => options.person === undefined || personOf(plan, i.task) === options.person)
    .sort(byDue);
  const t = now.getTime();
  return {
    now,
    person: options.person,
    timeZone: zone,
    overdue: open.filter((i) => i.due.getTime() < t),
    days: days.map((d) => ({
      date: formatCalendarDate(d.date),
      offset: d.offset,
      start: d.start,
      end: d.end,
      items: open.filter((i) => i.due.getTime() >= Math.max(t, d.start.getTime()) && i.due.getTime() < d.end.getTime()),
    })),
    blocked: open.filter((i) => i.status === 'blocked' || i.blockedBy.length > 0),
  };
}
