// Launches the system Chromium (never a downloaded one) headless and offline, as the browser tests do.
import { chromium } from 'playwright';
import { accessSync, constants } from 'node:fs';

/** `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Quiet, headless, offline Chromium flags (the same as test/browser/chromium.ts). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Starts Chromium, or throws saying how to get one.
 *
 * @example
 * const browser = await launchChromium(); console.log(browser.version()); await browser.close();
 */
export async function launchChromium() {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A fresh page (in its own context) at 1280x800 that can reach only `origin`: anything else (such as
 * a stylesheet's web font) is aborted, so no run depends on the network.
 *
 * @example
 * const { page, close } = await freshPage(browser, server.url);
 */
export async function freshPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Shanghai', locale: 'en-US' });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}
