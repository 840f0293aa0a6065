import { parsePlan } from '../../plan/parse-plan.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { readJson, UsageError, writeFileAtomic } from '../io.js';
import { FORMAT_ARGS, FORMAT_USAGE, formatOptionsFrom, formatPlan } from '../plan-format.js';

/** `campaign-planner export <plan.json> --format json|md|csv|ics`: a plan file in another format. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a plan file as Markdown, CSV, iCalendar or JSON',
  usage: `Usage: campaign-planner export <plan.json> --format json|md|csv|ics [options]

Validates the plan, then writes it in the format asked for: a Markdown checklist, a CSV of tasks
(RFC 4180), an iCalendar file (RFC 5545) to import into or subscribe from a calendar app, or JSON.

Options:
${FORMAT_USAGE}
  --out <file>           write to a file (atomically) instead of stdout

Example:
  campaign-planner export plan.json --format ics --locale zh-CN --out 11-11.ics`,
  run(args, io) {
    const parsed = parseCommandArgs(args, { ...FORMAT_ARGS, out: { type: 'string' } });
    const [file, extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const options = formatOptionsFrom(parsed);
    const text = formatPlan(parsePlan(readJson(file)), options);
    const out = stringOption(parsed, 'out');
    if (out) writeFileAtomic(out, text);
    else io.stdout(text);
    return 0;
  },
};
