#!/usr/bin/env node
// The README's screenshot, docs/planner.png: `npm run screenshot` (after `npm run build`). It is made on
// purpose, by this script, never by a test, so a test run leaves the work tree as it found it.
// Debian's Chromium (or $CHROMIUM_PATH) in headless mode; the clock and the page's zone are pinned, so
// the picture changes only when the planner does.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NOW = '2026-10-25T12:00:00-07:00';
const OUT = process.argv[2] ?? `${ROOT}docs/planner.png`;

if (!existsSync(`${ROOT}packages/elements/dist/campaign-planner-elements.bundle.js`)) {
  console.error('screenshot: packages/elements/dist is missing: run "npm run build" first');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`screenshot: no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

const { server, url } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}?now=${encodeURIComponent(NOW)}`);
  await page.locator('campaign-planner [role="treegrid"] [role="row"][aria-level="3"]').first().waitFor();
  await page.evaluate(() => localStorage.clear());
  mkdirSync(fileURLToPath(new URL('.', `file://${OUT}`)), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`screenshot: wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
