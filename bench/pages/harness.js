// What every benchmark page shares: timing to the first frame, counting elements, and scrolling a chart
// frame by frame while timing each frame's main-thread work. Each page sets `window.bench`.

/** Resolves at the start of the next frame. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Milliseconds from calling `update` (which may return a promise: the library's own "updated") to the
 * second animation frame after it, i.e. until the update has been painted once.
 *
 * @example
 * await timeToFirstFrame(() => { el.plan = plan; return el.updateComplete; }) //=> 31.4
 */
export async function timeToFirstFrame(update) {
  await nextFrame();
  await nextFrame();
  const t0 = performance.now();
  await update();
  await nextFrame();
  await nextFrame();
  return performance.now() - t0;
}

/**
 * The floor of {@link timeToFirstFrame}: an empty update with the same two-frame wait. What a library adds
 * to the first frame is its time minus this (about 33 ms at 60 Hz).
 *
 * @example
 * await floorFrame() //=> 33.3
 */
export const floorFrame = () => timeToFirstFrame(() => undefined);

/** How many elements match `selector` in the document and every (nested) shadow root: what was drawn. */
export function countDrawn(selector, root = document) {
  let count = root.querySelectorAll(selector).length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) count += countDrawn(selector, el.shadowRoot);
  return count;
}

/** Every element in the document, including those inside (nested) shadow roots. */
export function countElements(root = document) {
  let count = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return count;
}

/** The element that scrolls the chart vertically: the one (in any shadow root) with the most to scroll. */
export function findScroller(root = document) {
  let best = null;
  let bestRange = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      const range = el.scrollHeight - el.clientHeight;
      const overflow = getComputedStyle(el).overflowY;
      if (range > bestRange && (overflow === 'auto' || overflow === 'scroll')) {
        best = el;
        bestRange = range;
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return best;
}

/**
 * Scrolls `scroller` by `step` px per frame (default: a screen) from the top, to the bottom or for
 * `maxFrames` frames, and returns each frame's main-thread time:
 * from the frame's start (the animation-frame timestamp, taken before scroll events are dispatched) to
 * the end of its rendering (a message posted from the frame's callback runs after style, layout and paint).
 * A screen per frame means every frame shows rows that were not drawn before: the worst case for a
 * virtualised list (a fling); 120 px per frame is a quick wheel or trackpad scroll.
 *
 * @example
 * const { frames } = await scrollFrames(findScroller()); Math.max(...frames) //=> 7.9
 */
export async function scrollFrames(scroller, { step = scroller.clientHeight, maxFrames = Infinity } = {}) {
  const channel = new MessageChannel();
  step = Math.max(1, step);
  const range = Math.min(scroller.scrollHeight - scroller.clientHeight, maxFrames * step);
  const frames = [];
  const intervals = [];
  scroller.scrollTop = 0;
  await nextFrame();
  await nextFrame();
  const steps = Math.ceil(range / step);
  let last = 0;
  // One more frame than steps: the last scroll's rows are drawn in the frame after it.
  for (let k = 1; k <= steps + 1; k++) {
    const frameStart = await nextFrame();
    if (last) intervals.push(frameStart - last);
    last = frameStart;
    const done = new Promise((resolve) => {
      channel.port1.onmessage = () => resolve(performance.now());
    });
    if (k <= steps) scroller.scrollTop = Math.min(k * step, range);
    channel.port2.postMessage(0);
    frames.push((await done) - frameStart);
  }
  // The first frame only scrolls (its rows come with the scroll event of the next one).
  return { frames: frames.slice(1), intervals, scrolled: scroller.scrollTop, range, step };
}

/**
 * Scrolls the chart's scroller to its very end and says whether the grid's last row is drawn: the largest
 * `aria-rowindex` among the drawn rows equals the grid's `aria-rowcount` (ARIA's own numbering, so the check
 * does not depend on the chart's sort order or markup). How the benchmark checks that the last row of a
 * huge plan can be reached.
 *
 * @example
 * await reachEnd(findScroller()) //=> true
 */
export async function reachEnd(scroller) {
  scroller.scrollTop = scroller.scrollHeight;
  for (let i = 0; i < 4; i++) await nextFrame();
  let count = 0;
  let last = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('[aria-rowcount]')) count = Math.max(count, Number(el.getAttribute('aria-rowcount')));
    for (const el of node.querySelectorAll('[aria-rowindex]')) last = Math.max(last, Number(el.getAttribute('aria-rowindex')));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return count > 0 && last === count;
}
