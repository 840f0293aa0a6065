// A browser command for the planner example's editing: drives a second page with Playwright (real keys and
// downloads), as a person would: move a task with the keyboard, reload, undo, download plan and log.
import { readFileSync } from 'node:fs';
import type { BrowserCommand } from 'vitest/node';
// @ts-expect-error: a plain .mjs script without types
import { startServer } from '../../scripts/serve.mjs';

/** What the example showed at each step of {@link plannerExampleEdits}. */
export interface PlannerEditsReport {
  taskId: string;
  dueBefore: string;
  dueAfterMove: string;
  dueAfterReload: string;
  dueAfterUndoAndReload: string;
  logLines: string[];
  downloadedPlanName: string;
  downloadedPlanDue: string;
  downloadedLogName: string;
  downloadedLogLines: number;
  errors: string[];
}

export const plannerExampleEdits: BrowserCommand<[now: string]> = async (ctx, now) => {
  const { server, url } = await startServer({ port: 0 });
  const page = await ctx.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${url}?now=${encodeURIComponent(now)}`);
    const planner = page.locator('campaign-planner');
    const firstRow = planner.locator('campaign-gantt [role="row"][aria-level="3"][data-task-id]').first();
    await firstRow.waitFor();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await firstRow.waitFor();
    const taskId = (await firstRow.getAttribute('data-task-id'))!;
    // That task's row from now on: the first row in the DOM may be another once the chart has opened at the work.
    const row = planner.locator(`campaign-gantt [role="row"][data-task-id="${taskId}"]`);
    const due = () =>
      page.evaluate((id) => {
        const p = document.querySelector('campaign-planner') as unknown as { plan: { tasks: Array<{ id: string; due: Date }> } };
        return p.plan.tasks.find((t) => t.id === id)!.due.toISOString();
      }, taskId);
    const dueBefore = await due();
    await row.focus();
    await page.keyboard.press('Alt+ArrowRight');
    const dueAfterMove = await due();
    await page.reload();
    await firstRow.waitFor();
    const dueAfterReload = await due();
    // A second move, undone with the toolbar: the undo is logged as the inverse edit and survives a reload.
    await row.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await planner.getByRole('button', { name: 'Undo' }).click();
    await page.reload();
    await firstRow.waitFor();
    const dueAfterUndoAndReload = await due();
    const logLines = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.endsWith(':events'))
        .flatMap((k) => localStorage.getItem(k)!.trim().split('\n')),
    );
    const [planDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-plan').click()]);
    const plan = JSON.parse(readFileSync((await planDownload.path())!, 'utf8')) as { tasks: Array<{ id: string; due: string }> };
    const [logDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-log').click()]);
    const log = readFileSync((await logDownload.path())!, 'utf8');
    return {
      taskId,
      dueBefore,
      dueAfterMove,
      dueAfterReload,
      dueAfterUndoAndReload,
      logLines,
      downloadedPlanName: planDownload.suggestedFilename(),
      downloadedPlanDue: new Date(plan.tasks.find((t) => t.id === taskId)!.due).toISOString(),
      downloadedLogName: logDownload.suggestedFilename(),
      downloadedLogLines: log.trim().split('\n').length,
      errors,
    } satisfies PlannerEditsReport;
  } finally {
    await page.close();
    server.close();
  }
};
