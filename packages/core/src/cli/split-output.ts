// Where a command's formatted plan goes: stdout, one file (--out), or one file per person (--split-by owner).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../schemas/plan.js';
import { peopleOf } from '../query/apply-query.js';
import { lookupStatus } from '../export/status-lookup.js';
import { choiceOption, stringOption, type Parsed } from './args.js';
import { UsageError, type CliIO } from './io.js';
import { writeFileSafely } from './safe-write.js';
import { terminalLine } from './terminal-text.js';
import { formatPlan, type PlanFormatOptions } from './plan-format.js';
import type { PersonOptions } from '../export/person-options.js';

/** The `parseArgs` options of {@link writePlanOutput}. */
export const OUTPUT_ARGS = {
  out: { type: 'string' },
  'split-by': { type: 'string' },
  'out-dir': { type: 'string' },
} as const;

/** The help lines of {@link OUTPUT_ARGS}. */
export const OUTPUT_USAGE = `  --out <file>           write to a file (atomically) instead of stdout
  --split-by owner       one file per person (their items of the selection), e.g. li.md, wang.ics
  --out-dir <dir>        the folder --split-by writes into (created when missing)`;

/**
 * A file name for a person: letters (any script), digits, `.`, `_`, `-`; anything else becomes `-`, so a
 * name cannot climb out of the folder (`../x`) or hide (`.x`).
 *
 * @example
 * personFileName('Li Wei / ops', 'md') //=> 'Li-Wei-ops.md'
 */
export function personFileName(person: string, ext: string): string {
  const base = person
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${base || 'person'}.${ext}`;
}

/**
 * Writes `plan` in the options' format: to stdout, to `--out`, or with `--split-by owner --out-dir DIR` one
 * file per person of the selection (names from {@link personFileName}, made unique), listing what it wrote.
 * `personOptions` gives a person's file its own language and reader's zone (from a roster).
 *
 * @throws UsageError for a bad combination (`--split-by` without `--out-dir`, or with `--out`).
 */
export function writePlanOutput(
  plan: Plan,
  options: PlanFormatOptions,
  parsed: Parsed,
  io: CliIO,
  personOptions: (person: string) => PersonOptions = () => ({}),
): void {
  const out = stringOption(parsed, 'out');
  const dir = stringOption(parsed, 'out-dir');
  if (parsed.values['split-by'] === undefined) {
    if (dir !== undefined) throw new UsageError('--out-dir goes with --split-by owner');
    const text = formatPlan(plan, options);
    if (out) writeFileSafely(out, text);
    else io.stdout(text);
    return;
  }
  choiceOption(parsed, 'split-by', ['owner'] as const, 'owner');
  if (out !== undefined) throw new UsageError('--split-by writes one file per person into --out-dir; drop --out');
  if (dir === undefined) throw new UsageError('--split-by owner needs --out-dir <dir>');
  const people = peopleOf(plan, { query: options.query, now: options.now, statusOf: (i) => lookupStatus(i.task, options.statuses, i.occurrence) });
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  for (const person of people) {
    let name = personFileName(person, options.format);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = personFileName(`${person}-${n}`, options.format);
    used.add(name.toLowerCase());
    const file = join(dir, name);
    writeFileSafely(file, formatPlan(plan, { ...options, ...personOptions(person), person }));
    io.stdout(`${terminalLine(file)}\t${terminalLine(person)}\n`);
  }
  if (people.length === 0) io.stderr('no person has work items in this selection: nothing written\n');
}
