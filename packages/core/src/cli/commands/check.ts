import { safeParsePlan } from '../../plan/parse-plan.js';
import { planWarnings } from '../../plan/plan-warnings.js';
import { formatPath } from '../../errors/issue.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readJson, UsageError } from '../io.js';

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
    const result = safeParsePlan(readJson(file));
    if (!result.success) {
      for (const issue of result.issues) io.stderr(`${file}: ${formatPath(issue.path)}: ${issue.message}\n`);
      return 1;
    }
    const warnings = planWarnings(result.plan);
    for (const w of warnings) io.stderr(`${file}: warning: ${formatPath(w.path)}: ${w.message}\n`);
    io.stdout(`${file}: ok (${result.plan.phases.length} phases, ${result.plan.tasks.length} tasks)\n`);
    return 0;
  },
};
