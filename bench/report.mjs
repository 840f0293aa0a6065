// Turns the three parts' results into the rows of the one table `npm run bench` prints, with the
// targets of issue 6 and whether this run met them.
import { FRAME_BUDGET_MS, LIBRARIES } from './gantt.mjs';
import { summarize } from './lib/stats.mjs';
import { cell, ratio } from './lib/format.mjs';
import { kb } from './lib/sizes.mjs';

/** The table's columns. */
export const HEADER = ['measure', 'campaign-planner', 'peer 1', 'peer 1 / ours', 'peer 2', 'peer 2 / ours', 'target', 'met'];

const yes = (ok) => (ok === undefined ? '' : ok ? 'yes' : 'NO');
const count = (n) => n.toLocaleString('en-US');

function ganttRows({ results, capped }, runs, misses) {
  const [ours, ...peers] = LIBRARIES;
  const sizes = Object.keys(results.ours).map(Number);
  const stat = (lib, n, pick) => summarize((results[lib][n] ?? []).map(pick).filter((v) => v !== undefined));
  const rows = [`Gantt first frame, ms: set the tasks -> 2 animation frames (fresh page per run; peers: ${peers.map((p) => p.name).join(', ')})`];
  const largest = Math.max(...sizes);
  for (const n of sizes) {
    const o = stat('ours', n, (r) => r.firstFrame);
    const row = [`${count(n)} tasks`, cell(o, ' ms', runs)];
    for (const p of peers) {
      const s = stat(p.id, n, (r) => r.firstFrame);
      row.push(cell(s, ' ms', runs), ratio(s.median, o.median));
    }
    let target = '';
    let met;
    if (n === largest) [target, met] = ['< 50 ms', o.median < 50];
    if (n === 5000) {
      const d = stat('dhtmlx', n, (r) => r.firstFrame);
      [target, met] = ['>= 10× faster than dhtmlx', d.median / o.median >= 10];
    }
    if (met === false) misses.push(`first frame at ${count(n)} tasks (${target})`);
    rows.push([...row, target, yes(met)]);
  }
  const scrolls = [
    ['fling', 'top to bottom, a screen per frame'],
    ['wheel', 'a quick wheel, 120 px per frame for 240 frames'],
  ];
  for (const [kind, how] of scrolls) {
    rows.push(`Scrolling ${count(largest)} tasks, ${how}: main-thread ms per frame (median of the runs' figures)`);
    for (const [label, key] of [['max frame', 'max'], ['95th percentile frame', 'p95']]) {
      const o = stat('ours', largest, (r) => r.scroll?.[kind][key]);
      const row = [label, cell(o, ' ms', runs)];
      for (const p of peers) {
        const s = stat(p.id, largest, (r) => r.scroll?.[kind][key]);
        row.push(cell(s, ' ms', runs), ratio(s.median, o.median));
      }
      const met = key === 'max' ? o.max <= 16 : undefined;
      if (met === false) misses.push(`scroll frames, ${kind} (worst ${o.max.toFixed(1)} ms, target: none over 16 ms)`);
      rows.push([...row, key === 'max' ? 'none over 16 ms (worst run)' : '', yes(met)]);
    }
    const over = (lib) => summarize((results[lib][largest] ?? []).map((r) => r.scroll?.[kind].over).filter((v) => v !== undefined));
    const of = (lib) => ` of ${(results[lib][largest] ?? [])[0]?.scroll?.[kind].frames ?? 0}`;
    rows.push([`frames over ${FRAME_BUDGET_MS} ms`, cell(over('ours'), of('ours'), runs), ...peers.flatMap((p) => [cell(over(p.id), of(p.id), runs), '']), '', '']);
  }
  rows.push('DOM elements after render (including shadow roots)');
  const counts = sizes.map((n) => stat('ours', n, (r) => r.elements).median);
  const flat = Math.max(...counts) <= 1.1 * Math.min(...counts);
  if (!flat) misses.push('DOM element count grows with the task count');
  for (const n of sizes) {
    const o = stat('ours', n, (r) => r.elements);
    const row = [`${count(n)} tasks`, cell(o, '', runs)];
    for (const p of peers) {
      const s = stat(p.id, n, (r) => r.elements);
      row.push(cell(s, '', runs), ratio(s.median, o.median));
    }
    rows.push([...row, n === largest ? 'independent of task count' : '', n === largest ? yes(flat) : '']);
  }
  for (const c of capped) {
    const lib = LIBRARIES.find((l) => l.id === c.lib);
    rows.push({ note: `note: ${lib.name} at ${count(c.n)} tasks capped at ${c.runs} run(s) (its runs took ${(c.spentMs / 1000).toFixed(0)} s)` });
  }
  return rows;
}

function coreRows({ jobs, missing }, runs, misses) {
  const rows = ['Core, ms: the built dist under plain Node, each run a fresh process (its first call, then up to 20 warm calls)'];
  const TARGETS = { instantiate: 5, readiness: 5 };
  for (const [name, job] of Object.entries(jobs)) {
    for (const [label, key] of [['1st call', 'cold'], ['warm', 'warm']]) {
      const o = summarize(job.ours[key]);
      const usual = key === 'cold' ? runs : o.runs;
      const row = [`${job.label}: ${label}`, cell(o, ' ms', usual)];
      if (job.peer) {
        const s = summarize(job.peer[key]);
        row.push(`${job.peer.name} ${cell(s, ' ms', key === 'cold' ? runs : s.runs)}`, ratio(s.median, o.median), '', '');
      } else row.push(key === 'cold' ? '(no in-run peer)' : '', '', '', '');
      const limit = TARGETS[name];
      const met = limit === undefined ? undefined : o.median < limit;
      if (met === false) misses.push(`core ${job.label}, ${label}: ${o.median.toFixed(1)} ms (target < ${limit} ms)`);
      rows.push([...row, limit ? `< ${limit} ms` : '', yes(met)]);
    }
  }
  for (const [name, job] of Object.entries(jobs))
    for (const [who, r] of [['ours', job.ours], [job.peer?.name, job.peer]])
      if (r && r.cold.length < runs) rows.push({ note: `note: ${job.label}${who === 'ours' ? '' : ` (${who})`} capped at ${r.cold.length} process run(s) (they took ${(r.spentMs / 1000).toFixed(0)} s)` });
  for (const m of missing) rows.push({ note: `${m.label}: not in the built core yet (${m.absent.join(', ')})` });
  return rows;
}

function sizeRows(s, misses) {
  const fmt = (x) => (x ? `${kb(x.gzip)} (min ${kb(x.min)})` : 'not built');
  const [p1, p2] = s.peers;
  const peerCells = (ours) => [`${p1.name} js ${kb(p1.js.gzip)}`, ours ? ratio(p1.js.gzip, ours.gzip) : '', `${p2.name} js ${kb(p2.js.gzip)}`, ours ? ratio(p2.js.gzip, ours.gzip) : ''];
  const rows = ['Bundle size, min+gzip (terser, then gzip -9; 1 KB = 1,000 bytes)'];
  const coreMet = s.core.gzip <= s.budgets.core;
  const bundleMet = s.bundle ? s.bundle.gzip <= s.budgets.bundle : false;
  if (!coreMet) misses.push(`core size ${kb(s.core.gzip)} (budget ${kb(s.budgets.core)})`);
  if (!bundleMet) misses.push(`elements bundle size ${s.bundle ? kb(s.bundle.gzip) : 'not built'} (budget ${kb(s.budgets.bundle)})`);
  rows.push(['core (main entry) + rrule, zod/mini, @date-fns/tz', fmt(s.core), ...peerCells(s.core), `<= ${kb(s.budgets.core)}`, yes(coreMet)]);
  for (const e of s.subpaths) rows.push([`  core/${e.subpath.replace('./', '')} alone, with its dependencies`, fmt(e), '', '', '', '', '', '']);
  if (s.allEntries) rows.push(['  core, all entries together', fmt(s.allEntries), ...peerCells(s.allEntries), '', '']);
  rows.push(['elements (lit and core external)', fmt(s.elements), ...peerCells(s.elements), '', '']);
  rows.push(['self-contained bundle (lit + core inlined)', fmt(s.bundle), ...peerCells(s.bundle), `<= ${kb(s.budgets.bundle)}`, yes(bundleMet)]);
  rows.push(['stylesheets', '(in the JS)', `${p1.name} css ${kb(p1.css.gzip)}`, '', `${p2.name} css ${kb(p2.css.gzip)}`, '', '', '']);
  const parts = s.coreParts.filter(([, b]) => b >= 500).map(([p, b]) => `${p} ${kb(b)}`);
  rows.push({ note: `core main entry's parts, each minified and gzipped alone (they add up to more than the whole): ${parts.join(', ')}` });
  return rows;
}

/**
 * Rows of the table (section headings as strings) and the list of missed targets.
 *
 * @example
 * const { rows, misses } = buildReport({ gantt, core, sizes, runs: 5 });
 */
export function buildReport({ gantt, core, sizes, runs }) {
  const misses = [];
  const rows = [
    ...(gantt ? ganttRows(gantt, runs, misses) : []),
    ...(core ? coreRows(core, runs, misses) : []),
    ...(sizes ? sizeRows(sizes, misses) : []),
  ];
  return { rows, misses };
}
