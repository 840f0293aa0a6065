import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan } from '@campaign-planner/core';
import { backwardSchedule, type Schedule } from '@campaign-planner/core/readiness';

/** Plans up to this many tasks show their critical chain at once; larger ones when the user asks. */
export const CHAIN_AUTO_LIMIT = 2000;

/**
 * Core's backward schedule for the chart: the critical chain, slack and impossible orders. It costs about
 * 50 µs a task (half a second at 10,000), so a plan above {@link CHAIN_AUTO_LIMIT} tasks computes it only
 * when the toolbar's "Critical chain" is switched on, never inside the first frame or a scroll.
 *
 * @example
 * private chain = new CriticalChainController(this);
 * // willUpdate: if (changed.has('plan')) this.chain.setPlan(this.plan);
 */
export class CriticalChainController implements ReactiveController {
  private plan: Plan | undefined;
  private computed: Schedule | undefined;
  private impossibleIds: ReadonlySet<string> = new Set();
  /** Whether the chain is drawn. */
  shown = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly limit = CHAIN_AUTO_LIMIT,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new plan: its schedule now when small, else on request. */
  setPlan(plan: Plan | undefined): void {
    this.plan = plan;
    this.computed = undefined;
    this.impossibleIds = new Set();
    this.shown = plan !== undefined && plan.tasks.length <= this.limit;
    if (this.shown) this.compute();
  }

  /** Switches the chain on or off (computing it the first time). */
  toggle(): void {
    this.shown = !this.shown;
    if (this.shown && !this.computed) this.compute();
    this.host.requestUpdate();
  }

  /** The schedule to draw, or `undefined` while the chain is off. */
  get schedule(): Schedule | undefined {
    return this.shown ? this.computed : undefined;
  }

  /** Tasks due after a task that depends on them (core's `impossible_order`), while the chain is on. */
  get impossible(): ReadonlySet<string> {
    return this.shown ? this.impossibleIds : new Set();
  }

  private compute(): void {
    const plan = this.plan;
    if (!plan) return;
    const schedule = backwardSchedule(plan);
    this.impossibleIds = new Set(schedule.warnings.filter((w) => w.code === 'impossible_order').map((w) => plan.tasks[w.path[1] as number]!.id));
    this.computed = schedule;
  }
}
