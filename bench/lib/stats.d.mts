// Types of stats.mjs for the TypeScript tests.
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}
export declare function quantile(values: readonly number[], q: number): number;
export declare function summarize(values: readonly number[]): Summary;
