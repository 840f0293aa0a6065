// The browser part of the benchmark: each Gantt in a fresh page per run, the libraries interleaved run
// by run so that a busy moment of the machine hits them alike.
import { freshPage, launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/server.mjs';
import { quantile } from './lib/stats.mjs';
import { CPU_TRACE_CATEGORIES, mainThreadCpuMs } from './lib/trace.mjs';
import { ROOT } from './lib/sizes.mjs';
import { BASELINE_COMMIT } from './baseline/baseline.mjs';

/**
 * The charts, by page under bench/pages/. Only frappe-gantt (no virtualisation) may be capped. `before` is
 * our own chart as built before issue 15 (bench/baseline/): timed for the first frame only, beside ours.
 */
export const LIBRARIES = [
  { id: 'ours', name: 'campaign-planner', page: 'ours.html' },
  { id: 'dhtmlx', name: 'dhtmlx-gantt', page: 'dhtmlx.html' },
  { id: 'frappe', name: 'frappe-gantt', page: 'frappe.html', cappable: true },
  { id: 'before', name: `campaign-planner before issue 15 (${BASELINE_COMMIT})`, page: 'before.html', baseline: true },
];

/** The other libraries: what the tables call peers. */
export const PEERS = LIBRARIES.filter((l) => l.id !== 'ours' && !l.baseline);

/** A frame over this many milliseconds misses 60 frames per second. */
export const FRAME_BUDGET_MS = 16.7;

/** The two scrolls: a fling (a screen per frame, top to bottom) and a quick wheel (120 px a frame). */
export const SCROLLS = {
  fling: {},
  wheel: { step: 120, maxFrames: 240 },
};

function frameStats(s) {
  return {
    max: Math.max(...s.frames),
    p95: quantile(s.frames, 0.95),
    over: s.frames.filter((f) => f > FRAME_BUDGET_MS).length,
    frames: s.frames.length,
  };
}

async function oneRun(browser, origin, lib, n, scroll) {
  const { page, errors, close } = await freshPage(browser, origin);
  try {
    await page.goto(`${origin}/bench/pages/${lib.page}`);
    await page
      .waitForFunction(() => window.bench, null, { timeout: 30_000 })
      .catch((e) => {
        throw new Error(`${lib.page} did not load${errors.length ? `: ${errors.join('; ')}` : ''} (${e.message.split('\n')[0]})`);
      });
    await page.evaluate((count) => window.bench.prepare(count), n);
    // The floor in this page, right before the render: the same two-frame wait around an empty update.
    const floor = await page.evaluate(() => window.bench.floor());
    await browser.startTracing(page, { categories: CPU_TRACE_CATEGORIES });
    let firstFrame;
    let traced;
    try {
      firstFrame = await page.evaluate(() => window.bench.render());
    } finally {
      traced = await browser.stopTracing();
    }
    const cpu = mainThreadCpuMs(JSON.parse(traced.toString('utf8')));
    const rendered = await page.evaluate(() => window.bench.rendered());
    if (rendered !== n) throw new Error(`${lib.name} took ${rendered} of ${n} tasks`);
    // What was drawn, counted in the DOM (shadow roots included) the same way for every chart.
    const drawn = await page.evaluate(() => window.bench.drawn());
    if (!(drawn > 0)) throw new Error(`${lib.name} drew no task bar for ${n} tasks`);
    // The last row must be reachable: jump to the end and look for the last task's title.
    const reachedEnd = lib.id === 'ours' ? await page.evaluate(() => window.bench.reachEnd()) : undefined;
    const elements = await page.evaluate(() => window.bench.elements());
    const run = { firstFrame, floor, cpu, drawn, elements, reachedEnd };
    if (scroll) {
      run.scroll = {};
      for (const [kind, options] of Object.entries(SCROLLS)) {
        const s = await page.evaluate((o) => window.bench.scroll(o), options);
        if (s.scrolled < s.range - 1) throw new Error(`${lib.name} scrolled to ${s.scrolled} of ${s.range} px`);
        run.scroll[kind] = frameStats(s);
      }
    }
    if (errors.length) throw new Error(`${lib.name}: ${errors[0]}`);
    return run;
  } finally {
    await close();
  }
}

/**
 * Runs the Gantt benchmark: for each size, `runs` rounds of every library, a fresh page each; the
 * largest size also scrolls. frappe-gantt stops at a size once its runs there have taken `capMs` (at
 * 10,000 tasks one run takes most of a minute), after at least one run; the others always do `runs`.
 *
 * @example
 * const r = await benchGantt({ sizes: [1000], runs: 5 });
 * r.results.ours[1000].map((run) => run.firstFrame) //=> [21.3, 19.8, ...]
 */
export async function benchGantt({ sizes = [1000, 5000, 10000], oursOnly = [100_000, 1_000_000], runs = 5, capMs = 60_000, log = () => {} } = {}) {
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();
  const results = Object.fromEntries(LIBRARIES.map((l) => [l.id, {}]));
  const capped = [];
  try {
    const scrollSize = Math.max(...sizes);
    // The peers stop at the shared sizes; ours also goes to the sizes only a flat, lazy row model reaches.
    for (const n of [...sizes, ...oursOnly.filter((x) => !sizes.includes(x))]) {
      const libs = sizes.includes(n) ? LIBRARIES : LIBRARIES.filter((l) => l.id === 'ours');
      const spent = Object.fromEntries(LIBRARIES.map((l) => [l.id, 0]));
      for (const lib of libs) results[lib.id][n] = [];
      for (let r = 0; r < runs; r++) {
        for (const lib of libs) {
          if ((lib.cappable || !sizes.includes(n)) && r > 0 && spent[lib.id] >= capMs) continue;
          const t0 = Date.now();
          const run = await oneRun(browser, server.url, lib, n, n === scrollSize && !lib.baseline);
          spent[lib.id] += Date.now() - t0;
          results[lib.id][n].push(run);
          log(
            `${lib.name} ${n} tasks run ${r + 1}: ${run.firstFrame.toFixed(1)} ms (floor ${run.floor.toFixed(1)}, CPU ${run.cpu.toFixed(1)}, ${run.drawn} bars drawn)${run.scroll ? `, fling max ${run.scroll.fling.max.toFixed(1)} ms, wheel max ${run.scroll.wheel.max.toFixed(1)} ms` : ''}`,
          );
        }
      }
      for (const lib of libs) {
        const done = results[lib.id][n].length;
        if (done < runs) capped.push({ lib: lib.id, n, runs: done, spentMs: spent[lib.id] });
      }
    }
    return { results, capped, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
