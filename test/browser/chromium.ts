// Finds the system Chromium the browser tests run in. Browsers are never downloaded: the tests use
// Debian's `chromium` package (or whatever CHROMIUM_PATH points at).
import { accessSync, constants } from 'node:fs';

/** Where the browser tests look for Chromium: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a quiet, headless, offline Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Why Chromium cannot be used, or `undefined` when it can.
 *
 * @example
 * chromiumProblem('/nope') //=> 'No Chromium at /nope. ...'
 */
export function chromiumProblem(path = process.env.CHROMIUM_PATH || CHROMIUM_PATH): string | undefined {
  try {
    accessSync(path, constants.X_OK);
    return undefined;
  } catch {
    return (
      `No Chromium at ${path}: the browser tests need one and never download it.\n` +
      `Install it with \`apt-get install chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.`
    );
  }
}
