import { parseCsv } from '../export/csv-syntax.js';
import { parseMoney } from '../money/money.js';
import {
  metricScopeSchema,
  MARKETING_CHANNELS,
  METRICS,
  MONEY_METRICS,
  RATE_METRICS,
  type MarketingChannel,
  type MetricEvent,
  type MetricScope,
} from '../schemas/targets.js';
import type { Plan } from '../schemas/plan.js';
import { safeParseMetricEvent } from '../targets/metric-events.js';
import { decimalToMicros, microsToDecimal } from '../money/decimal.js';
import { METRIC_LABELS, CHANNEL_LABELS } from '../targets/labels.js';
import { resolveWallTime } from '../time/wall-time.js';
import type { CsvIssue } from './csv-import.js';

/** Options of {@link importMetricsCSV}. */
export interface ImportMetricsOptions {
  /** Who entered the figures. */
  readonly by: string;
  /** When they were entered (default: now). */
  readonly at?: Date;
  /** Zone of the sheet's dates (default: the plan's platform zone, as the platform's dashboards use). */
  readonly timeZone?: string;
}

/** The result of {@link importMetricsCSV}: every figure as a metric event, or every problem with line and column. */
export type ImportMetricsResult = { success: true; events: MetricEvent[] } | { success: false; issues: CsvIssue[] };

type Column = { kind: 'date' } | { kind: 'scope'; key: keyof MetricScope } | { kind: 'metric'; metric: MetricEvent['metric']; channel?: MarketingChannel };

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

function columnFor(header: string): Column | undefined {
  const h = norm(header);
  if (h === 'date' || h === '日期') return { kind: 'date' };
  if (h === 'channel' || h === 'phase' || h === 'product' || h === 'tier') return { kind: 'scope', key: h };
  for (const m of [...METRICS, 'spend' as const])
    if (h === m || h === norm(METRIC_LABELS[m].en) || h === norm(METRIC_LABELS[m]['zh-CN'])) return { kind: 'metric', metric: m };
  // Spend per channel: `spend:ads`, `ads-spend`, `直通车花费`.
  for (const c of MARKETING_CHANNELS) {
    const zh = CHANNEL_LABELS[c]['zh-CN'];
    if (h === `spend:${c}` || h === `${c}-spend` || h === `${zh}花费`) return { kind: 'metric', metric: 'spend', channel: c };
  }
  return undefined;
}

/** A cell as the metric's value: whole counts (`1,200`), money in major units (`1234.50`), rates (`3.5%` or `0.035`). */
function cellValue(metric: MetricEvent['metric'], cell: string, currency: string): number | string {
  const text = cell.trim().replace(/,/g, '');
  if ((RATE_METRICS as readonly string[]).includes(metric)) {
    const pct = /^(\d+(?:\.\d{1,4})?)%$/.exec(text);
    // A percent with up to 4 decimals is an exact fraction with up to 6: 3.5% -> 3,500,000 / 100 millionths.
    return pct ? microsToDecimal(decimalToMicros(pct[1]!) / 100) : text;
  }
  if ((MONEY_METRICS as readonly string[]).includes(metric) || metric === 'spend') return parseMoney(text, currency).amount;
  if (!/^\d+$/.test(text)) throw new RangeError(`expected a whole number, got "${cell}"`);
  return Number(text);
}

/**
 * Reads a daily metrics sheet, the shape sellers export from their dashboards: a `date` column (a day in the
 * platform zone), one column per metric (`visitors`, `add-to-cart`, `gmv` in major units, `conversion-rate`
 * as `3.5%` …, English or Chinese headers such as 访客数, 加购数), spend per channel (`spend:ads`, `直通车花费`),
 * and optional `channel`, `phase`, `product`, `tier` columns scoping a row. Every non-empty cell becomes one
 * metric event referring to 23:59 of its day. All or nothing: any problem returns every problem instead.
 *
 * @example
 * importMetricsCSV('date,visitors,add-to-cart,gmv\n2026-11-02,1200,310,2450.50\n', plan, { by: 'mei' })
 * //=> { success: true, events: [{ type: 'metric', metric: 'visitors', value: 1200, refersTo: 2026-11-03T07:59Z, … }, …] }
 */
export function importMetricsCSV(text: string, plan: Plan, options: ImportMetricsOptions): ImportMetricsResult {
  const parsed = parseCsv(text);
  if ('error' in parsed) return { success: false, issues: [{ code: 'invalid_csv', path: [], line: parsed.error.line, message: parsed.error.message }] };
  const [header, ...rows] = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (!header)
    return { success: false, issues: [{ code: 'invalid_csv', path: [], line: 1, message: 'expected a header row: date, then one column per metric' }] };
  const issues: CsvIssue[] = [];
  const columns = header.fields.map((h) => {
    const c = columnFor(h);
    if (!c)
      issues.push({
        code: 'invalid_csv',
        path: [],
        line: header.line,
        column: h,
        message: `unknown column "${h}", expected date, channel, phase, product, tier, spend:<channel> or one of ${METRICS.join(', ')}`,
      });
    return c;
  });
  if (!columns.some((c) => c?.kind === 'date')) issues.push({ code: 'invalid_csv', path: [], line: header.line, message: 'expected a "date" column' });
  if (issues.length > 0) return { success: false, issues };
  const zone = options.timeZone ?? plan.platformTimeZone;
  const at = options.at ?? new Date();
  const events: MetricEvent[] = [];
  for (const row of rows) {
    const cell = (i: number) => row.fields[i] ?? '';
    const dateAt = columns.findIndex((c) => c?.kind === 'date');
    const date = cell(dateAt).trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      issues.push({ code: 'invalid_csv', path: [], line: row.line, column: header.fields[dateAt]!, message: `expected a day as YYYY-MM-DD, got "${date}"` });
      continue;
    }
    const refersTo = resolveWallTime(`${date}T23:59`, zone);
    const rawScope: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c?.kind === 'scope' && cell(i).trim() !== '') rawScope[c.key] = cell(i).trim();
    });
    const scope = metricScopeSchema.safeParse(rawScope);
    if (!scope.success) {
      issues.push({
        code: 'invalid_csv',
        path: [],
        line: row.line,
        message: `invalid scope ${JSON.stringify(rawScope)}: expected a known channel (${MARKETING_CHANNELS.join(', ')}) or tier`,
      });
      continue;
    }
    columns.forEach((c, i) => {
      if (c?.kind !== 'metric' || cell(i).trim() === '') return;
      const column = header.fields[i]!;
      let value: number | string;
      try {
        value = cellValue(c.metric, cell(i), plan.currency);
      } catch (e) {
        issues.push({ code: 'invalid_csv', path: [], line: row.line, column, message: (e as Error).message });
        return;
      }
      const input = {
        type: 'metric',
        metric: c.metric,
        scope: { ...scope.data, ...(c.channel ? { channel: c.channel } : {}) },
        value,
        refersTo,
        at,
        by: options.by,
      };
      const r = safeParseMetricEvent(input, plan);
      if (r.success) events.push(r.event);
      else for (const issue of r.issues) issues.push({ ...issue, line: row.line, column });
    });
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, events };
}
