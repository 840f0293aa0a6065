// @campaign-planner/core/export: a plan in the formats teams already use (iCalendar, Markdown, CSV), CSV import,
// and readiness reports as text and JSON.
export { toMarkdown } from '../export/markdown.js';
export type { MarkdownOptions } from '../export/markdown.js';
export { markdownByPerson } from '../export/markdown.js';
export type { MarkdownByPersonOptions } from '../export/markdown.js';
export { rosterPersonOptions, explicitPersonOptions } from '../export/person-options.js';
export type { PersonOptions } from '../export/person-options.js';
export { toHTML, escapeHtml } from '../export/html.js';
export type { HtmlOptions } from '../export/html.js';
export { buildChecklist, CHECKLIST_GROUPS } from '../export/checklist.js';
export type { Checklist, ChecklistGroup, ChecklistGroupBy, ChecklistLine, ChecklistOptions, ChecklistSection } from '../export/checklist.js';
export { itemsToJSON } from '../export/items-json.js';
export type { ItemsJSON } from '../export/items-json.js';
export { formatBrief, briefToJSON, BRIEF_FORMATS } from '../export/brief-format.js';
export type { BriefFormat, BriefItemJSON } from '../export/brief-format.js';
export type { TaskStatusLookup } from '../export/status-lookup.js';
export { toICS } from '../export/ics/ics.js';
export type { IcsOptions } from '../export/ics/ics.js';
export { toSeasonICS } from '../export/ics/season-ics.js';
export { toCSV, CSV_COLUMNS, CSV_OCCURRENCE_COLUMNS, CSV_LIST_SEPARATOR } from '../export/csv.js';
export type { CsvOptions, CsvColumn } from '../export/csv.js';
export { importTasksCSV, safeImportTasksCSV, formatCsvIssue, CsvImportError } from '../import/csv-import.js';
export type { CsvIssue, ImportCsvOptions, ImportCsvResult } from '../import/csv-import.js';
export { readinessToJSON, itemToJSON } from '../readiness/report-json.js';
export type { ReadinessJSON, ItemJSON } from '../readiness/report-json.js';
export { formatReadinessText } from '../readiness/report-text.js';
export type { TextReportOptions } from '../readiness/report-text.js';
// Text for people: notes in both languages, zone names (美西时间 / 北京时间), times in two clocks, repetition as a sentence.
export { noteText, bilingualNotes, appendNote } from '../i18n/notes.js';
export { zoneName } from '../i18n/zone-names.js';
export { formatZonedTime, formatDualTimeText, recurrenceSentence } from '../i18n/time-text.js';
