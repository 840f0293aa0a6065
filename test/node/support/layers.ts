// The layers of packages/core/src, lowest first: the one table the layer test (test/node/layers.test.ts)
// checks and CONTRIBUTING.md draws. A folder's shipped files import only folders of LOWER layers; folders
// of one layer do not import each other. A new folder goes into this table, in the lowest layer above
// everything it imports; the test fails on a folder that is missing here.
//
// Tests and fixtures may build their input with any layer (a built-in template, a parsed plan) and may use
// @date-fns/tz or rrule as an independent oracle, but never go through the top layer (the CLI, the entry
// points): a test that drives the CLI lives in cli/ or test/node/.

/** Core folders by layer, lowest first (`index.ts` stands for the files directly in src/). */
export const CORE_LAYERS: readonly (readonly string[])[] = [
  ['errors', 'money', 'collections'],
  ['schemas'],
  ['time'],
  ['i18n'],
  ['tiers'],
  ['coupons'],
  ['plan'],
  ['team-calendar', 'readiness'],
  ['templates', 'query', 'targets', 'season'],
  ['replanning', 'export'],
  ['import', 'edits'],
  ['cli', 'entries', 'index.ts'],
];

/** The only core folder that may import the zone database and rrule. */
export const TIME_FOLDER = 'time';

/** Third-party modules only `time/` may import. */
export const TIME_ONLY_MODULES = ['@date-fns/tz', 'rrule'];

/** Test data folders (never shipped): `src/__fixtures__/` is shared by all core tests, `<folder>/__fixtures__/` by a folder's. */
export const TEST_SUPPORT = '__fixtures__';

/**
 * Imports the layer test lets pass for now, as "file -> specifier", each waiting for a move. The test fails
 * when one is no longer needed, so the list only shrinks.
 */
export const PENDING_MOVES: readonly string[] = [];
