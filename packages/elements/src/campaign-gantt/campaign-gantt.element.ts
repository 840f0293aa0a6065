import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale, Plan } from '@campaign-planner/core';
import type { StatusState } from '@campaign-planner/core/readiness';
import { taskSelectEvent, timeZoneChangeEvent } from '../events/task-events.js';
import { dateConverter } from '../shared/converters.js';
import { resolveDisplayZone, type DisplayZone } from '../shared/display-zone.js';
import { themeStyles } from '../shared/theme.styles.js';
import { warmIntl } from '../shared/warm-intl.js';
import { t } from '../shared/ui-text.js';
import { ganttStyles } from './campaign-gantt.styles.js';
import { buildGanttModel, visibleRows, type GanttModel, type VisibleRows } from './gantt-model.js';
import { axisTemplate, dependencyTemplate, gridTemplate, rowTemplate, timelineWidth, xOf, type GanttContext } from './gantt-templates.js';
import { buildTimeAxis, type TimeAxis } from './time-axis.js';
import { treeKeyAction } from './tree-keys.js';
import { VirtualWindowController } from './virtual-window.controller.js';

const HEADER_HEIGHT = 44;
const DEFAULT_DAY_WIDTH = { day: 40, week: 14 } as const;

/**
 * A Gantt chart of a campaign plan: phases as summary bars, tasks as bars (start..due) or milestones
 * (due only), grouped by phase then workstream in collapsible groups, with dependency arrows, critical
 * and overdue marks and a today marker. The time axis is drawn in the display zone, day by day as the
 * clocks show it (a DST change day is 23 or 25 hours wide). Only the rows in view are in the DOM, so
 * 10,000 tasks scroll as smoothly as 10.
 *
 * Keyboard (tree grid): ↑/↓ move, Home/End first/last, PageUp/PageDown by a screen, → opens a group,
 * ← closes it or goes to the parent, Enter/Space selects a task or toggles a group.
 *
 * @example
 * const gantt = document.createElement('campaign-gantt');
 * gantt.plan = plan; gantt.timeZone = 'team'; gantt.locale = 'zh-CN';
 * gantt.addEventListener('task-select', (e) => console.log(e.detail.taskId));
 *
 * @summary Gantt chart of a campaign plan.
 * @tagname campaign-gantt
 *
 * @event task-select - A task row was picked (click, Enter or Space). `detail: { taskId }`.
 * @event time-zone-change - The display zone was switched in the toolbar. `detail: { timeZone }`.
 *
 * @csspart toolbar - The bar with scale, zoom and zone controls.
 * @csspart row - Every row (phase, workstream and task).
 * @csspart phase-bar - The summary bar of a phase.
 * @csspart task-bar - The bar of a task with a start.
 * @csspart milestone - The diamond of a task with a due only.
 * @csspart today-marker - The vertical line at `now`.
 *
 * @cssproperty [--cp-name-width=280px] - Width of the task name column.
 * @cssproperty --cp-font - Font family.
 * @cssproperty --cp-bg - Background colour.
 * @cssproperty --cp-fg - Text colour.
 * @cssproperty --cp-muted - Secondary text, dependency arrows.
 * @cssproperty --cp-surface - Header and toolbar background.
 * @cssproperty --cp-border - Lines and borders.
 * @cssproperty --cp-accent - Selection and pressed buttons.
 * @cssproperty --cp-phase-bar - Phase bar colour.
 * @cssproperty --cp-task-bar - Task bar and milestone colour.
 * @cssproperty --cp-done - Done tasks.
 * @cssproperty --cp-critical - Outline of critical tasks.
 * @cssproperty --cp-overdue - Overdue tasks.
 * @cssproperty --cp-today - Today marker.
 * @cssproperty --cp-focus - Focus ring.
 * @cssproperty --cp-weekend - Weekend shading.
 */
export class CampaignGantt extends LitElement {
  static override styles = [themeStyles, ganttStyles];

  /** The plan to draw (a parsed core `Plan`). Never changed by the element. */
  @property({ attribute: false }) plan?: Plan;
  /** Current statuses (core's `createStatusState(plan, events)`); the plan's own statuses when unset. */
  @property({ attribute: false }) state?: StatusState;
  /** The instant of the today marker and of overdue marks; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of the element's texts and the plan's titles. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** Display zone: `platform`, `team` or an IANA zone name. */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'platform';
  /** Time scale of the axis. */
  @property({ reflect: true }) scale: 'day' | 'week' = 'day';
  /** Pixels per day (zoom); unset picks a width that suits the scale. */
  @property({ type: Number, attribute: 'day-width' }) dayWidth?: number;
  /** Height of a row in px (rows are virtualised, so it is a number, not CSS). */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 32;
  /** The selected task's id. */
  @property({ attribute: 'selected-task-id' }) selectedTaskId?: string;
  /** `light`, `dark`, or `auto` to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private activeKey = '';
  @query('.scroller') private scroller?: HTMLElement;

  // Derived once per change of their inputs (plan, folding, zone), never per scroll.
  private model?: GanttModel;
  private view?: VisibleRows;
  private axis?: TimeAxis;
  private readonly window = new VirtualWindowController(this, {
    scroller: () => this.scroller,
    rowHeight: () => this.rowHeight,
    headerHeight: () => HEADER_HEIGHT,
  });

  /** The IANA zone the chart is drawn in. */
  get displayZone(): string | undefined {
    return this.plan && resolveDisplayZone(this.plan, this.timeZone);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warmIntl();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('plan')) {
      this.model = this.plan ? buildGanttModel(this.plan) : undefined;
      this.collapsed = new Set();
    }
    if (!this.model) return;
    if (changed.has('plan') || changed.has('collapsed')) this.view = visibleRows(this.model, this.collapsed);
    if (changed.has('plan') || changed.has('timeZone') || changed.has('locale'))
      this.axis = buildTimeAxis(this.model.start, this.model.end, this.displayZone!, this.locale);
  }

  protected override updated(changed: PropertyValues): void {
    // A new plan opens at `now` (a third into the view), where the work is, rather than at its first day.
    // It waits for the next frame: reading sizes here would force a synchronous style and layout of the
    // whole tree; in an animation frame that layout is the one the frame does anyway.
    if (changed.has('plan') && this.axis) {
      const plan = this.plan;
      requestAnimationFrame(() => {
        if (this.plan === plan) this.scrollToNow();
      });
    }
  }

  private scrollToNow(): void {
    const { scroller, axis } = this;
    if (!scroller || !axis) return;
    const now = (this.now ?? new Date()).getTime();
    if (now > axis.start && now < axis.end) {
      const nameWidth = scroller.querySelector<HTMLElement>('.header .name-col')?.offsetWidth ?? 0;
      const x = xOf({ axis, dayWidth: this.dayWidth ?? DEFAULT_DAY_WIDTH[this.scale] }, now);
      scroller.scrollLeft = Math.max(0, x - (scroller.clientWidth - nameWidth) / 3);
    }
  }

  private context(): GanttContext | undefined {
    const { plan, model, view, axis } = this;
    if (!plan || !model || !view || !axis) return undefined;
    return {
      plan,
      model,
      view,
      axis,
      state: this.state,
      now: (this.now ?? new Date()).getTime(),
      locale: this.locale,
      zone: this.displayZone!,
      scale: this.scale,
      dayWidth: this.dayWidth ?? DEFAULT_DAY_WIDTH[this.scale],
      rowHeight: this.rowHeight,
      collapsed: this.collapsed,
      activeIndex: view.indexOf.get(this.activeKey) ?? 0,
      selectedTaskId: this.selectedTaskId,
    };
  }

  protected override render() {
    const ctx = this.context();
    if (!ctx) return html`<p>${t(this.locale, 'noTasks')}</p>`;
    const count = ctx.view.rows.length;
    const [from, to] = this.window.range(count);
    const rendered: number[] = [];
    for (let i = from; i < to; i++) rendered.push(i);
    // The focused row stays in the DOM while scrolled away, so focus and screen readers keep their place.
    if (ctx.activeIndex < from || ctx.activeIndex >= to) rendered.push(ctx.activeIndex);
    const width = `calc(var(--cp-name-width) + ${timelineWidth(ctx)}px)`;
    return html`<div class="frame" lang=${this.locale}>
      ${this.toolbar(ctx)}
      <div
        class="scroller"
        role="treegrid"
        aria-label=${`${t(this.locale, 'timeline')}: ${this.plan!.name[this.locale]}`}
        aria-rowcount=${count + 1}
        aria-colcount="2"
        @keydown=${this.onKeyDown}
        @click=${this.onClick}
      >
        <div class="header" role="row" aria-rowindex="1" style="width:${width}">
          <div class="name-col" role="columnheader">${t(this.locale, 'task')}</div>
          <div class="axis" role="columnheader" style="width:${timelineWidth(ctx)}px">${axisTemplate(ctx)}</div>
        </div>
        <div class="body" role="rowgroup" style="height:${count * ctx.rowHeight}px;width:${width}">
          ${gridTemplate(ctx)} ${dependencyTemplate(ctx, rendered)}
          ${repeat(
            rendered,
            // Keyed by row: a row that stays in view keeps its DOM untouched while the window moves.
            (i) => ctx.view.rows[i]!.key,
            (i) => rowTemplate(ctx, i),
          )}
        </div>
      </div>
    </div>`;
  }

  private toolbar(ctx: GanttContext) {
    const l = this.locale;
    const zone = (value: string, label: string, tz: string) =>
      html`<option value=${value} ?selected=${this.timeZone === value}>${label} (${tz})</option>`;
    return html`<div class="toolbar" part="toolbar">
      <div class="segmented" role="group" aria-label=${t(l, 'scale')}>
        <button aria-pressed=${String(this.scale === 'day')} @click=${() => this.setScale('day')}>${t(l, 'day')}</button>
        <button aria-pressed=${String(this.scale === 'week')} @click=${() => this.setScale('week')}>${t(l, 'week')}</button>
      </div>
      <div class="segmented" role="group" aria-label=${`${t(l, 'zoomOut')} / ${t(l, 'zoomIn')}`}>
        <button aria-label=${t(l, 'zoomOut')} title=${t(l, 'zoomOut')} @click=${() => this.zoom(1 / 1.25)}>−</button>
        <button aria-label=${t(l, 'zoomIn')} title=${t(l, 'zoomIn')} @click=${() => this.zoom(1.25)}>+</button>
      </div>
      <label
        >${t(l, 'displayZone')}
        <select @change=${this.onZoneChange}>
          ${zone('platform', t(l, 'platformTime'), ctx.plan.platformTimeZone)} ${zone('team', t(l, 'teamTime'), ctx.plan.teamTimeZone)}
          ${this.timeZone !== 'platform' && this.timeZone !== 'team' ? zone(this.timeZone, ctx.zone, ctx.zone) : nothing}
        </select>
      </label>
    </div>`;
  }

  private setScale(scale: 'day' | 'week'): void {
    this.scale = scale;
    this.dayWidth = undefined;
  }

  private zoom(factor: number): void {
    const current = this.dayWidth ?? DEFAULT_DAY_WIDTH[this.scale];
    this.dayWidth = Math.min(240, Math.max(4, Math.round(current * factor)));
  }

  private onZoneChange(e: Event): void {
    this.timeZone = (e.target as HTMLSelectElement).value;
    this.dispatchEvent(timeZoneChangeEvent({ timeZone: this.timeZone }));
  }

  private rowIndexOf(e: Event): number | undefined {
    const row = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.index !== undefined);
    return row ? Number(row.dataset.index) : undefined;
  }

  private onClick(e: MouseEvent): void {
    const index = this.rowIndexOf(e);
    if (index !== undefined) this.activate(index);
  }

  /** Selects a task row (firing `task-select`) or toggles a group row. */
  private activate(index: number): void {
    const row = this.view?.rows[index];
    if (!row) return;
    this.activeKey = row.key;
    if (row.kind === 'task') {
      this.selectedTaskId = row.task.id;
      this.dispatchEvent(taskSelectEvent({ taskId: row.task.id }));
    } else {
      this.toggle(row.key);
    }
  }

  private toggle(key: string, open?: boolean): void {
    const next = new Set(this.collapsed);
    const isOpen = !next.has(key);
    if (open === isOpen) return;
    if (isOpen) next.add(key);
    else next.delete(key);
    this.collapsed = next;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const view = this.view;
    if (!view || !(e.target as HTMLElement).matches?.('.row')) return;
    const index = view.indexOf.get(this.activeKey) ?? 0;
    const viewport = this.window.viewportHeight ?? this.scroller?.clientHeight ?? 400;
    const page = Math.max(1, Math.floor((viewport - HEADER_HEIGHT) / this.rowHeight) - 1);
    const action = treeKeyAction(view, index, e.key, this.collapsed, page);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'toggle') this.toggle(action.key, action.open);
    else if (action.kind === 'activate') this.activate(action.index);
    else void this.focusRow(action.index);
  }

  /** Makes a row the active one, scrolls it into view and focuses it once rendered. */
  private async focusRow(index: number): Promise<void> {
    const row = this.view?.rows[index];
    const scroller = this.scroller;
    if (!row || !scroller) return;
    this.activeKey = row.key;
    const top = index * this.rowHeight;
    const viewport = (this.window.viewportHeight ?? scroller.clientHeight) - HEADER_HEIGHT;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + this.rowHeight > scroller.scrollTop + viewport) scroller.scrollTop = top + this.rowHeight - viewport;
    this.window.measure();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  /** Scrolls the chart so that a task's row is in view (unfolding nothing). */
  scrollToTask(taskId: string): void {
    const index = this.view?.indexOf.get(`task:${taskId}`);
    if (index !== undefined && this.scroller) {
      this.scroller.scrollTop = Math.max(0, index * this.rowHeight - HEADER_HEIGHT);
      this.window.measure();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-gantt': CampaignGantt;
  }
}
