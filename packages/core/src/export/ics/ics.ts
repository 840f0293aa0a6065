import type { Locale } from '../../schemas/common.js';
import type { Plan } from '../../schemas/plan.js';
import type { Phase } from '../../schemas/phase.js';
import type { Task, TaskStatus } from '../../schemas/task.js';
import { WORKSTREAM_LABELS } from '../../i18n/labels.js';
import { clockZone, taskOccurrences } from '../../plan/occurrences.js';
import { toWallTime } from '../../time/wall-time.js';
import { lookupStatus, type TaskStatusLookup } from '../status-lookup.js';
import { dateTimeProperty, formatIcsUtc, wallText } from './datetime.js';
import { icsRecurrenceRule } from './rrule.js';
import { ContentLines, escapeText } from './text.js';
import { vtimezoneLines } from './vtimezone.js';
import { ICS_TEXT, taskDescription } from './description.js';
import { statusKey } from '../../readiness/index.js';
import { selectedKeys } from '../../query/apply-query.js';
import type { TaskQueryInput } from '../../query/task-query.js';

/** Options of {@link toICS}. */
export interface IcsOptions {
  /** Language of summaries and categories (default `en`); the description carries the other language. */
  readonly locale?: Locale;
  /** Tasks as to-dos with a `DUE` (default) or as events starting at the deadline. */
  readonly tasksAs?: 'todo' | 'event';
  /** The `DTSTAMP` of every component (default: now). Give one for byte-identical re-exports. */
  readonly dtstamp?: Date;
  /** Current statuses by task id; by default the plan's. */
  readonly statuses?: TaskStatusLookup;
  /** Reminders before a critical task's deadline, in minutes (default `[1440]`, a day before; `[]` for none). */
  readonly alarmMinutesBefore?: readonly number[];
  /** Whether to include one event per phase (default true). */
  readonly phases?: boolean;
  /** The right-hand side of every UID (default `campaign-planner`). */
  readonly uidDomain?: string;
  /**
   * `SEQUENCE` (revision number) per phase and task id, so that a re-export after a change updates each entry
   * in place (same UID, higher SEQUENCE); absent or 0 writes none. See `nextIcsSequence`.
   */
  readonly sequence?: { readonly phases?: Readonly<Record<string, number>>; readonly tasks?: Readonly<Record<string, number>> };
  /**
   * Only the work items this query selects (see `applyQuery`): tasks with none are left out, and the
   * occurrences of a series it does not select become `EXDATE`s. With `person`, a per-person feed.
   */
  readonly query?: TaskQueryInput;
  /** The moment relative days in `query` count from (default: the current time). */
  readonly now?: Date;
  /** Only this person's items (see `personOf`), on top of the query: the feed one team member subscribes to. */
  readonly person?: string;
}

const TODO_STATUS: Record<TaskStatus, string> = {
  todo: 'NEEDS-ACTION',
  'in-progress': 'IN-PROCESS',
  done: 'COMPLETED',
  blocked: 'NEEDS-ACTION',
  skipped: 'CANCELLED',
};

/** `1440` -> `-P1D`, `90` -> `-PT1H30M`: a trigger before the deadline. */
function triggerBefore(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m === 0) return 'PT0S';
  if (m % 1440 === 0) return `-P${m / 1440}D`;
  const h = Math.floor(m / 60);
  return `-PT${h ? `${h}H` : ''}${m % 60 ? `${m % 60}M` : ''}`;
}

/**
 * Calendar years (in the platform zone) of every instant the calendar mentions. A task's occurrences are
 * sorted, so its first and last stand for all; a loop rather than `Math.min(...years)`, which overflows the
 * stack past ~125,000 arguments.
 */
function yearsSpanned(plan: Plan, occurrencesOf: (task: Task) => readonly Date[]): [number, number] {
  const zone = plan.platformTimeZone;
  const instants: Date[] = plan.phases.flatMap((p) => [p.start, p.end]);
  for (const task of plan.tasks) {
    const occurrences = occurrencesOf(task);
    if (occurrences.length > 0) instants.push(occurrences[0]!, occurrences.at(-1)!);
    if (task.start) instants.push(task.start);
  }
  // Wall time only goes back at a fold (an hour or two when DST ends, never across New Year), so the
  // earliest and latest instants carry the first and last years: two conversions instead of two per task.
  let min = Infinity;
  let max = -Infinity;
  for (const d of instants) {
    const t = d.getTime();
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return [toWallTime(new Date(min), zone).year, toWallTime(new Date(max), zone).year];
}

interface Context {
  readonly plan: Plan;
  readonly locale: Locale;
  readonly other: Locale;
  /** The `DTSTAMP` line every component shares. */
  readonly stampLine: string;
  /** What follows a task or phase id in its UID (`.<plan id>@<domain>`), escaped. */
  readonly uidTail: string;
  /** Whether UIDs are ASCII (ids are; a domain may not be), so that their lines fold by length alone. */
  readonly asciiUids: boolean;
  readonly options: IcsOptions;
  /** A task's occurrences, expanded once per export (the years spanned, the RRULE and overrides all need them). */
  readonly occurrences: (task: Task) => readonly Date[];
  /** Keys of the selected work items; `undefined` keeps all. */
  readonly keep: ReadonlySet<string> | undefined;
  /** Each phase's label in the locale, by id (the first phase of an id wins, as `find` would). */
  readonly phaseLabel: ReadonlyMap<string, string>;
}

const isAscii = (text: string) => !NON_ASCII.test(text);
const NON_ASCII = /[^\u0000-\u007f]/;

const kept = (ctx: Context, task: Task, at: Date) => !ctx.keep || ctx.keep.has(task.recurrence ? statusKey(task.id, at) : task.id);

/** The occurrences of a series that the selection leaves out, as EXDATEs (in the platform zone, like DTSTART). */
function exdates(ctx: Context, task: Task, out: ContentLines): void {
  if (!ctx.keep) return;
  for (const at of ctx.occurrences(task)) if (!kept(ctx, task, at)) out.ascii(dateTimeProperty('EXDATE', at, clockZone(ctx.plan, task), true));
}

function occurrencesMemo(plan: Plan): (task: Task) => readonly Date[] {
  const memo = new Map<Task, readonly Date[]>();
  return (task) => {
    // A one-off task's only occurrence is its due: nothing to expand, nothing to keep.
    if (!task.recurrence) return [task.due];
    let dates = memo.get(task);
    if (!dates) memo.set(task, (dates = taskOccurrences(plan, task)));
    return dates;
  };
}

// Ids are letters, digits, `.`, `_` and `-` (idSchema): only the tail can need escaping, and it is escaped once.
const uid = (ctx: Context, kind: 'phase' | 'task', id: string) => `${kind}-${escapeText(id)}${ctx.uidTail}`;
/** Adds a line that holds a UID. */
const uidLine = (ctx: Context, line: string, out: ContentLines) => (ctx.asciiUids ? out.ascii(line) : out.text(line));
// Own keys only: a task id such as "constructor" must not read Object.prototype.
const sequenceOf = (map: Readonly<Record<string, number>> | undefined, id: string) => (map && Object.hasOwn(map, id) ? map[id] : 0);

function phaseEvent(ctx: Context, phase: Phase, out: ContentLines): void {
  const zone = ctx.plan.platformTimeZone;
  const team = ctx.plan.teamTimeZone;
  const t = ICS_TEXT[ctx.locale];
  const span = (z: string) => `${wallText(phase.start, z)} – ${wallText(phase.end, z)} (${z})`;
  out.ascii('BEGIN:VEVENT');
  uidLine(ctx, `UID:${uid(ctx, 'phase', phase.id)}`, out);
  out.ascii(ctx.stampLine);
  const n = sequenceOf(ctx.options.sequence?.phases, phase.id);
  if (n) out.ascii(`SEQUENCE:${n}`);
  out.ascii(dateTimeProperty('DTSTART', phase.start, zone));
  out.ascii(dateTimeProperty('DTEND', phase.end, zone));
  out.text(`SUMMARY:${escapeText(`${ctx.plan.name[ctx.locale]}: ${phase.label[ctx.locale]}`)}`);
  out.text(`DESCRIPTION:${escapeText(`${phase.label[ctx.other]}\n${t.platform}: ${span(zone)}\n${t.team}: ${span(team)}`)}`);
  out.text(`CATEGORIES:${escapeText(phase.label[ctx.locale])}`);
  // A phase spans weeks: it must not mark the team busy for all of them.
  out.ascii('TRANSP:TRANSPARENT');
  out.ascii('END:VEVENT');
}

function alarms(ctx: Context, task: Task, related: 'START' | 'END', out: ContentLines): void {
  if (!task.critical) return;
  const text = `DESCRIPTION:${escapeText(`${ICS_TEXT[ctx.locale].critical}: ${task.title[ctx.locale]}`)}`;
  for (const minutes of ctx.options.alarmMinutesBefore ?? [1440]) {
    out.ascii('BEGIN:VALARM');
    out.ascii('ACTION:DISPLAY');
    out.text(text);
    out.ascii(`TRIGGER${related === 'END' ? ';RELATED=END' : ''}:${triggerBefore(minutes)}`);
    out.ascii('END:VALARM');
  }
}

/**
 * Occurrences of a recurring task whose status differs from the series' (a status log says the daily check
 * of Nov 11 is done) as RECURRENCE-ID overrides: same UID, that occurrence's times and its own STATUS.
 * Only a function lookup knows occurrences, so only it yields overrides.
 */
function occurrenceOverrides(
  ctx: Context,
  task: Task,
  kind: 'VTODO' | 'VEVENT',
  common: readonly [from: number, to: number],
  seriesStatus: TaskStatus,
  out: ContentLines,
): void {
  const lookup = ctx.options.statuses;
  if (!task.recurrence || typeof lookup !== 'function') return;
  const zone = clockZone(ctx.plan, task);
  for (const at of ctx.occurrences(task)) {
    const status = lookupStatus(task, lookup, at);
    if (status === seriesStatus || !kept(ctx, task, at)) continue;
    out.ascii(`BEGIN:${kind}`);
    out.repeat(common[0], common[1]);
    out.ascii(dateTimeProperty('RECURRENCE-ID', at, zone, true));
    out.ascii(dateTimeProperty('DTSTART', at, zone, true));
    if (kind === 'VTODO') {
      out.ascii(dateTimeProperty('DUE', at, zone, true));
      out.ascii(`STATUS:${TODO_STATUS[status]}`);
    } else out.ascii(`STATUS:${status === 'skipped' ? 'CANCELLED' : 'CONFIRMED'}`);
    out.ascii(`END:${kind}`);
  }
}

function taskComponent(ctx: Context, task: Task, out: ContentLines): void {
  // A team-clock task is written in the team's zone, so its series repeats at the team's hour across DST.
  const zone = clockZone(ctx.plan, task);
  const status = lookupStatus(task, ctx.options.statuses);
  const rule = task.recurrence ? icsRecurrenceRule(ctx.plan, task, ctx.occurrences(task)) : undefined;
  // RFC 5545 counts DTSTART as the first instance even when the rule does not match it (a due on a Tuesday,
  // BYDAY=MO), so a series starts at its first occurrence, as in the plan's work items.
  const first = rule ? (ctx.occurrences(task)[0] ?? task.due) : task.due;
  const phase = ctx.phaseLabel.get(task.phase);
  let categories = `${escapeText(phase ?? task.phase)},${escapeText(WORKSTREAM_LABELS[task.workstream][ctx.locale])}`;
  for (const tag of task.tags) categories += `,${escapeText(tag)}`;
  const kind = ctx.options.tasksAs === 'event' ? 'VEVENT' : 'VTODO';
  out.ascii(`BEGIN:${kind}`);
  // The lines an occurrence override repeats, from here to `to`.
  const from = out.length;
  uidLine(ctx, `UID:${uid(ctx, 'task', task.id)}`, out);
  out.ascii(ctx.stampLine);
  const n = sequenceOf(ctx.options.sequence?.tasks, task.id);
  if (n) out.ascii(`SEQUENCE:${n}`);
  out.text(`SUMMARY:${escapeText(task.title[ctx.locale])}`);
  out.text(`DESCRIPTION:${taskDescription(ctx.plan, ctx.locale, task)}`);
  out.text(`CATEGORIES:${categories}`);
  if (task.critical) out.ascii('PRIORITY:1');
  for (const dep of task.dependsOn) uidLine(ctx, `RELATED-TO;RELTYPE=DEPENDS-ON:${uid(ctx, 'task', dep)}`, out);
  const to = out.length;
  if (kind === 'VEVENT') {
    // An event at the deadline: calendars show the moment the work must be in.
    out.ascii(dateTimeProperty('DTSTART', first, zone, Boolean(rule)));
    if (rule) {
      out.text(`RRULE:${rule}`);
      exdates(ctx, task, out);
    }
    out.ascii(`STATUS:${status === 'skipped' ? 'CANCELLED' : 'CONFIRMED'}`);
    alarms(ctx, task, 'START', out);
  } else {
    // A recurring to-do's series starts at DTSTART, so DTSTART is the first due time; a one-off keeps its start.
    const start = rule ? first : task.start;
    if (start) out.ascii(dateTimeProperty('DTSTART', start, zone, Boolean(rule)));
    out.ascii(dateTimeProperty('DUE', first, zone, Boolean(rule)));
    if (rule) {
      out.text(`RRULE:${rule}`);
      exdates(ctx, task, out);
    }
    out.ascii(`STATUS:${TODO_STATUS[status]}`);
    if (status === 'done') out.ascii('PERCENT-COMPLETE:100');
    alarms(ctx, task, 'END', out);
  }
  out.ascii(`END:${kind}`);
  occurrenceOverrides(ctx, task, kind, [from, to], status, out);
  out.flush();
}

/**
 * The opening lines every calendar this library writes shares: the VCALENDAR, its product and method, and its
 * name (escaped).
 *
 * @example
 * calendarHead('AliExpress 11.11 2026') //=> ['BEGIN:VCALENDAR', 'VERSION:2.0', …, 'X-WR-CALNAME:AliExpress 11.11 2026']
 */
export function calendarHead(name: string): string[] {
  const text = escapeText(name);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//campaign-planner//campaign-planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${text}`,
    `X-WR-CALNAME:${text}`,
  ];
}

/**
 * The plan as one iCalendar (RFC 5545) stream, ready to import or to publish for subscription:
 * - a VTIMEZONE for the platform zone generated from the runtime's zone data for the years the plan spans;
 * - one timed VEVENT per phase, `[start, end)` in the platform zone (timed rather than all-day, so the
 *   phase begins at platform midnight wherever the calendar is opened);
 * - one VTODO (`DUE`, and `DTSTART` for a start) or VEVENT (starting at the deadline) per task, in the
 *   platform zone with `TZID` (a recurring to-do's DTSTART is its first due time, as RRULE counts from it),
 *   an `RRULE` for a recurring task, `CATEGORIES` for phase, workstream and tags, a `VALARM` for each
 *   critical deadline;
 * - stable UIDs (`task-<task id>.<plan id>@campaign-planner`): re-importing an updated export updates
 *   the entries instead of duplicating them.
 * Lines are CRLF-terminated and folded at 75 octets without splitting a UTF-8 character.
 *
 * @example
 * writeFileSync('11-11.ics', toICS(plan, { locale: 'zh-CN', dtstamp: new Date('2026-09-01T00:00:00Z') }));
 */
export function toICS(plan: Plan, options: IcsOptions = {}): string {
  const locale = options.locale ?? 'en';
  const uidTail = escapeText(`.${plan.id}@${options.uidDomain ?? 'campaign-planner'}`);
  const ctx: Context = {
    plan,
    locale,
    other: locale === 'en' ? 'zh-CN' : 'en',
    stampLine: `DTSTAMP:${formatIcsUtc(options.dtstamp ?? new Date())}`,
    uidTail,
    asciiUids: isAscii(uidTail) && plan.phases.every((p) => isAscii(p.id)) && plan.tasks.every((t) => isAscii(t.id) && t.dependsOn.every(isAscii)),
    options,
    occurrences: occurrencesMemo(plan),
    keep: selectedKeys(plan, { ...options, statusOf: (i) => lookupStatus(i.task, options.statuses, i.occurrence) }),
    phaseLabel: new Map([...plan.phases].reverse().map((p) => [p.id, p.label[locale]])),
  };
  const [fromYear, toYear] = yearsSpanned(plan, ctx.occurrences);
  const head = [
    ...calendarHead(plan.name[locale]),
    `X-WR-TIMEZONE:${plan.platformTimeZone}`,
    // Hints for subscribed calendars (RFC 7986 and its older Apple/Microsoft equivalent).
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...vtimezoneLines(plan.platformTimeZone, fromYear, toYear),
    ...(plan.teamTimeZone !== plan.platformTimeZone && plan.tasks.some((t) => t.clock === 'team') ? vtimezoneLines(plan.teamTimeZone, fromYear, toYear) : []),
  ];
  const out = new ContentLines();
  for (const line of head) out.text(line);
  if (options.phases !== false) for (const p of plan.phases) phaseEvent(ctx, p, out);
  for (const task of plan.tasks) if (!ctx.keep || ctx.occurrences(task).some((at) => kept(ctx, task, at))) taskComponent(ctx, task, out);
  out.ascii('END:VCALENDAR');
  return out.join();
}
