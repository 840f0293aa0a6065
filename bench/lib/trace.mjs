// Main-thread CPU from a Chromium trace: the time the page's renderer main thread spent in its top-level
// tasks, measured by the thread's own clock (`tdur`) where the trace has it, so a busy machine that delays
// the page does not count as the page's work.

/**
 * Milliseconds of CPU the renderer main thread (`CrRendererMain`) spent in top-level tasks (`RunTask`)
 * during a trace. With several renderers in the trace, the busiest one is the page's.
 *
 * @example
 * mainThreadCpuMs(JSON.parse(buffer.toString())) //=> 36.4
 */
export function mainThreadCpuMs(trace) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const mains = new Set();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  const busy = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    busy.set(key, (busy.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0));
  }
  let best = 0;
  for (const us of busy.values()) best = Math.max(best, us);
  return best / 1000;
}

/** The trace categories `mainThreadCpuMs` needs. */
export const CPU_TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline'];
