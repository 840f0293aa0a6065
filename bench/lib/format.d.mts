// Types of format.mjs for the TypeScript tests.
import type { Summary } from './stats.mjs';
export type Row = readonly string[] | string | { readonly note: string };
export declare function ms(value: number): string;
export declare function cell(s: Summary | undefined, unit?: string, usualRuns?: number): string;
export declare function ratio(peer: number, ours: number): string;
export declare function table(header: readonly string[], rows: readonly Row[]): string;
