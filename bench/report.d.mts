/** A row of the bench table: cells, a section heading, or a note. */
export type Row = string[] | string | { note: string };
export const HEADER: string[];
export function buildReport(parts: { gantt?: unknown; core?: unknown; sizes?: unknown; runs: number }): { rows: Row[]; misses: string[] };
