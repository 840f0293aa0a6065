// `npm run bench`: the Gantt in headless Chromium beside dhtmlx-gantt and frappe-gantt, the core under
// plain Node, and bundle sizes, printed as one table with the machine it ran on.
//   node bench/run.mjs [--only=gantt,core,size,sync] [--runs=5] [--sizes=1000,5000,10000] [--ours-only=100000,1000000] [--json=out.json]
import { cpus, loadavg } from 'node:os';
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchGantt } from './gantt.mjs';
import { benchCore } from './core.mjs';
import { benchSizes } from './sizes.mjs';
import { benchSync, formatSync } from './sync.mjs';
import { buildReport, HEADER } from './report.mjs';
import { table } from './lib/format.mjs';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'gantt,core,size,sync' },
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,5000,10000' },
    'ours-only': { type: 'string', default: '100000,1000000' },
    cap: { type: 'string', default: '60' },
    json: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const parts = new Set(values.only.split(','));
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes.split(',').map(Number);
const oursOnly = values['ours-only'] ? values['ours-only'].split(',').map(Number) : [];
const log = values.quiet ? () => {} : (msg) => process.stderr.write(`  ${msg}\n`);

const started = Date.now();
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const out = { runs };
if (parts.has('size')) {
  log('sizes: bundling core and elements, minifying the peers');
  out.sizes = await benchSizes();
}
if (parts.has('core')) {
  log('core: fresh Node processes');
  out.core = await benchCore({ runs, capMs: Number(values.cap) * 1000, log });
}
if (parts.has('gantt')) {
  log('gantt: headless Chromium');
  out.gantt = await benchGantt({ sizes, oursOnly, runs, capMs: Number(values.cap) * 1000, log });
}
if (parts.has('sync')) {
  log('sync: 50 clients x 100 events against one room of a real server');
  out.sync = await benchSync({ log });
}

const { rows, misses } = buildReport(out);
const machine = [
  `${availableParallelism()} CPUs (${cpus()[0]?.model.trim()})`,
  `Node ${process.version}`,
  out.gantt ? `Chromium ${out.gantt.chromium}` : undefined,
  `load average at start ${load}`,
  `${runs} runs`,
  `took ${((Date.now() - started) / 1000).toFixed(0)} s`,
].filter(Boolean);
console.log(`campaign-planner benchmark, ${new Date().toISOString()}\n${machine.join(' · ')}\n`);
console.log(table(HEADER, rows));
if (out.sync) console.log(`\n${formatSync(out.sync)}`);
console.log(misses.length ? `\nMissed targets:\n${misses.map((m) => `  - ${m}`).join('\n')}` : '\nAll targets met.');
if (values.json) {
  // Drop the bundled code itself; keep every figure.
  const { code: _c, modules: _cm, ...core } = out.sizes?.core ?? {};
  const { code: _e, modules: _em, ...elements } = out.sizes?.elements ?? {};
  writeFileSync(values.json, JSON.stringify({ machine, ...out, sizes: out.sizes && { ...out.sizes, core, elements }, misses }, null, 2));
}
