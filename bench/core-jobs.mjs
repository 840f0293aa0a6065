// The core measurements, one job per run in a fresh Node process (see core.mjs): the first call in a new
// process (cold: what a CLI or a page opening a plan pays) and then warm calls (what an app pays on the
// next update). Inputs are built and validated before any timing.
import { performance } from 'node:perf_hooks';
import { generateTasks, toPlan } from './pages/tasks.js';
import { loadCore } from './lib/core-entries.mjs';

// Warm calls: up to 20, within about 3 s (a slow job gets fewer, at least one).
const WARM_CALLS = 20;
const WARM_BUDGET_MS = 3000;
const OWNERS = Array.from({ length: 20 }, (_, i) => `owner-${i + 1}`);
const STATUSES = ['todo', 'in-progress', 'done', 'blocked', 'skipped'];

/** A 10,000-task plan as the core validates it (owners, some critical tasks), parsed by the core itself. */
function bigPlan(core, n) {
  const plan = toPlan(generateTasks(n));
  plan.tasks.forEach((t, i) => {
    t.owner = OWNERS[i % OWNERS.length];
    t.critical = i % 50 === 0;
  });
  // Round-trip through the core's own parser: the benchmark must run on a valid plan.
  return core.parsePlan(JSON.parse(core.serializePlan(plan)));
}

/** `count` status events over the plan's tasks, in time order, from a fixed-seed generator. */
function eventLog(plan, count) {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = plan.phases[0].start.getTime();
  return Array.from({ length: count }, (_, i) => ({
    taskId: plan.tasks[Math.floor(next() * plan.tasks.length)].id,
    status: STATUSES[Math.floor(next() * STATUSES.length)],
    at: new Date(start + i * 60_000),
    by: OWNERS[i % OWNERS.length],
  }));
}

/** The same to-dos as our ICS export, built and serialized with ical.js (no VTIMEZONE, one language). */
function icalJsExport(ICAL, plan) {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('prodid', '-//bench//ical.js//EN');
  cal.addPropertyWithValue('version', '2.0');
  const stamp = ICAL.Time.fromJSDate(new Date(Date.UTC(2026, 9, 1)), true);
  for (const task of plan.tasks) {
    const todo = new ICAL.Component('vtodo');
    todo.addPropertyWithValue('uid', `${task.id}@campaign-planner`);
    todo.addPropertyWithValue('dtstamp', stamp);
    todo.addPropertyWithValue('summary', task.title.en);
    todo.addPropertyWithValue('due', ICAL.Time.fromJSDate(task.due, true));
    if (task.start) todo.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(task.start, true));
    todo.addPropertyWithValue('status', 'NEEDS-ACTION');
    cal.addSubcomponent(todo);
  }
  return cal.toString();
}

/**
 * A live team view of 10,000 tasks and 50,000 events, warmed (readiness, and next actions when asked): `tick()`
 * applies one more status event and returns the new state.
 */
function liveTeamView(core, { nextActions = false } = {}) {
  const plan = bigPlan(core, 10_000);
  const events = eventLog(plan, 50_000);
  let state = core.createStatusState(plan, events);
  const now = new Date('2026-10-25T12:00:00-07:00');
  core.readiness(plan, state, now);
  if (nextActions) core.nextActions(plan, state, now, { limit: 10 });
  let k = 0;
  const tick = () => {
    const task = plan.tasks[(k * 7919) % plan.tasks.length];
    state = core.applyStatus(state, {
      taskId: task.id,
      status: STATUSES[k % STATUSES.length],
      at: new Date(events[events.length - 1].at.getTime() + ++k * 1000),
      by: 'tick',
    });
    return state;
  };
  return { plan, now, tick };
}

/** Each job: `prepare` (untimed) returns the function to time; `check` says whether its result is sane. */
export const JOBS = {
  instantiate: {
    label: 'instantiate 11.11, recurrences expanded',
    needs: ['instantiate', 'getTemplate', 'taskOccurrences'],
    prepare: (core) => {
      const template = core.getTemplate('aliexpress-11-11');
      return () => {
        const plan = core.instantiate(template, { year: 2026, teamTimeZone: 'Asia/Shanghai' });
        let items = 0;
        for (const task of plan.tasks) items += core.taskOccurrences(plan, task).length;
        return { tasks: plan.tasks.length, items };
      };
    },
  },
  readiness: {
    label: 'readiness, 10,000 tasks, 50,000-event log',
    needs: ['readiness', 'createStatusState', 'parsePlan', 'serializePlan'],
    prepare: (core) => {
      const plan = bigPlan(core, 10_000);
      const state = core.createStatusState(plan, eventLog(plan, 50_000));
      const now = new Date('2026-10-25T12:00:00-07:00');
      // The first call also indexes the plan (kept per plan object); warm calls are what an app pays
      // to refresh readiness on the same plan.
      return () => {
        const r = core.readiness(plan, state, now);
        return { tasks: plan.tasks.length, items: r.overall.total, overdue: r.overall.overdue };
      };
    },
  },
  readinessAfterEvent: {
    label: 'readiness after one new status event, 10,000 tasks, 50,000 events',
    needs: ['readiness', 'createStatusState', 'applyStatus', 'parsePlan', 'serializePlan'],
    prepare: (core) => {
      const { plan, now, tick } = liveTeamView(core);
      // What a live team view pays on every tick: one more event, then readiness of the new state.
      return () => ({ overdue: core.readiness(plan, tick(), now).overall.overdue });
    },
  },
  nextActionsAfterEvent: {
    label: 'readiness, next 10 actions and score after one new status event, 10,000 tasks, 50,000 events',
    needs: ['readiness', 'nextActions', 'createStatusState', 'applyStatus', 'parsePlan', 'serializePlan'],
    prepare: (core) => {
      const { plan, now, tick } = liveTeamView(core, { nextActions: true });
      // A live team view's whole refresh: the figures, the score and the to-do list after one more event.
      return () => {
        const state = tick();
        const r = core.readiness(plan, state, now);
        return { score: r.overall.score, next: core.nextActions(plan, state, now, { limit: 10 }).map((a) => a.key) };
      };
    },
  },
  readinessFreshPlan: {
    label: 'readiness on a freshly parsed plan object, 10,000 tasks, 50,000 events',
    needs: ['readiness', 'createStatusState', 'parsePlan', 'serializePlan'],
    prepare: (core) => {
      const plan = bigPlan(core, 10_000);
      const text = core.serializePlan(plan);
      const state = core.createStatusState(plan, eventLog(plan, 50_000));
      const now = new Date('2026-10-25T12:00:00-07:00');
      // Parsed before timing: each call gets a plan object the core has never seen (no cache by identity).
      const fresh = Array.from({ length: WARM_CALLS + 1 }, () => core.parsePlan(JSON.parse(text)));
      let k = 0;
      return () => ({ overdue: core.readiness(fresh[k++ % fresh.length], state, now).overall.overdue });
    },
  },
  statusLog: {
    label: 'fold the 50,000-event log into a state',
    needs: ['createStatusState', 'parsePlan', 'serializePlan'],
    prepare: (core) => {
      const plan = bigPlan(core, 10_000);
      const events = eventLog(plan, 50_000);
      return () => ({ events: events.length, keys: core.createStatusState(plan, events).latest.size });
    },
  },
  ics: {
    label: 'ICS export, 10,000 tasks',
    needs: ['toICS', 'parsePlan', 'serializePlan'],
    prepare: (core) => {
      const plan = bigPlan(core, 10_000);
      const dtstamp = new Date('2026-10-01T00:00:00Z');
      return () => {
        const text = core.toICS(plan, { dtstamp });
        return { tasks: plan.tasks.length, bytes: text.length };
      };
    },
    peer: {
      name: 'ical.js',
      prepare: async (core) => {
        const { default: ICAL } = await import('ical.js');
        const plan = bigPlan(core, 10_000);
        return () => ({ bytes: icalJsExport(ICAL, plan).length });
      },
    },
  },
};

/**
 * Runs one job in this process: the first (cold) call, then warm calls.
 *
 * @example
 * await runJob(core, 'instantiate') //=> { cold: 12.3, warm: [2.1, 2.0, ...], result: { tasks: 64, items: 90 } }
 */
export async function runJob(core, name, { peer = false } = {}) {
  const job = JOBS[name];
  const fn = await (peer ? job.peer.prepare(core) : job.prepare(core));
  let t0 = performance.now();
  const result = fn();
  const cold = performance.now() - t0;
  const warm = [];
  const until = performance.now() + WARM_BUDGET_MS;
  for (let i = 0; i < WARM_CALLS && (i < 1 || performance.now() < until); i++) {
    t0 = performance.now();
    fn();
    warm.push(performance.now() - t0);
  }
  return { cold, warm, result };
}

/** The built core's public API: every entry point its package.json declares, as one namespace. */
export { loadCore };

// As a child process: `node core-jobs.mjs <job> [peer]` prints the result as JSON.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const core = await loadCore();
  const out = await runJob(core, process.argv[2], { peer: process.argv[3] === 'peer' });
  process.stdout.write(JSON.stringify(out));
}
