// Types for core-entries.mjs, so TypeScript files (vitest.config.ts, tests) import it checked.

/** One JavaScript entry point of @campaign-planner/core, as its package.json exports it. */
export interface CoreEntry {
  /** As imported: `.` or `./readiness`. */
  subpath: string;
  /** The full import specifier: `@campaign-planner/core/readiness`. */
  specifier: string;
  /** Rollup's input name, the built file's base name: `readiness`. */
  name: string;
  /** The TypeScript source, relative to the repository root. */
  source: string;
  /** The built JavaScript file, relative to the repository root. */
  built: string;
}

/** Every JavaScript entry point that packages/core/package.json exports (wildcards and JSON files excluded). */
export function coreEntries(root?: string): CoreEntry[];
