import { importTasksCSV, CsvImportError } from '../../import/csv-import.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { InputError, readText, UsageError, writeFileAtomic } from '../io.js';
import { readPlanFile } from '../plan-file.js';

/** `campaign-planner import <tasks.csv> --into <plan.json>`: tasks kept in a spreadsheet, into a plan. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import tasks from a CSV into a plan file (all rows or nothing)',
  usage: `Usage: campaign-planner import <tasks.csv> --into <plan.json> [--replace [--allow-empty]] [--out <file>]

Reads a CSV with a header row (the columns "export --format csv" writes; id, title_en, title_zh-CN,
phase, workstream and due are required). Rows update the tasks with the same id and add the others;
with --replace they become all the tasks. due and start take an ISO date-time with offset or a wall
time in the platform zone ("2026-10-21 23:59").

The plan is validated again and written atomically to --into (or --out). On any bad row nothing is
written: exit 1, with one line per problem ("tasks.csv:4: column due: ...").

Options:
  --into <plan.json>     the plan to import into
  --replace              the CSV rows replace all tasks of the plan
  --allow-empty          with --replace: a CSV without rows may empty the plan (refused otherwise)
  --out <file>           write the result here instead of over --into`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      into: { type: 'string' },
      replace: { type: 'boolean' },
      'allow-empty': { type: 'boolean' },
      out: { type: 'string' },
    });
    const [csvFile, extra] = parsed.positionals;
    if (!csvFile) throw new UsageError('missing <tasks.csv>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const into = stringOption(parsed, 'into', true);
    const plan = readPlanFile(into);
    const text = readText(csvFile);
    let next;
    try {
      next = importTasksCSV(text, plan, { mode: parsed.values.replace === true ? 'replace' : 'merge', allowEmpty: parsed.values['allow-empty'] === true });
    } catch (e) {
      if (!(e instanceof CsvImportError)) throw e;
      const where = (line: number) => (line > 0 ? `${csvFile}:${line}` : into);
      throw new InputError(e.issues.map((i) => `${where(i.line)}: ${i.column ? `column ${i.column}: ` : ''}${i.message}`));
    }
    const out = stringOption(parsed, 'out') ?? into;
    writeFileAtomic(out, `${serializePlan(next)}\n`);
    const added = next.tasks.length - plan.tasks.length;
    io.stdout(`${out}: ${next.tasks.length} tasks (${added >= 0 ? `+${added}` : added}) from ${csvFile}\n`);
    return 0;
  },
};
