import { appendFileSync } from 'node:fs';
import { formatPath } from '../../errors/issue.js';
import { formatCsvIssue } from '../../import/csv-import.js';
import { importMetricsCSV } from '../../import/metrics-csv.js';
import { metricEventsFromLog, serializeMetricEvent } from '../../targets/metric-log.js';
import { formatTargetReport } from '../../targets/report-text.js';
import { targetReport } from '../../targets/target-report.js';
import { choiceOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { instantOption } from '../instant-option.js';
import { InputError, readText, UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';

function readLog(file: string): string {
  try {
    return readText(file);
  } catch (e) {
    if (e instanceof UsageError && /no such file/.test(e.message)) return '';
    throw e;
  }
}

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'targets against actuals and pace, budgets and coupon cost; import a daily metrics sheet',
  usage: `Usage: campaign-planner metrics <plan.json> --log <events.jsonl> [options]
       campaign-planner metrics <plan.json> --log <events.jsonl> --import <sheet.csv> --by <name>

Shows the plan's targets against the actuals in the log (metric events), where the
pace line says they should be now, budget burn, ROI and coupon cost at the orders
target, with warnings. With --import, reads a daily metrics sheet (a "date" column
and one column per metric: visitors, add-to-cart, wishlist, orders, gmv in major
units, conversion-rate as 3.5%, spend:ads …; Chinese headers such as 访客数 too)
and appends one metric event per cell to the log (all or nothing).
Exit 0; 1 when a file is invalid; 2 for usage errors.

Options:
  --log <file>           the campaign's JSON Lines log (missing: empty)
  --import <sheet.csv>   append the sheet's figures to the log
  --by <name>            who entered the figures (with --import)
  --zone <IANA zone>     zone of the sheet's dates (default: the platform zone)
  --now <ISO>            the moment to assess, with offset (default: now)
  --redemption <0-1>     share of orders redeeming coupons (default 0.3)
  --locale en|zh-CN      language of the text output (default en)
  --format text|json     output format (default text)`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      log: { type: 'string' },
      import: { type: 'string' },
      by: { type: 'string' },
      zone: { type: 'string' },
      now: { type: 'string' },
      redemption: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
    });
    const [planFile, extra] = parsed.positionals;
    if (!planFile) throw new UsageError('expected <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const logFile = stringOption(parsed, 'log', true);
    const plan = readPlanFile(planFile);
    const sheet = stringOption(parsed, 'import');
    if (sheet !== undefined) {
      const by = stringOption(parsed, 'by', true);
      const zone = stringOption(parsed, 'zone');
      const r = importMetricsCSV(readText(sheet), plan, { by, at: instantOption(parsed, 'now', new Date()), ...(zone ? { timeZone: zone } : {}) });
      if (!r.success) throw new InputError(r.issues.map((i) => `${sheet}: ${formatCsvIssue(i)}`));
      // One write with O_APPEND: concurrent appends from other processes interleave whole, never lose lines.
      if (r.events.length > 0) appendFileSync(logFile, r.events.map((e) => `${serializeMetricEvent(e)}\n`).join(''), { flag: 'a' });
      io.stdout(`${logFile}: appended ${r.events.length} figure${r.events.length === 1 ? '' : 's'} from ${sheet}\n`);
      return 0;
    }
    const log = metricEventsFromLog(readLog(logFile), plan);
    if (!log.success) throw new InputError(log.issues.map((i) => `${logFile}:${i.line}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`));
    const redemption = stringOption(parsed, 'redemption');
    if (redemption !== undefined && !/^(0(\.\d{1,6})?|1)$/.test(redemption))
      throw new UsageError(`--redemption must be a decimal from 0 to 1, e.g. 0.3 (got "${redemption}")`);
    const report = targetReport(plan, log.events, { now: instantOption(parsed, 'now', new Date()), ...(redemption ? { redemption } : {}) });
    const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
    const locale = choiceOption(parsed, 'locale', ['en', 'zh-CN'] as const, 'en');
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${formatTargetReport(plan, report, locale) || (locale === 'en' ? 'The plan has no targets or budgets.' : '计划中没有目标或预算。')}\n`,
    );
    return 0;
  },
};
