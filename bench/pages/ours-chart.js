// The bench of our <campaign-gantt>, whichever build of it the page loaded (ours.html: this checkout's
// bundle; before.html: the baseline of bench/baseline/).
import { countDrawn, countElements, findScroller, floorFrame, reachEnd, scrollFrames, timeToFirstFrame } from './harness.js';
import { generateTasks, toPlan } from './tasks.js';

// Mid-season, as a team opens it: today's line and the opening scroll are part of the work.
const NOW = new Date('2026-11-11T10:00:00-08:00');

/**
 * The `window.bench` of a page whose `#chart` is a `<campaign-gantt>` (once the tag is defined).
 *
 * @example
 * window.bench = await ourChart('campaign-planner');
 */
export async function ourChart(name) {
  await customElements.whenDefined('campaign-gantt');
  const chart = document.getElementById('chart');
  let plan;
  return {
    name,
    prepare: (n) => {
      plan = toPlan(generateTasks(n));
    },
    floor: floorFrame,
    render: () =>
      timeToFirstFrame(() => {
        chart.now = NOW;
        chart.plan = plan;
        return chart.updateComplete;
      }),
    rendered: () => chart.plan?.tasks.length ?? 0,
    // Task bars and milestones actually in the shadow DOM (a virtualised chart draws the rows in view).
    drawn: () => countDrawn('[part~="task-bar"], [part~="milestone"]'),
    reachEnd: () => reachEnd(findScroller()),
    elements: () => countElements(),
    scroll: (options) => scrollFrames(findScroller(), options),
  };
}
