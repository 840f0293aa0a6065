import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { bigPlan, frames, mount, shadow } from '../test/fixtures.js';
import type { CampaignGantt } from './campaign-gantt.element.js';
import { MAX_SCROLL_HEIGHT } from './virtual-window.controller.js';

/** Browsers stop laying out taller elements near this height (Chromium's LayoutUnit limit). */
const BROWSER_CLAMP = 33_554_428;
const BEFORE = new Date('2026-09-01T00:00:00Z');

// Rows taller than the browser can lay out: 12,000 tasks of 3,000 px make about 36M px, as 1.1M rows of 32 px would.
const ROWS = 12_000;
const ROW_HEIGHT = 3_000;

const grid = (el: CampaignGantt) => shadow(el).querySelector<HTMLElement>('[role="treegrid"]')!;
const scroller = (el: CampaignGantt) => shadow(el).querySelector<HTMLElement>('.scroller')!;
const rowCount = (el: CampaignGantt) => Number(grid(el).getAttribute('aria-rowcount'));

/** The drawn rows whose box overlaps the scroller's view (below the sticky header). */
function rowsInView(el: CampaignGantt): HTMLElement[] {
  const view = scroller(el).getBoundingClientRect();
  const top = view.top + 44;
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][data-index]')].filter((r) => {
    const box = r.getBoundingClientRect();
    return box.bottom > top && box.top < view.bottom;
  });
}

async function settle(el: CampaignGantt): Promise<void> {
  await frames(3);
  await el.updateComplete;
  await frames(2);
}

describe('<campaign-gantt> past the browsers’ height limit', () => {
  it('keeps the scrolled height bounded and reaches the last row by scrolling to the bottom and by End', async () => {
    await page.viewport(1280, 900);
    const el = await mount('campaign-gantt', { plan: bigPlan(ROWS), now: BEFORE, rowHeight: ROW_HEIGHT });
    await settle(el);
    const count = rowCount(el);
    expect((count - 1) * ROW_HEIGHT).toBeGreaterThan(BROWSER_CLAMP);
    expect(scroller(el).scrollHeight).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT + 200);

    // Half way down the scrollbar is half way down the rows.
    const s = scroller(el);
    s.scrollTop = (s.scrollHeight - s.clientHeight) / 2;
    await settle(el);
    const middle = rowsInView(el).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(middle.length).toBeGreaterThan(0);
    expect(Math.abs(middle[0]! / count - 0.5)).toBeLessThan(0.01);
    // The rows drawn there follow each other one row height apart.
    const drawn = [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][data-index]')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    for (let i = 1; i < drawn.length; i++)
      if (Number(drawn[i]!.dataset.index) === Number(drawn[i - 1]!.dataset.index) + 1)
        expect(Math.round(drawn[i]!.getBoundingClientRect().top - drawn[i - 1]!.getBoundingClientRect().top)).toBe(ROW_HEIGHT);

    // Scrolled to the bottom: the last row is drawn and in view.
    s.scrollTop = s.scrollHeight;
    await settle(el);
    const bottom = rowsInView(el);
    expect(bottom.map((r) => Number(r.getAttribute('aria-rowindex')))).toContain(count);
    expect(bottom.find((r) => Number(r.getAttribute('aria-rowindex')) === count)!.textContent).toMatch(/Task \d+/);

    // From the top by keyboard: Home, then End focuses the last row and scrolls it into view.
    s.scrollTop = 0;
    await settle(el);
    const first = rowsInView(el)[0]!;
    expect(first.getAttribute('aria-rowindex')).toBe('2');
    first.focus();
    await userEvent.keyboard('{End}');
    await settle(el);
    const focused = shadow(el).activeElement as HTMLElement;
    expect(Number(focused.getAttribute('aria-rowindex'))).toBe(count);
    expect(rowsInView(el)).toContain(focused);
    // And back up by one row, scrolled into view too.
    await userEvent.keyboard('{ArrowUp}');
    await settle(el);
    const above = shadow(el).activeElement as HTMLElement;
    expect(Number(above.getAttribute('aria-rowindex'))).toBe(count - 1);
    expect(rowsInView(el)).toContain(above);
  });

  it('opens at the work in its very first frame (the mapping knows the new plan before drawing it)', async () => {
    await page.viewport(1280, 900);
    const el = await mount('campaign-gantt', { now: new Date('2026-11-11T10:00:00-08:00'), rowHeight: ROW_HEIGHT });
    await frames(2);
    el.plan = bigPlan(ROWS);
    await el.updateComplete;
    // No scroll event handled yet: what the first frame paints must already be the rows at the scroll position.
    const s = scroller(el);
    expect(s.scrollTop).toBeGreaterThan(0);
    const shown = rowsInView(el).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]! / rowCount(el)).toBeGreaterThan(0.3);
  });
});
