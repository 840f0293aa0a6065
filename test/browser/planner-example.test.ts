// examples/planner as a person uses it, in headless Chromium: served by scripts/serve.mjs from the built
// bundle (run `npm run build` first; `npm test` does). Its screenshot goes to a temp folder; the README's
// docs/planner.png is made by `npm run screenshot` (scripts/screenshot.mjs), so a test run leaves the tree clean.
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { PlannerExampleReport } from './commands.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    plannerExample: (now: string) => Promise<PlannerExampleReport>;
  }
}

it('the planner example works: accessible, checks persist, language, zone and a 10,000-task plan', async () => {
  const r = await commands.plannerExample('2026-10-25T12:00:00-07:00');
  expect(r.errors).toEqual([]);
  expect(r.title).toContain('11.11');
  expect(r.axeViolations).toEqual([]);
  expect(r.screenshot).toMatch(/planner\.png$/);
  expect(r.screenshotInWorkTree).toBe(false);
  expect(r.screenshotBytes).toBeGreaterThan(10_000);
  expect(r.checkedAfterReload).toBe(true);
  expect(r.tabTextZh).toBe('清单');
  expect(r.pageTextZh).toBe('大促活动规划 清除我的勾选和修改');
  expect(new URL(r.urlAfterSwitch).searchParams.get('view')).toBe('checklist');
  expect(r.ganttZone).toBe('America/Los_Angeles');
  expect(r.bigPlanRows).toBeGreaterThan(10_000);
  expect(r.bigPlanLastRowText).toMatch(/生成的任务 \d+/);
}, 120_000);
