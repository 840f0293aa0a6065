// Server-side commands the browser tests call through `commands` from 'vitest/browser'. They drive a
// second page of the same Chromium with Playwright: the planner example as a person would use it.
import { createRequire } from 'node:module';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';
import { plannerExampleEdits } from './planner-edits-command.js';
import { emulateMedia } from './media-command.js';
import { startSyncTestServer, stopSyncTestServer } from './sync-command.js';
import { plannerExampleSync } from './planner-sync-command.js';
// @ts-expect-error: a plain .mjs script without types
import { startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What the example page showed at each step of {@link plannerExample}. */
export interface PlannerExampleReport {
  title: string;
  axeViolations: string[];
  screenshot: string;
  screenshotBytes: number;
  screenshotInWorkTree: boolean;
  checkedAfterReload: boolean;
  tabTextZh: string;
  /** The page's own heading and reset button after switching the planner to Chinese. */
  pageTextZh: string;
  /** The page URL once the planner's view was switched (url-state). */
  urlAfterSwitch: string;
  ganttZone: string;
  bigPlanRows: number;
  bigPlanLastRowText: string;
  errors: string[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } };
    const r = await w.axe.run(document);
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/**
 * Serves examples/planner, opens it at a pinned `now`, checks accessibility, takes a screenshot (to a temp folder),
 * then checks an item, reloads, switches language and zone and scrolls the 10,000-task plan.
 */
const plannerExample: BrowserCommand<[now: string]> = async (ctx, now) => {
  const { server, url } = await startServer({ port: 0 });
  const page = await ctx.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${url}?now=${encodeURIComponent(now)}`);
    const planner = page.locator('campaign-planner');
    // Playwright's CSS and role locators pierce open shadow roots.
    await planner.locator('[role="treegrid"] [role="row"][aria-level="3"]').first().waitFor();
    await page.evaluate(() => localStorage.clear());
    const title = await page.title();
    const axeViolations = await axe(page);
    // A temp folder, never the work tree: docs/planner.png is made on purpose by `npm run screenshot`.
    const screenshot = join(mkdtempSync(join(tmpdir(), 'cp-planner-')), 'planner.png');
    await page.screenshot({ path: screenshot });

    await planner.getByRole('tab', { name: 'Checklist' }).click();
    const first = planner.locator('campaign-checklist input[type="checkbox"]').first();
    await first.check();
    await page.reload();
    await planner.getByRole('tab', { name: 'Checklist' }).click();
    const checkedAfterReload = await planner.locator('campaign-checklist input[type="checkbox"]').first().isChecked();

    await planner.locator('header select').nth(1).selectOption('zh-CN');
    const tabTextZh = (await planner.locator('#tab-checklist').textContent()) ?? '';
    const pageTextZh = `${await page.locator('h1').textContent()} ${await page.locator('#reset').textContent()}`;
    const urlAfterSwitch = page.url();
    await planner.locator('header select').nth(0).selectOption('platform');
    await planner.locator('#tab-gantt').click();
    const ganttZone = await planner.locator('campaign-gantt').evaluate((g) => (g as unknown as { displayZone: string }).displayZone);

    await page.locator('#plan-choice').selectOption('big');
    const grid = planner.locator('campaign-gantt [role="treegrid"]');
    await grid.locator('[role="row"][aria-level="3"]').first().waitFor();
    const rowCount = Number(await grid.getAttribute('aria-rowcount'));
    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastRow = grid.locator(`[role="row"][aria-rowindex="${rowCount}"]`);
    await lastRow.waitFor();
    return {
      title,
      axeViolations,
      screenshot,
      screenshotBytes: statSync(screenshot).size,
      screenshotInWorkTree: screenshot.startsWith(ROOT),
      checkedAfterReload,
      tabTextZh,
      pageTextZh,
      urlAfterSwitch,
      ganttZone,
      bigPlanRows: rowCount,
      bigPlanLastRowText: (await lastRow.textContent()) ?? '',
      errors,
    } satisfies PlannerExampleReport;
  } finally {
    await page.close();
    server.close();
  }
};

/** Commands available to the browser tests. */
export const browserCommands = { plannerExample, plannerExampleEdits, plannerExampleSync, emulateMedia, startSyncTestServer, stopSyncTestServer } as Record<
  string,
  BrowserCommand<never[]>
>;
