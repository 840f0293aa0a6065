// `range` on <campaign-gantt>: stacked charts of different plans given one window draw one time axis.
import { getTemplate, instantiate } from '@campaign-planner/core/templates';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { frames, mount, plan1111, shadow } from '../test/fixtures.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const friday = () => instantiate(getTemplate('aliexpress-black-friday'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
const axisWidth = (el: Element) => shadow(el).querySelector<HTMLElement>('.axis')!.style.width;
const todayLeft = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="today-marker"]')!.style.left;

describe('<campaign-gantt> range', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('draws the same axis for two plans given one window, and the plan’s own span without it', async () => {
    const a = plan1111();
    const b = friday();
    const start = new Date(Math.min(a.phases[0]!.start.getTime(), b.phases[0]!.start.getTime()));
    const end = new Date(Math.max(a.phases.at(-1)!.end.getTime(), b.phases.at(-1)!.end.getTime()));
    const props = { now: NOW, dayWidth: 20, timeZone: 'UTC' };
    const ga = await mount('campaign-gantt', { ...props, plan: a });
    const gb = await mount('campaign-gantt', { ...props, plan: b });
    await frames();
    expect(axisWidth(ga)).not.toBe(axisWidth(gb));
    ga.range = { start, end };
    gb.range = { start, end };
    await ga.updateComplete;
    await gb.updateComplete;
    expect(axisWidth(ga)).toBe(axisWidth(gb));
    expect(todayLeft(ga)).toBe(todayLeft(gb));
    // A window narrower than the plan never hides its work: the plan's span stays in.
    const own = await mount('campaign-gantt', { ...props, plan: a });
    const narrow = await mount('campaign-gantt', { ...props, plan: a, range: { start: a.phases[1]!.start, end: a.phases[1]!.end } });
    expect(axisWidth(narrow)).toBe(axisWidth(own));
  });
});
