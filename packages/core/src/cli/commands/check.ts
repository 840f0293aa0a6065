import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { planWarningLines, readPlanFile } from '../plan-file.js';
import { terminalText } from '../terminal-text.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate a plan file (exit 0 valid, 1 problems, 2 usage)',
  usage: `Usage: campaign-planner check <plan.json>

Validates a plan file. Exit 0 when valid; exit 1 with one line per problem
(path and message) on stderr; exit 2 for usage errors. Warnings (valid but
likely to hurt, e.g. a coupon threshold below the unit price) are printed on
stderr as "warning:" lines and keep exit 0.`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {});
    const [file, extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const plan = readPlanFile(file);
    for (const line of planWarningLines(file, plan)) io.stderr(`${terminalText(line)}\n`);
    io.stdout(`${terminalText(file)}: ok (${plan.phases.length} phases, ${plan.tasks.length} tasks)\n`);
    return 0;
  },
};
