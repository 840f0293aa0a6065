import type { Plan } from '../schemas/plan.js';
import { noteText } from '../i18n/notes.js';
import type { Task } from '../schemas/task.js';
import { taskOccurrences } from '../plan/occurrences.js';
import { formatInZone, formatISOInZone } from '../time/wall-time.js';
import { csvRecords } from './csv-syntax.js';
import { lookupStatus, type TaskStatusLookup } from './status-lookup.js';
import { statusKey } from '../readiness/index.js';
import { selectedKeys } from '../query/apply-query.js';
import type { TaskQueryInput } from '../query/task-query.js';

/**
 * The columns of a task CSV, in order. Names are stable: scripts and spreadsheets may rely on them.
 * `due` and `start` are exact instants (ISO 8601 with the platform zone's offset); `due_platform` and
 * `due_team` repeat `due` as wall times for people; lists (`depends_on`, `tags`) are `;`-separated.
 */
export const CSV_COLUMNS = [
  'id',
  'title_en',
  'title_zh-CN',
  'phase',
  'workstream',
  'due',
  'start',
  'recurrence',
  'depends_on',
  'owner',
  'status',
  'weight',
  'critical',
  'tags',
  'notes',
  'due_platform',
  'due_team',
  // Added with roles and deadline sources: at the end, so scripts reading the older columns by position still work.
  'notes_zh-CN',
  'role',
  'milestone',
  'clock',
  'due_source',
  'due_source_year',
  'due_source_note',
] as const;

const STATUS_INDEX = CSV_COLUMNS.indexOf('status');

/** Columns added after {@link CSV_COLUMNS} when there is one row per occurrence (1-based `occurrence`). */
export const CSV_OCCURRENCE_COLUMNS = ['occurrence', 'occurrence_due', 'occurrence_due_platform', 'occurrence_due_team'] as const;

/** A task CSV column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The separator of list cells (`depends_on`, `tags`). */
export const CSV_LIST_SEPARATOR = ';';

/** Options of {@link toCSV}. */
export interface CsvOptions {
  /** One row per task (default), or one per occurrence of each task (a one-off task has one). */
  readonly rows?: 'task' | 'occurrence';
  /** Start with a UTF-8 byte order mark so that Excel reads Chinese text as UTF-8 (default false). */
  readonly bom?: boolean;
  /** Current statuses by task id; by default the plan's. */
  readonly statuses?: TaskStatusLookup;
  /**
   * Only the work items this query selects (see `applyQuery`): with one row per task, the tasks with at
   * least one selected item; with one row per occurrence, the selected occurrences.
   */
  readonly query?: TaskQueryInput;
  /** The moment relative days in `query` count from (default: the current time). */
  readonly now?: Date;
  /** Only this person's items (see `personOf`), on top of the query. */
  readonly person?: string;
}

function taskCells(plan: Plan, task: Task, options: CsvOptions): string[] {
  const zone = plan.platformTimeZone;
  const cells: Record<CsvColumn, string> = {
    id: task.id,
    title_en: task.title.en,
    'title_zh-CN': task.title['zh-CN'],
    phase: task.phase,
    workstream: task.workstream,
    due: formatISOInZone(task.due, zone),
    start: task.start ? formatISOInZone(task.start, zone) : '',
    recurrence: task.recurrence ?? '',
    depends_on: task.dependsOn.join(CSV_LIST_SEPARATOR),
    owner: task.owner ?? '',
    status: lookupStatus(task, options.statuses),
    weight: String(task.weight),
    critical: String(task.critical),
    tags: task.tags.join(CSV_LIST_SEPARATOR),
    // A localized note splits in two columns (English in `notes`); a plain one stays in `notes`.
    notes: noteText(task.notes, 'en'),
    due_platform: formatInZone(task.due, zone),
    due_team: formatInZone(task.due, plan.teamTimeZone),
    'notes_zh-CN': typeof task.notes === 'object' ? task.notes['zh-CN'] : '',
    role: task.role ?? '',
    milestone: task.milestone === undefined ? '' : String(task.milestone),
    clock: task.clock ?? '',
    due_source: task.dueSource?.kind ?? '',
    due_source_year: task.dueSource?.year === undefined ? '' : String(task.dueSource.year),
    due_source_note: task.dueSource?.note ?? '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

/**
 * The plan's tasks as RFC 4180 CSV (CRLF line breaks, fields quoted when needed) with a header row of
 * {@link CSV_COLUMNS}, plus {@link CSV_OCCURRENCE_COLUMNS} with `rows: 'occurrence'`. A task-per-row file
 * reads back with `importTasksCSV`.
 *
 * @example
 * writeFileSync('tasks.csv', toCSV(plan, { bom: true }));
 * toCSV(plan).split('\r\n')[0] //=> 'id,title_en,title_zh-CN,phase,workstream,due,start,recurrence,depends_on,owner,status,weight,critical,tags,notes,due_platform,due_team'
 */
export function toCSV(plan: Plan, options: CsvOptions = {}): string {
  const perOccurrence = options.rows === 'occurrence';
  const header = perOccurrence ? [...CSV_COLUMNS, ...CSV_OCCURRENCE_COLUMNS] : [...CSV_COLUMNS];
  const rows: string[][] = [header];
  const keep = selectedKeys(plan, { ...options, statusOf: (i) => lookupStatus(i.task, options.statuses, i.occurrence) });
  const kept = (task: Task, at: Date) => !keep || keep.has(task.recurrence ? statusKey(task.id, at) : task.id);
  for (const task of plan.tasks) {
    if (keep && !taskOccurrences(plan, task).some((at) => kept(task, at))) continue;
    const cells = taskCells(plan, task, options);
    if (!perOccurrence) {
      rows.push(cells);
      continue;
    }
    taskOccurrences(plan, task).forEach((at, i) => {
      if (!kept(task, at)) return;
      const own = [...cells];
      // A function lookup can tell each occurrence's status (the daily check done on day 1, not day 2);
      // a one-off task's status is the task's, asked for without an occurrence.
      own[STATUS_INDEX] = lookupStatus(task, options.statuses, task.recurrence ? at : undefined);
      rows.push([
        ...own,
        String(i + 1),
        formatISOInZone(at, plan.platformTimeZone),
        formatInZone(at, plan.platformTimeZone),
        formatInZone(at, plan.teamTimeZone),
      ]);
    });
  }
  return (options.bom ? '\uFEFF' : '') + csvRecords(rows);
}
