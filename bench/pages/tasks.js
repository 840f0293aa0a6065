// The tasks every Gantt in the benchmark gets: `n` tasks spread over an 11.11 season, each depending
// on the one before (a dependency chain), in three shapes: our Plan and the peers' own formats.
// Deterministic (no Math.random), so every run and every library draws the same chart.

const WORKSTREAMS = ['operations', 'product', 'traffic', 'marketing', 'visual', 'logistics-service'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// AliExpress 11.11 2026 in US Pacific time, as the template instantiates it (fixture data, not computed).
const PHASES = [
  ['build-up', 'Build-up', '备货期', '2026-10-01T00:00:00-07:00', '2026-10-28T00:00:00-07:00'],
  ['warm-up', 'Warm-up', '预热期', '2026-10-28T00:00:00-07:00', '2026-11-11T00:00:00-08:00'],
  ['peak', 'Peak', '正式期', '2026-11-11T00:00:00-08:00', '2026-11-13T00:00:00-08:00'],
  ['review', 'Review', '复盘期', '2026-11-13T00:00:00-08:00', '2026-11-21T00:00:00-08:00'],
].map(([id, en, zh, start, end]) => ({ id, label: { en, 'zh-CN': zh }, start: new Date(start), end: new Date(end) }));

const START = PHASES[0].start.getTime();
const END = PHASES[PHASES.length - 1].end.getTime();

/**
 * `n` neutral tasks: id, title, workstream, phase, start and due, and the id of the task it depends on.
 *
 * @example
 * generateTasks(2)[1].dependsOn //=> 't0'
 */
export function generateTasks(n) {
  const span = END - START;
  const tasks = [];
  for (let i = 0; i < n; i++) {
    // A stride co-prime with the span spreads the starts over the whole season.
    const start = START + ((i * 37 * HOUR) % (span - 6 * DAY));
    const due = start + (1 + (i % 5)) * DAY - HOUR;
    const phase = PHASES.find((p) => due < p.end.getTime()) ?? PHASES[PHASES.length - 1];
    tasks.push({
      id: `t${i}`,
      title: `Task ${i + 1}`,
      workstream: WORKSTREAMS[i % WORKSTREAMS.length],
      phase: phase.id,
      start: new Date(start),
      due: new Date(due),
      dependsOn: i > 0 ? `t${i - 1}` : undefined,
    });
  }
  return tasks;
}

/**
 * The tasks as a campaign-planner `Plan` (instants as Dates, defaults filled in).
 *
 * @example
 * toPlan(generateTasks(10)).tasks.length //=> 10
 */
export function toPlan(tasks) {
  return {
    version: 1,
    id: `bench-${tasks.length}`,
    name: { en: `Benchmark ${tasks.length}`, 'zh-CN': `基准 ${tasks.length}` },
    platform: 'aliexpress',
    platformTimeZone: 'America/Los_Angeles',
    teamTimeZone: 'Asia/Shanghai',
    phases: PHASES,
    tasks: tasks.map((t) => ({
      id: t.id,
      title: { en: t.title, 'zh-CN': t.title },
      phase: t.phase,
      workstream: t.workstream,
      start: t.start,
      due: t.due,
      dependsOn: t.dependsOn ? [t.dependsOn] : [],
      status: 'todo',
      weight: 1,
      critical: false,
      tags: [],
    })),
  };
}

/**
 * The tasks in dhtmlx-gantt's `gantt.parse` format: numeric ids, links of type "0" (finish to start).
 *
 * @example
 * toDhtmlx(generateTasks(2)).links //=> [{ id: 1, source: 1, target: 2, type: '0' }]
 */
export function toDhtmlx(tasks) {
  return {
    data: tasks.map((t, i) => ({ id: i + 1, text: t.title, start_date: t.start, end_date: t.due, progress: 0 })),
    links: tasks.slice(1).map((_, i) => ({ id: i + 1, source: i + 1, target: i + 2, type: '0' })),
  };
}

/**
 * The tasks in frappe-gantt's format (it mutates them, so call this for each chart).
 *
 * @example
 * toFrappe(generateTasks(2))[1].dependencies //=> ['t0']
 */
export function toFrappe(tasks) {
  return tasks.map((t) => ({
    id: t.id,
    name: t.title,
    start: new Date(t.start),
    end: new Date(t.due),
    progress: 0,
    dependencies: t.dependsOn ? [t.dependsOn] : [],
  }));
}
