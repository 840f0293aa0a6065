import { diffPlans } from '../../replanning/diff-plans.js';
import { formatPlanDiff, serializePlanDiff } from '../../replanning/format-diff.js';
import { choiceOption, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { terminalData } from '../terminal-text.js';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what changed between two plans (critical deadlines moved earlier first)',
  usage: `Usage: campaign-planner diff <before.json> <after.json> [--format text|json]

Lists phases and tasks added, removed, moved (old and new times in the platform
and the team zone) and retitled, matched by id. Critical deadlines that moved
earlier come first, marked "!". Exit 0 (with or without changes); 1 when a file
is not a valid plan; 2 for usage errors.

Options:
  --format text|json     output format (default text)`,
  run(args, io) {
    const parsed = parseCommandArgs(args, { format: { type: 'string' } });
    const [beforeFile, afterFile, extra] = parsed.positionals;
    if (!beforeFile || !afterFile) throw new UsageError('expected <before.json> and <after.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
    const diff = diffPlans(readPlanFile(beforeFile), readPlanFile(afterFile));
    // JSON keeps the data as it is; text shows control characters of titles instead of sending them to the terminal.
    io.stdout(format === 'json' ? `${serializePlanDiff(diff)}\n` : formatPlanDiff(terminalData(diff)));
    return 0;
  },
};
