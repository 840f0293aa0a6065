import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan } from '@campaign-planner/core';
import { backwardSchedule, type Schedule } from '@campaign-planner/core/readiness';

/** Plans up to this many tasks show their critical chain on their own; larger ones when the user asks. */
export const CHAIN_AUTO_LIMIT = 2000;

/** How long the chain may wait for an idle moment before it is computed anyway, in ms. */
const IDLE_TIMEOUT = 300;

/**
 * Core's backward schedule for the chart: the critical chain, slack and impossible orders. Its first call in
 * a page costs tens of ms even for 1,000 tasks (code not yet optimised, then about 5 µs a task), so it is
 * never part of the first frame: a plan up to {@link CHAIN_AUTO_LIMIT} tasks gets it in the first idle moment
 * after that frame (the marks follow with the next update), a larger one when the toolbar's "Critical chain"
 * is switched on.
 *
 * @example
 * private chain = new CriticalChainController(this);
 * // willUpdate: if (changed.has('plan')) this.chain.setPlan(this.plan);
 */
export class CriticalChainController implements ReactiveController {
  private plan: Plan | undefined;
  private computed: Schedule | undefined;
  private impossibleIds: ReadonlySet<string> = new Set();
  private settle: () => void = () => undefined;
  private pending: Promise<void> = Promise.resolve();
  private cancel: (() => void) | undefined;
  /** Whether the chain is drawn (once computed). */
  shown = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly limit = CHAIN_AUTO_LIMIT,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page with a chain still to compute (it was cancelled when the chart left).
    if (this.shown && !this.computed && !this.cancel) this.later();
  }

  hostDisconnected(): void {
    // A chart taken off the page does no work for it; the promise still settles.
    this.stop();
  }

  /** A new plan: its schedule after the first frame when small, else on request. */
  setPlan(plan: Plan | undefined): void {
    this.plan = plan;
    this.computed = undefined;
    this.impossibleIds = new Set();
    this.shown = plan !== undefined && plan.tasks.length <= this.limit;
    this.stop();
    if (this.shown) this.later();
  }

  /** Resolves once the schedule of the current plan is computed, or when nothing is pending. */
  get complete(): Promise<void> {
    return this.pending;
  }

  /** Switches the chain on or off (computing it the first time). */
  toggle(): void {
    this.shown = !this.shown;
    if (this.shown && !this.computed) {
      this.stop();
      this.compute();
    }
    this.host.requestUpdate();
  }

  /** The schedule to draw, or `undefined` while the chain is off or not computed yet. */
  get schedule(): Schedule | undefined {
    return this.shown ? this.computed : undefined;
  }

  /** Tasks due after a task that depends on them (core's `impossible_order`), while the chain is on. */
  get impossible(): ReadonlySet<string> {
    return this.shown ? this.impossibleIds : new Set();
  }

  /** Drops a pending computation and settles its promise. */
  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.settle();
  }

  private later(): void {
    this.pending = new Promise((resolve) => (this.settle = resolve));
    const run = () => {
      this.cancel = undefined;
      this.compute();
      this.host.requestUpdate();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT });
      this.cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 16);
      this.cancel = () => clearTimeout(id);
    }
  }

  private compute(): void {
    const plan = this.plan;
    if (!plan) return;
    const schedule = backwardSchedule(plan);
    this.impossibleIds = new Set(schedule.warnings.filter((w) => w.code === 'impossible_order').map((w) => plan.tasks[w.path[1] as number]!.id));
    this.computed = schedule;
    this.settle();
  }
}
