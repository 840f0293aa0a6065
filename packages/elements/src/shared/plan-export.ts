// Downloads of a plan from the UI, through the core's own exporters (the same text the CLI writes). The
// exporters are loaded when a download is asked for: a page that never exports does not load them (in the
// self-contained bundle they are a chunk of their own).
import { serializePlan, type Locale, type Plan } from '@campaign-planner/core';
import { statusOf, type StatusState } from '@campaign-planner/core/readiness';
import { planWithTasks } from './plan-filter.js';

/** The formats the planner exports. */
export type ExportFormat = 'ics' | 'csv' | 'md' | 'json';
/** Every export format, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['ics', 'csv', 'md', 'json'];

/** A file to download. */
export interface ExportFile {
  readonly filename: string;
  readonly type: string;
  readonly text: string;
}

/** What an export needs besides the plan. */
export interface ExportInput {
  readonly locale: Locale;
  readonly state: StatusState | undefined;
  /** The tasks of the filtered view (calendar, spreadsheet and checklist); `undefined` for all. */
  readonly ids: ReadonlySet<string> | undefined;
}

/**
 * A plan as a file: iCalendar, CSV (with a BOM, for Excel and Chinese), a Markdown checklist of the filtered
 * tasks with current statuses, or the whole plan as JSON (a plan file the CLI reads back).
 *
 * @example
 * (await exportFile(plan, 'csv', { locale: 'en', state, ids: undefined })).filename //=> 'aliexpress-11-11-2026.csv'
 */
export async function exportFile(plan: Plan, format: ExportFormat, input: ExportInput): Promise<ExportFile> {
  if (format === 'json') return { filename: `${plan.id}.json`, type: 'application/json', text: serializePlan(plan) };
  const { toCSV, toICS, toMarkdown } = await import('@campaign-planner/core/export');
  const statuses = input.state ? (id: string, at?: Date) => statusOf(input.state!, id, at) : undefined;
  const shown = planWithTasks(plan, input.ids);
  const opts = statuses ? { statuses } : {};
  switch (format) {
    case 'ics':
      return { filename: `${plan.id}.ics`, type: 'text/calendar', text: toICS(shown, { locale: input.locale, ...opts }) };
    case 'csv':
      return { filename: `${plan.id}.csv`, type: 'text/csv', text: toCSV(shown, { bom: true, ...opts }) };
    case 'md':
      return { filename: `${plan.id}.md`, type: 'text/markdown', text: toMarkdown(shown, { locale: input.locale, ...opts }) };
  }
}

/**
 * Offers a file as a download (a temporary object URL on a link inside `root`, clicked).
 *
 * @example
 * download(this.renderRoot, exportFile(plan, 'ics', input))
 */
export function download(root: ShadowRoot | HTMLElement, file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
