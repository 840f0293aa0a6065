/** A path into a plan or template: keys and array indexes, e.g. `['tasks', 3, 'due']`. */
export type IssuePath = ReadonlyArray<string | number>;

/** Codes of the problems `parsePlan` and `instantiate` report. Messages live apart from the codes. */
export type IssueCode =
  | 'invalid_shape'
  | 'duplicate_id'
  | 'unknown_phase'
  | 'unknown_dependency'
  | 'self_dependency'
  | 'dependency_cycle'
  | 'phase_not_contiguous'
  | 'phase_empty'
  | 'due_outside_campaign'
  | 'due_before_start'
  | 'invalid_rrule'
  | 'empty_recurrence'
  | 'recurrence_outside_campaign'
  | 'too_many_occurrences'
  | 'invalid_calendar'
  | 'invalid_anchor'
  | (string & {});

/** One problem found in input, with where it is and what was expected. */
export interface Issue {
  /** A stable machine-readable code. */
  readonly code: IssueCode;
  /** Where the problem is, as keys and indexes. */
  readonly path: IssuePath;
  /** A sentence saying what was expected. */
  readonly message: string;
}

/**
 * Formats a path the way a person reads it: `tasks[3].due`, `phases[0].label.zh-CN`.
 *
 * @example
 * formatPath(['tasks', 3, 'due']) //=> 'tasks[3].due'
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}
