import { statusOf } from '../../readiness/status-state.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { UsageError, writeFileAtomic } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { FORMAT_ARGS, FORMAT_USAGE, formatOptionsFrom, formatPlan } from '../plan-format.js';
import { readCampaignLog } from '../campaign-log.js';

/** `campaign-planner export <plan.json> --format json|md|csv|ics`: a plan file in another format. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a plan file as Markdown, CSV, iCalendar or JSON',
  usage: `Usage: campaign-planner export <plan.json> --format json|md|csv|ics [options]

Validates the plan, then writes it in the format asked for: a Markdown checklist, a CSV of tasks
(RFC 4180), an iCalendar file (RFC 5545) to import into or subscribe from a calendar app, or JSON.

Options:
${FORMAT_USAGE}
  --log <log.jsonl>      campaign log: its edits applied, done tasks ticked, statuses current
  --out <file>           write to a file (atomically) instead of stdout

Example:
  campaign-planner export plan.json --format ics --locale zh-CN --out 11-11.ics`,
  run(args, io) {
    const parsed = parseCommandArgs(args, { ...FORMAT_ARGS, log: { type: 'string' }, out: { type: 'string' } });
    const [file, extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const options = formatOptionsFrom(parsed);
    const base = readPlanFile(file);
    const logFile = stringOption(parsed, 'log');
    // Edits in the log change the plan itself: the export shows the plan as the log leaves it.
    const campaign = logFile ? readCampaignLog(logFile, base, false) : undefined;
    for (const w of campaign?.warnings ?? []) io.stderr(w);
    const plan = campaign?.folded.plan ?? base;
    const state = campaign?.folded.state;
    const text = formatPlan(plan, state ? { ...options, statuses: (id, at) => statusOf(state, id, at) } : options);
    const out = stringOption(parsed, 'out');
    if (out) writeFileAtomic(out, text);
    else io.stdout(text);
    return 0;
  },
};
