import { PlanValidationError } from '../errors/validation-error.js';
import { issuesFromZod } from '../errors/from-zod.js';
import type { Issue, IssueCode } from '../errors/issue.js';
import { safeParsePlan } from '../plan/parse-plan.js';
import { instantSchema } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import { taskSchema, type Task, type TaskInput } from '../schemas/task.js';
import { formatInZone, parseWallTime, resolveWallTime } from '../time/wall-time.js';
import { CSV_COLUMNS, CSV_LIST_SEPARATOR, CSV_OCCURRENCE_COLUMNS, type CsvColumn } from '../export/csv.js';
import { parseCsv, type CsvRecord } from '../export/csv-syntax.js';

/** A problem in an imported CSV: its line (1-based; the header is line 1) and column, when it has one. */
export interface CsvIssue extends Issue {
  /** The line the record starts on; `0` for a problem with a task already in the plan. */
  readonly line: number;
  readonly column?: string;
}

/**
 * Formats a CSV problem the way a person reads it.
 *
 * @example
 * formatCsvIssue({ code: 'invalid_shape', path: [], line: 4, column: 'due', message: 'expected …' }) //=> 'line 4, column due: expected …'
 */
export function formatCsvIssue(issue: CsvIssue): string {
  const where = issue.line > 0 ? `line ${issue.line}` : 'plan';
  return `${where}${issue.column ? `, column ${issue.column}` : ''}: ${issue.message}`;
}

/** Thrown by {@link importTasksCSV}: every problem found, each with its line and column. */
export class CsvImportError extends PlanValidationError {
  declare readonly issues: readonly CsvIssue[];
  constructor(issues: readonly CsvIssue[]) {
    super(issues, 'CSV');
    const head = issues.slice(0, 5).map(formatCsvIssue).join('; ');
    this.message = `Invalid CSV: ${head}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`;
    this.name = 'CsvImportError';
  }
}

/** Options of {@link importTasksCSV}. */
export interface ImportCsvOptions {
  /** `merge` (default): rows update the plan's tasks with the same id and add the others; `replace`: rows become all the tasks. */
  readonly mode?: 'merge' | 'replace';
  /**
   * With `mode: 'replace'`, a CSV with a header and no rows empties the plan only when this is true
   * (default false: a truncated or wrongly saved spreadsheet must not silently delete every task).
   */
  readonly allowEmpty?: boolean;
}

/** The result of {@link safeImportTasksCSV}. */
export type ImportCsvResult = { success: true; plan: Plan } | { success: false; issues: CsvIssue[] };

const REQUIRED: readonly CsvColumn[] = ['id', 'title_en', 'title_zh-CN', 'phase', 'workstream', 'due'];
const INSTANT_HINT = 'expected an ISO 8601 date-time with an offset (2026-10-21T23:59:00-07:00) or a platform wall time (2026-10-21 23:59)';

const issue = (line: number, column: string | undefined, message: string, code: IssueCode = 'invalid_shape'): CsvIssue => ({
  code,
  path: column ? ['csv', line, column] : ['csv', line],
  line,
  ...(column ? { column } : {}),
  message,
});

/** The plan field a column fills, and back: `depends_on` <-> `dependsOn`, `title_en` <-> `title.en`. */
function columnOf(path: ReadonlyArray<string | number>): string | undefined {
  const [field, sub] = path;
  if (field === 'title') return sub === 'zh-CN' ? 'title_zh-CN' : 'title_en';
  if (field === 'dependsOn') return 'depends_on';
  if (field === 'dueSource') return sub === 'year' ? 'due_source_year' : sub === 'note' ? 'due_source_note' : 'due_source';
  if (field === 'notes' && sub === 'zh-CN') return 'notes_zh-CN';
  return typeof field === 'string' ? field : undefined;
}

function checkHeader(header: CsvRecord): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const seen = new Set<string>();
  header.fields.forEach((raw) => {
    const name = raw.trim();
    if (seen.has(name)) issues.push(issue(1, name, 'duplicate column'));
    seen.add(name);
    if ((CSV_OCCURRENCE_COLUMNS as readonly string[]).includes(name))
      issues.push(issue(1, name, 'a file with one row per occurrence cannot be imported; export one row per task'));
    else if (!(CSV_COLUMNS as readonly string[]).includes(name))
      issues.push(issue(1, name || '(empty)', `unknown column, expected some of ${CSV_COLUMNS.join(', ')}`));
  });
  for (const name of REQUIRED) if (!seen.has(name)) issues.push(issue(1, name, 'missing column'));
  return issues;
}

interface Row {
  readonly line: number;
  readonly task: Task;
}

function parseInstant(value: string, zone: string): Date | undefined {
  const exact = instantSchema.safeParse(value);
  if (exact.success) return exact.data;
  try {
    return resolveWallTime(parseWallTime(value), zone);
  } catch {
    return undefined;
  }
}

const list = (v: string) =>
  v
    .split(CSV_LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** Roles, milestones, clocks, deadline sources and Chinese notes, from the columns `toCSV` writes for them. */
function taskExtras(record: CsvRecord, header: readonly string[]): Record<string, unknown> {
  const raw = (c: string) => (header.indexOf(c) >= 0 ? record.fields[header.indexOf(c)]! : '');
  const out: Record<string, unknown> = {};
  if (raw('notes_zh-CN') !== '') out.notes = { en: raw('notes'), 'zh-CN': raw('notes_zh-CN') };
  if (raw('role').trim() !== '') out.role = raw('role').trim();
  const milestone = raw('milestone').trim().toLowerCase();
  if (milestone !== '')
    out.milestone = ['true', 'yes', '1', 'y'].includes(milestone) ? true : ['false', 'no', '0', 'n'].includes(milestone) ? false : milestone;
  if (raw('clock').trim() !== '') out.clock = raw('clock').trim();
  if (raw('due_source').trim() !== '') {
    const year = raw('due_source_year').trim();
    out.dueSource = {
      kind: raw('due_source').trim(),
      ...(year !== '' ? { year: /^\d+$/.test(year) ? Number(year) : year } : {}),
      ...(raw('due_source_note') !== '' ? { note: raw('due_source_note') } : {}),
    };
  }
  return out;
}

/** One record as a task, or the problems of its cells. */
function readRow(record: CsvRecord, header: readonly string[], plan: Plan): Row | CsvIssue[] {
  const { line } = record;
  const cell = (c: string) => (header.indexOf(c) >= 0 ? record.fields[header.indexOf(c)]!.trim() : '');
  const issues: CsvIssue[] = [];
  const input: Record<string, unknown> = {
    id: cell('id'),
    title: { en: cell('title_en'), 'zh-CN': cell('title_zh-CN') },
    phase: cell('phase'),
    workstream: cell('workstream'),
    dependsOn: list(cell('depends_on')),
    tags: list(cell('tags')),
  };
  for (const key of ['due', 'start'] as const) {
    const v = cell(key);
    if (v === '') continue;
    const at = parseInstant(v, plan.platformTimeZone);
    if (at) input[key] = at;
    else issues.push(issue(line, key, `"${v}": ${INSTANT_HINT}`));
  }
  for (const key of ['recurrence', 'owner', 'status'] as const) if (cell(key) !== '') input[key] = cell(key);
  if (header.includes('notes') && record.fields[header.indexOf('notes')] !== '') input.notes = record.fields[header.indexOf('notes')];
  Object.assign(input, taskExtras(record, header));
  const weight = cell('weight');
  if (weight !== '') input.weight = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(weight) ? Number(weight) : weight;
  const critical = cell('critical').toLowerCase();
  if (critical !== '') {
    if (['true', 'yes', '1', 'y'].includes(critical)) input.critical = true;
    else if (['false', 'no', '0', 'n'].includes(critical)) input.critical = false;
    else issues.push(issue(line, 'critical', `"${cell('critical')}": expected true or false`));
  }
  const parsed = taskSchema.safeParse(input);
  if (!parsed.success)
    for (const i of issuesFromZod(parsed.error)) {
      const column = columnOf(i.path);
      // A missing due was already reported by its own cell when unreadable.
      if (!issues.some((x) => x.column === column)) issues.push(issue(line, column, i.message));
    }
  if (issues.length > 0 || !parsed.success) return issues;
  const task = parsed.data;
  // The wall-time columns are for people; if one was edited and not `due`, say so rather than lose the edit.
  for (const [column, zone] of [
    ['due_platform', plan.platformTimeZone],
    ['due_team', plan.teamTimeZone],
  ] as const) {
    const shown = cell(column);
    if (shown !== '' && shown !== formatInZone(task.due, zone))
      issues.push(issue(line, column, `"${shown}" disagrees with due (${formatInZone(task.due, zone)} in ${zone}); edit due, or clear ${column}`));
  }
  return issues.length > 0 ? issues : { line, task };
}

/**
 * Like {@link importTasksCSV}, returning the problems instead of throwing.
 *
 * @example
 * const r = safeImportTasksCSV(text, plan);
 * if (!r.success) r.issues.forEach((i) => console.error(formatCsvIssue(i)));
 */
export function safeImportTasksCSV(text: string, plan: Plan, options: ImportCsvOptions = {}): ImportCsvResult {
  const parsed = parseCsv(text);
  if ('error' in parsed) return { success: false, issues: [issue(parsed.error.line, undefined, parsed.error.message, 'invalid_csv')] };
  const [head, ...body] = parsed.records;
  if (!head) return { success: false, issues: [issue(1, undefined, `expected a header row: ${CSV_COLUMNS.join(',')}`, 'invalid_csv')] };
  const headerIssues = checkHeader(head);
  if (headerIssues.length > 0) return { success: false, issues: headerIssues };
  const header = head.fields.map((f) => f.trim());

  const issues: CsvIssue[] = [];
  const rows: Row[] = [];
  const firstLine = new Map<string, number>();
  for (const record of body) {
    // Spreadsheets leave empty rows (",,,,") behind: they are no task.
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length !== header.length) {
      issues.push(issue(record.line, undefined, `expected ${header.length} fields, found ${record.fields.length}`));
      continue;
    }
    const id = record.fields[header.indexOf('id')]!.trim();
    const seen = firstLine.get(id);
    if (id && seen !== undefined) issues.push(issue(record.line, 'id', `duplicate id "${id}" (first on line ${seen})`, 'duplicate_id'));
    else if (id) firstLine.set(id, record.line);
    const row = readRow(record, header, plan);
    if (Array.isArray(row)) issues.push(...row);
    else if (seen === undefined) rows.push(row);
  }
  if (issues.length > 0) return { success: false, issues };
  if (options.mode === 'replace' && rows.length === 0 && !options.allowEmpty && plan.tasks.length > 0)
    return {
      success: false,
      issues: [
        issue(
          2,
          undefined,
          `the CSV has no task rows: replacing would remove all ${plan.tasks.length} tasks of the plan (allow it with allowEmpty, --allow-empty on the command line)`,
          'empty_import',
        ),
      ],
    };

  const fromCsv = new Map(rows.map((r) => [r.task.id, r] as const));
  const kept = options.mode === 'replace' ? [] : plan.tasks.map((t) => fromCsv.get(t.id)?.task ?? t);
  const keptIds = new Set(kept.map((t) => t.id));
  const tasks = [...kept, ...rows.filter((r) => !keptIds.has(r.task.id)).map((r) => r.task)];
  // The whole plan is validated again (phases, dependencies, deadlines inside the campaign, recurrence).
  const result = safeParsePlan({ ...plan, tasks: tasks as TaskInput[] });
  if (result.success) return result;
  return {
    success: false,
    issues: result.issues.map((i) => {
      const [key, index, ...rest] = i.path;
      const task = key === 'tasks' && typeof index === 'number' ? tasks[index] : undefined;
      const row = task ? fromCsv.get(task.id) : undefined;
      if (row) return issue(row.line, columnOf(rest), i.message, i.code);
      return issue(0, undefined, task ? `task "${task.id}" (already in the plan): ${i.message}` : i.message, i.code);
    }),
  };
}

/**
 * Imports tasks kept in a spreadsheet: a CSV with a header row of {@link CSV_COLUMNS} names (any order;
 * `id`, `title_en`, `title_zh-CN`, `phase`, `workstream` and `due` required; `due_platform`, `due_team` optional,
 * checked against `due`). `due` and `start` take an ISO date-time with offset or a wall time in the
 * platform zone (`2026-10-21 23:59`). Returns a NEW validated plan; the given plan is not changed.
 *
 * @throws CsvImportError listing every bad row with its line and column; nothing is imported then.
 * @example
 * const next = importTasksCSV(readFileSync('tasks.csv', 'utf8'), plan);
 */
export function importTasksCSV(text: string, plan: Plan, options: ImportCsvOptions = {}): Plan {
  const result = safeImportTasksCSV(text, plan, options);
  if (!result.success) throw new CsvImportError(result.issues);
  return result.plan;
}
