import { toSeasonICS } from '../../export/ics/season-ics.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import type { Plan } from '../../schemas/plan.js';
import { seasonWarnings } from '../../season/season-warnings.js';
import { formatInZone } from '../../time/wall-time.js';
import { choiceOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';

/** Every occurrence of every plan's tasks, in time order: the season's combined calendar. */
function calendarLines(plans: readonly Plan[], zone: string, locale: 'en' | 'zh-CN'): string[] {
  const rows = plans.flatMap((plan) => plan.tasks.flatMap((task) => taskOccurrences(plan, task).map((due) => ({ due, plan, task }))));
  rows.sort((a, b) => a.due.getTime() - b.due.getTime() || (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0) || (a.task.id < b.task.id ? -1 : 1));
  return rows.map((r) => `${formatInZone(r.due, zone)}  [${r.plan.name[locale]}] ${r.task.title[locale]}${r.task.critical ? ' !' : ''}`);
}

export const seasonCommand: Command = {
  name: 'season',
  summary: 'several campaigns of one team: combined calendar and collisions between them',
  usage: `Usage: campaign-planner season <plan.json> <plan.json>... [options]

Prints every task of the plans in one calendar (in the team's zone), then the
season's warnings: tasks due inside another campaign's peak, registrations of a
later sale closing during an earlier one's warm-up or peak, one owner or role with
too many tasks due on one day, stock registered for two overlapping activities.
Exit 0 (warnings do not fail); 1 when a file is invalid; 2 for usage errors.

Options:
  --format text|json|ics  output format (default text); ics writes one calendar
  --max-per-day <n>       tasks one owner may have due on one day (default 6)
  --zone <IANA zone>      zone of the calendar and of "one day" (default: the first plan's team zone)
  --locale en|zh-CN       language of titles (default en)`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      format: { type: 'string' },
      'max-per-day': { type: 'string' },
      zone: { type: 'string' },
      locale: { type: 'string' },
    });
    if (parsed.positionals.length === 0) throw new UsageError('expected one or more <plan.json>');
    const format = choiceOption(parsed, 'format', ['text', 'json', 'ics'] as const, 'text');
    const locale = choiceOption(parsed, 'locale', ['en', 'zh-CN'] as const, 'en');
    const maxText = stringOption(parsed, 'max-per-day');
    if (maxText !== undefined && !/^[1-9]\d{0,3}$/.test(maxText)) throw new UsageError(`--max-per-day must be a whole number from 1 (got "${maxText}")`);
    const plans = parsed.positionals.map((f) => readPlanFile(f));
    const ids = new Set<string>();
    for (const [i, p] of plans.entries()) {
      if (ids.has(p.id)) throw new UsageError(`${parsed.positionals[i]}: plan id "${p.id}" is given twice`);
      ids.add(p.id);
    }
    const zone = stringOption(parsed, 'zone') ?? plans[0]!.teamTimeZone;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      throw new UsageError(`--zone must be an IANA time zone such as Asia/Shanghai (got "${zone}")`);
    }
    const warnings = seasonWarnings(plans, { teamTimeZone: zone, ...(maxText ? { maxTasksPerDay: Number(maxText) } : {}) });
    if (format === 'ics') io.stdout(toSeasonICS(plans, { locale }));
    else if (format === 'json') io.stdout(`${JSON.stringify({ plans: plans.map((p) => p.id), warnings }, null, 2)}\n`);
    else {
      const lines = [`${plans.map((p) => p.name[locale]).join(' + ')} (${zone})`, ...calendarLines(plans, zone, locale), ''];
      lines.push(warnings.length === 0 ? 'No collisions between the campaigns.' : `Warnings (${warnings.length}):`);
      for (const w of warnings) lines.push(`  ! ${w.message}`);
      io.stdout(`${lines.join('\n')}\n`);
    }
    return 0;
  },
};
