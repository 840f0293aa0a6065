import { statusOf } from '../../readiness/status-state.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { FORMAT_ARGS, FORMAT_USAGE, formatOptionsFrom } from '../plan-format.js';
import { readCampaignLog } from '../campaign-log.js';
import { QUERY_ARGS, QUERY_USAGE, queryFrom } from '../query-options.js';
import { OUTPUT_ARGS, OUTPUT_USAGE, writePlanOutput } from '../split-output.js';
import { instantOption } from '../instant-option.js';
import { ROSTER_ARG, ROSTER_USAGE, rosterOption, rosterPersonOptionsFor } from '../roster-option.js';
import { withRoster } from '../../query/person.js';

/** `campaign-planner export <plan.json> --format json|md|csv|ics`: a plan file in another format. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a plan file as Markdown, HTML, CSV, iCalendar or JSON (all or a selection, per person)',
  usage: `Usage: campaign-planner export <plan.json> --format json|md|csv|ics|html [options]

Validates the plan, then writes it in the format asked for: a Markdown checklist, a CSV of tasks
(RFC 4180), an iCalendar file (RFC 5545) to import into or subscribe from a calendar app, or JSON.

Options:
${FORMAT_USAGE}
  --log <log.jsonl>      campaign log: its edits applied, done tasks ticked, statuses current
  --now <ISO>            the moment "today" and "tomorrow" count from (default: now)
${OUTPUT_USAGE}
${ROSTER_USAGE}

${QUERY_USAGE}
  With a selection, JSON lists the selected work items instead of the plan.

Examples:
  campaign-planner export plan.json --format ics --locale zh-CN --out 11-11.ics
  campaign-planner export plan.json --format md --workstream marketing --due-to today+7 --group-by person
  campaign-planner export plan.json --format ics --split-by owner --out-dir feeds/
  campaign-planner export plan.json --format md --split-by owner --out-dir lists/ --roster roster.json`,
  run(args, io) {
    const parsed = parseCommandArgs(args, { ...FORMAT_ARGS, ...QUERY_ARGS, ...OUTPUT_ARGS, ...ROSTER_ARG, log: { type: 'string' }, now: { type: 'string' } });
    const [file, extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const options = formatOptionsFrom(parsed);
    const now = instantOption(parsed, 'now', new Date());
    const roster = rosterOption(parsed);
    const base = readPlanFile(file);
    const logFile = stringOption(parsed, 'log');
    // Edits in the log change the plan itself: the export shows the plan as the log leaves it.
    const campaign = logFile ? readCampaignLog(logFile, base, false) : undefined;
    for (const w of campaign?.warnings ?? []) io.stderr(w);
    const folded = campaign?.folded.plan ?? base;
    // The roster's people own their roles' unowned tasks in every format, the query and the split alike.
    const plan = roster ? withRoster(folded, roster) : folded;
    const state = campaign?.folded.state;
    const query = queryFrom(parsed, plan);
    const selected = {
      ...options,
      now,
      ...(query ? { query } : {}),
      ...(state ? { state, statuses: (id: string, at?: Date) => statusOf(state, id, at) } : {}),
    };
    writePlanOutput(plan, selected, parsed, io, rosterPersonOptionsFor(roster, parsed));
    return 0;
  },
};
