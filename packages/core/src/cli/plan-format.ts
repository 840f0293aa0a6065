// One formatter for every command that prints a plan (`plan`, `export`): the same formats, options and help.
import { serializePlan } from '../plan/serialize-plan.js';
import { toMarkdown } from '../export/markdown.js';
import { toCSV } from '../export/csv.js';
import { toICS } from '../export/ics/ics.js';
import { LOCALES, instantSchema, type Locale } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import { lookupStatus, type TaskStatusLookup } from '../export/status-lookup.js';
import { choiceOption, stringOption, type Parsed } from './args.js';
import { UsageError } from './io.js';
import { terminalText } from './terminal-text.js';
import { toHTML } from '../export/html.js';
import { itemsToJSON } from '../export/items-json.js';
import { CHECKLIST_GROUPS, type ChecklistGroupBy } from '../export/checklist.js';
import { isValidTimeZone } from '../schemas/time-zone.js';
import type { StatusState } from '../readiness/index.js';
import type { TaskQueryInput } from '../query/task-query.js';

/** Formats a plan can be printed in, by name. */
export const PLAN_FORMATS = ['json', 'md', 'csv', 'ics', 'html'] as const;
/** A plan output format. */
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** How to print a plan: the format and its options. */
export interface PlanFormatOptions {
  readonly format: PlanFormat;
  readonly locale: Locale;
  readonly csvRows: 'task' | 'occurrence';
  readonly bom: boolean;
  readonly icsTasks: 'todo' | 'event';
  readonly dtstamp?: Date;
  /** Current statuses (from a status log): `[x]` in Markdown, the status column in CSV, STATUS in iCalendar. */
  readonly statuses?: TaskStatusLookup;
  /** Checklists (Markdown, HTML): grouping. */
  readonly groupBy?: ChecklistGroupBy;
  /** Checklists: the reader's zone beside the platform's (default the plan's team zone). */
  readonly readerTimeZone?: string;
  /** Only the work items this query selects (JSON then lists the items, not the plan). */
  readonly query?: TaskQueryInput;
  /** Only this person's items (one file of `--split-by owner`). */
  readonly person?: string;
  /** The moment relative days in the query count from. */
  readonly now?: Date;
  /** The status state behind `statuses` (for the JSON items' statuses and blockers). */
  readonly state?: StatusState;
}

/** The `parseArgs` options of {@link formatOptionsFrom}; spread them into a command's options. */
export const FORMAT_ARGS = {
  format: { type: 'string' },
  locale: { type: 'string' },
  'csv-rows': { type: 'string' },
  bom: { type: 'boolean' },
  'ics-tasks': { type: 'string' },
  dtstamp: { type: 'string' },
  'group-by': { type: 'string' },
  zone: { type: 'string' },
} as const;

/** The help lines of {@link FORMAT_ARGS}. */
export const FORMAT_USAGE = `  --format json|md|csv|ics|html  output format (default json; html: a print-ready checklist)
  --locale en|zh-CN      language of Markdown and iCalendar text (default en)
  --csv-rows task|occurrence  CSV: one row per task (default) or per occurrence
  --bom                  CSV: start with a UTF-8 byte order mark (for Excel)
  --ics-tasks todo|event iCalendar: tasks as VTODO (default) or VEVENT
  --dtstamp <instant>    iCalendar: DTSTAMP, e.g. 2026-09-01T00:00:00Z (default now; fix it for identical re-exports)
  --group-by phase|workstream|person  Markdown, HTML: checklist groups (default phase, then workstream)
  --zone <IANA zone>     Markdown, HTML: the reader's zone shown beside the platform's (default the team zone)`;

/**
 * Reads the format options of a command line.
 *
 * @throws UsageError for an unknown choice or an unreadable `--dtstamp`.
 */
export function formatOptionsFrom(parsed: Parsed): PlanFormatOptions {
  const dtstampText = stringOption(parsed, 'dtstamp');
  let dtstamp: Date | undefined;
  if (dtstampText !== undefined) {
    const r = instantSchema.safeParse(dtstampText);
    if (!r.success) throw new UsageError(`--dtstamp must be an ISO 8601 date-time with an offset, e.g. 2026-09-01T00:00:00Z (got "${dtstampText}")`);
    dtstamp = r.data;
  }
  return {
    format: choiceOption(parsed, 'format', PLAN_FORMATS, 'json'),
    locale: choiceOption(parsed, 'locale', LOCALES, 'en'),
    csvRows: choiceOption(parsed, 'csv-rows', ['task', 'occurrence'] as const, 'task'),
    bom: parsed.values.bom === true,
    icsTasks: choiceOption(parsed, 'ics-tasks', ['todo', 'event'] as const, 'todo'),
    ...(dtstamp ? { dtstamp } : {}),
    groupBy: choiceOption(parsed, 'group-by', CHECKLIST_GROUPS, 'phase'),
    ...readerZone(parsed),
  };
}

function readerZone(parsed: Parsed): { readerTimeZone?: string } {
  const zone = stringOption(parsed, 'zone');
  if (zone === undefined) return {};
  if (!isValidTimeZone(zone)) throw new UsageError(`--zone must be an IANA time zone name such as Asia/Shanghai (got "${zone}")`);
  return { readerTimeZone: zone };
}

/** The plan with each task's status taken from `statuses` (the status log), for the JSON format. */
function withStatuses(plan: Plan, statuses: TaskStatusLookup): Plan {
  return { ...plan, tasks: plan.tasks.map((t) => ({ ...t, status: lookupStatus(t, statuses) })) };
}

/**
 * The text of `plan` in a format. With `statuses`, every format shows them (JSON too: each task's `status`).
 * Markdown is text for people: control characters in the plan's data are shown as `\xHH`, never sent to a
 * terminal; JSON, CSV and iCalendar keep the data as it is.
 *
 * @example
 * formatPlan(plan, { format: 'ics', locale: 'zh-CN', csvRows: 'task', bom: false, icsTasks: 'todo' })
 */
export function formatPlan(plan: Plan, options: PlanFormatOptions): string {
  const statuses = options.statuses ? { statuses: options.statuses } : {};
  // The same selection for every format, so that a filtered checklist and a filtered calendar agree.
  const selection = {
    ...(options.query ? { query: options.query } : {}),
    ...(options.person !== undefined ? { person: options.person } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
  const checklist = {
    locale: options.locale,
    ...statuses,
    ...selection,
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    ...(options.readerTimeZone ? { readerTimeZone: options.readerTimeZone } : {}),
  };
  switch (options.format) {
    case 'json':
      if (options.query || options.person !== undefined)
        return `${JSON.stringify(itemsToJSON(plan, options.query, options.state, options.now, options.person), null, 2)}\n`;
      return `${serializePlan(options.statuses ? withStatuses(plan, options.statuses) : plan)}\n`;
    case 'md':
      return terminalText(toMarkdown(plan, checklist));
    case 'html':
      return toHTML(plan, checklist);
    case 'csv':
      return toCSV(plan, { rows: options.csvRows, bom: options.bom, ...statuses, ...selection });
    case 'ics':
      return toICS(plan, {
        locale: options.locale,
        tasksAs: options.icsTasks,
        ...statuses,
        ...selection,
        ...(options.dtstamp ? { dtstamp: options.dtstamp } : {}),
      });
  }
}
