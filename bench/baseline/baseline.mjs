// Which build of our own chart the bench times as "before" (see build.mjs).

/** The last commit before the Gantt work of issue 15 (bar labels, columns, opening at the work ...). */
export const BASELINE_COMMIT = '153f71a';

/** The baseline's self-contained bundle, relative to the repository root (committed: a clone without history still runs the bench). */
export const BASELINE_BUNDLE = `bench/baseline/campaign-planner-elements-${BASELINE_COMMIT}.bundle.js`;
