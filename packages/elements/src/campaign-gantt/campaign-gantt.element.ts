import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale, Plan } from '@campaign-planner/core';
import type { StatusState } from '@campaign-planner/core/readiness';
import { taskSelectEvent, timeZoneChangeEvent } from '../events/task-events.js';
import { dateConverter, headingLevelConverter, listConverter } from '../shared/converters.js';
import { resolveDisplayZone, zoneProblem, type DisplayZone } from '../shared/display-zone.js';
import { headingTemplate } from '../shared/heading.js';
import { themeStyles } from '../shared/theme.styles.js';
import { warmIntl } from '../shared/warm-intl.js';
import { t } from '../shared/ui-text.js';
import { ganttStyles } from './campaign-gantt.styles.js';
import { CriticalChainController } from './critical-chain.controller.js';
import { COLUMN_WIDTHS, MIN_COLUMN_WIDTH, STRIP_WIDTH, columnsWidth, headerCells } from './gantt-columns.js';
import { GANTT_COLUMNS, timeAt, timelineWidth, xOf, type GanttColumn, type GanttContext, type GanttScale } from './gantt-context.js';
import { timelineScrollEvent } from '../events/timeline-events.js';
import { buildGanttModel, type GanttModel } from './gantt-model.js';
import { visibleRows, type VisibleRows } from './visible-rows.js';
import { axisTemplate, dependencyTemplate, gridTemplate, rowTemplate } from './gantt-templates.js';
import { toolbarTemplate } from './gantt-toolbar.js';
import { MAX_DAY_WIDTH, MIN_DAY_WIDTH, fitDayWidth, openingScroll, revealX, zoomScrollLeft, type ScrollPosition } from './gantt-viewport.js';
import { buildTimeAxis, type TimeAxis } from './time-axis.js';
import { treeKeyAction } from './tree-keys.js';
import { VirtualWindowController } from './virtual-window.controller.js';
import { warmGantt } from './gantt-warm.js';
import { GanttEditController } from './gantt-edit.controller.js';
import { EditHistoryController } from '../shared/edit-history.controller.js';

const HEADER_HEIGHT = 44;
/** Plans up to this many tasks index their dependencies before the first frame; larger ones when idle. */
const LINKS_AT_ONCE = 5000;
const DEFAULT_DAY_WIDTH: Readonly<Record<GanttScale, number>> = { day: 48, week: 14, month: 4 };
/** A Gantt this narrow (a phone) collapses its name column to a strip. */
export const PHONE_WIDTH = 600;

/**
 * A Gantt chart of a campaign plan: phases as summary bars, tasks as bars (start..due) or milestones
 * (due only), grouped by phase then workstream in collapsible groups. Bars carry their title (inside when it
 * fits, beside otherwise), owner or role and progress; estimated deadlines are hatched. Core's critical chain
 * (`backwardSchedule`) follows the first frame (see `scheduleComplete`) and is highlighted with its slack on
 * hover and focus, impossible orders are flagged, and
 * dependency arrows between far rows become stubs with a jump button. Name, owner, due and status columns
 * (resizable, hideable). It opens at the work: today's line and the first rows due from now in view. The time axis is drawn in the display zone, day by day as the
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
 * @event plan-edit - With `editable`: a cancelable edit (drag, keys, panel, undo). `detail: { edit, plan, inverse, moved, cause }`.
 * @event time-zone-change - The display zone was switched in the toolbar. `detail: { timeZone }`.
 * @event timeline-scroll - The timeline was scrolled sideways (by the reader or a script). `detail: { start }`: the instant at its left edge; {@link CampaignGantt.scrollTimelineTo} takes it.
 *
 * @csspart toolbar - The bar with scale, zoom and zone controls.
 * @csspart row - Every row (phase, workstream and task).
 * @csspart phase-bar - The summary bar of a phase.
 * @csspart task-bar - The bar of a task with a start.
 * @csspart milestone - The diamond of a task with a due only.
 * @csspart today-marker - The vertical line at `now`.
 * @csspart bar-label - The title label of a bar or milestone.
 * @csspart axis-major - A month (or year) band of the time header.
 *
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

  /**
   * The plan to draw (a parsed core `Plan`). Never changed by the element. A new plan with the same `id` (an
   * edit, an undo, a teammate's change) keeps the scroll position and folds; another `id` opens at the work.
   */
  @property({ attribute: false }) plan?: Plan;
  /** Current statuses (core's `createStatusState(plan, events)`); the plan's own statuses when unset. */
  @property({ attribute: false }) state?: StatusState;
  /** The instant of the today marker, overdue marks and the opening position; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of the element's texts and the plan's titles. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** Display zone: `platform`, `team` or an IANA zone name (an unknown name is reported, drawn in platform time). */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'platform';
  /** Hides the zone select, for a host (like `<campaign-planner>`) with one control for every view. */
  @property({ type: Boolean, attribute: 'hide-zone-control' }) hideZoneControl = false;
  /** Time scale of the axis. */
  @property({ reflect: true }) scale: GanttScale = 'day';
  /** Pixels per day (zoom); unset picks a width that suits the scale. The chart always fills its width. */
  @property({ type: Number, attribute: 'day-width' }) dayWidth?: number;
  /** Height of a row in px (rows are virtualised, so it is a number, not CSS). */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 32;
  /** The selected task's id. */
  @property({ attribute: 'selected-task-id' }) selectedTaskId?: string;
  /** Optional columns beside the name: `owner`, `due`, `status` (`columns="owner due"`). Default `due` (the owner or role is on each bar). */
  @property({ converter: listConverter }) columns: GanttColumn[] = ['due'];
  /** Width of the name column in px (the user can drag it). */
  @property({ type: Number, attribute: 'name-width' }) nameWidth = 260;
  /** Collapses the name column to a narrow strip; titles stay on the bars. */
  @property({ type: Boolean, reflect: true, attribute: 'name-collapsed' }) nameCollapsed = false;
  /** Ids of the tasks to show (a filter); unset shows every task. */
  @property({ attribute: false }) shownTaskIds?: ReadonlySet<string>;
  /**
   * The time window the axis draws; unset, the plan's own span. Stacked charts given one window (as
   * `<campaign-planner>` does for several plans) line up day by day. It only widens the axis: the plan's
   * own span always stays in.
   */
  @property({ attribute: false }) range?: { readonly start: Date; readonly end: Date };
  /** Level of the element's (visually hidden) heading, 1-6; unset, no heading. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel?: number;
  /** `light`, `dark`, or `auto` to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /**
   * Lets the user edit the plan (off by default, so an embedded chart stays read-only): drag bars and
   * milestones, Alt+Arrow keys, the task panel (Enter or double-click), Ctrl/Cmd+Z. Every change fires a
   * cancelable `plan-edit`; unless vetoed the chart applies it to `plan` (a new object each time).
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private activeKey = '';
  @state() private columnWidths: Readonly<Record<GanttColumn, number>> = COLUMN_WIDTHS;
  @state() private printing = false;
  @query('.scroller') private scroller?: HTMLElement;

  // Derived once per change of their inputs (plan, folding, zone), never per scroll.
  private model?: GanttModel;
  private view?: VisibleRows;
  private axis?: TimeAxis;
  private readonly chain = new CriticalChainController(this);
  /** Set when a plan arrives; the chart scrolls to the work once it knows its width. */
  private pendingOpen = false;
  /** Counts opening requests, so a scroll asked for meanwhile (`scrollToTask`) wins over a pending one. */
  private openToken = 0;
  /** The opening position, set before the render that draws it and applied right after. */
  private openAt: ScrollPosition | undefined;
  /** The instant at the timeline's left edge, as the last scroll left it (unset: the axis start). */
  private viewStart: number | undefined;
  /** The time window whose days the last render drew (see `GanttContext.timeWindow`). */
  private drawnWindow: readonly [number, number] | undefined;
  private readonly editing = new GanttEditController(
    this,
    () => this.context()?.dayWidth ?? DEFAULT_DAY_WIDTH[this.scale],
    (i) => (this.view && i >= 0 && i < this.view.count ? this.view.row(i) : undefined),
  );
  private readonly history = new EditHistoryController(this);
  private readonly window = new VirtualWindowController(this, {
    scroller: () => this.scroller,
    rowHeight: () => this.rowHeight,
    headerHeight: () => HEADER_HEIGHT,
  });
  private readonly print = window.matchMedia('print');
  private readonly onPrint = () => {
    this.printing = this.print.matches;
  };

  /** The IANA zone the chart is drawn in. */
  get displayZone(): string | undefined {
    return this.plan && resolveDisplayZone(this.plan, this.timeZone);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warmIntl();
    // On the page before its plan: compile and prepare the chart while the page waits for one.
    if (!this.plan) warmGantt(this.locale);
    // Printing draws every row, not the window in view: the page breaks across them.
    this.print.addEventListener('change', this.onPrint);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.print.removeEventListener('change', this.onPrint);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onPrint);
  }

  private readonly onBeforePrint = () => {
    this.printing = true;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('plan')) {
      this.model = this.plan ? buildGanttModel(this.plan) : undefined;
      this.window.reset();
      this.indexLinks(this.model);
      // An edited version of the same campaign (an undo, a teammate's change arriving) keeps the reader's
      // place and folds; only another campaign opens at the work again.
      if ((changed.get('plan') as Plan | undefined)?.id !== this.plan?.id) {
        this.collapsed = new Set();
        this.pendingOpen = true;
        this.viewStart = undefined;
      }
      this.chain.setPlan(this.plan);
    }
    if (!this.model) return;
    if (changed.has('plan') || changed.has('collapsed') || changed.has('shownTaskIds')) this.view = visibleRows(this.model, this.collapsed, this.shownTaskIds);
    if (changed.has('plan') || changed.has('timeZone') || changed.has('locale') || changed.has('range')) {
      const { start, end } = this.model;
      const range = this.range;
      this.axis = buildTimeAxis(Math.min(start, range?.start.getTime() ?? start), Math.max(end, range?.end.getTime() ?? end), this.displayZone!, this.locale);
    }
    // Width already known (the element was on the page before its plan): the first render with the plan
    // draws the rows at the opening position, and `updated` scrolls there. No second render.
    if (this.pendingOpen && this.window.viewportWidth !== undefined) {
      const ctx = this.context();
      if (!ctx) return;
      this.pendingOpen = false;
      this.openAt = openingScroll(ctx, ctx.view, ctx.now, { timeline: this.timelineView(), rowHeight: this.rowHeight });
      this.window.jumpTo(this.openAt.top, ctx.view.count);
      this.viewStart = timeAt(ctx, this.openAt.left);
    }
  }

  protected override updated(): void {
    const open = this.openAt;
    if (open && this.scroller) {
      this.openAt = undefined;
      this.scroller.scrollLeft = open.left;
      this.scroller.scrollTop = this.window.scrollTopFor(open.top);
      return;
    }
    // The chart opens at the work once its width is known (the fill width depends on it). It waits for the
    // next frame: reading sizes here would force a synchronous layout of the whole tree.
    if (this.pendingOpen && this.axis && this.window.viewportWidth !== undefined) {
      this.pendingOpen = false;
      const token = ++this.openToken;
      requestAnimationFrame(() => {
        if (this.openToken === token) this.scrollToWork();
      });
    }
  }

  /**
   * The id and dependency indexes (arrows, jumps): built now for a plan of up to {@link LINKS_AT_ONCE} tasks,
   * else in slices while the page is idle once the first frame is out (the arrows then follow); the keyboard
   * or a jump finishes them on demand.
   */
  private indexLinks(model: GanttModel | undefined): void {
    if (!model) return;
    if (model.plan.tasks.length <= LINKS_AT_ONCE) {
      model.links();
      return;
    }
    const work = (deadline?: IdleDeadline) => {
      if (this.model !== model) return;
      const t0 = performance.now();
      const more = deadline ? () => deadline.timeRemaining() > 1 : () => performance.now() - t0 < 8;
      if (model.buildLinks(more)) this.requestUpdate();
      else later(work);
    };
    const later = (f: (deadline?: IdleDeadline) => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f) : setTimeout(f, 16));
    later(work);
  }

  /** Width of the block left of the timeline (name and columns), in px. */
  private leftWidth(compact: boolean): number {
    if (compact) return STRIP_WIDTH;
    return this.nameWidth + columnsWidth({ columns: this.shownColumns(), compact });
  }

  private shownColumns(): [GanttColumn, number][] {
    return GANTT_COLUMNS.filter((c) => this.columns.includes(c)).map((c) => [c, this.columnWidths[c]]);
  }

  private isCompact(): boolean {
    const width = this.window.viewportWidth;
    return this.nameCollapsed || (width !== undefined && width <= PHONE_WIDTH);
  }

  /** The day width drawn: the zoom, but never less than what fills the view. */
  private effectiveDayWidth(axis: TimeAxis, compact: boolean): number {
    const zoom = this.dayWidth ?? DEFAULT_DAY_WIDTH[this.scale];
    const width = this.window.viewportWidth;
    return width === undefined ? zoom : Math.max(zoom, fitDayWidth(axis, width - this.leftWidth(compact)));
  }

  private context(): GanttContext | undefined {
    const { plan, model, view, axis } = this;
    if (!plan || !model || !view || !axis) return undefined;
    const compact = this.isCompact();
    const dayWidth = this.effectiveDayWidth(axis, compact);
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
      dayWidth,
      rowHeight: this.rowHeight,
      rowTop: this.printing ? (i) => i * this.rowHeight : (i) => this.window.rowTop(i),
      collapsed: this.collapsed,
      activeIndex: view.indexOf(this.activeKey) ?? 0,
      selectedTaskId: this.selectedTaskId,
      schedule: this.chain.schedule,
      impossible: this.chain.impossible,
      columns: this.shownColumns(),
      compact,
      timeWindow: this.timeWindow(axis, dayWidth, compact),
    };
  }

  /** The instants `[start, end)` the timeline shows, or `undefined` before the width is known (no layout read). */
  private viewSpan(axis: TimeAxis, dayWidth: number, compact: boolean): [number, number] | undefined {
    const width = this.window.viewportWidth;
    if (width === undefined) return undefined;
    const start = this.viewStart ?? axis.start;
    const ctx = { axis, dayWidth };
    return [start, timeAt(ctx, xOf(ctx, start) + Math.max(0, width - this.leftWidth(compact)))];
  }

  /**
   * The instants whose days are drawn: the view and half a view either side, so a scroll within that draws
   * nothing new. Every day when printing, or before the width is known.
   */
  private timeWindow(axis: TimeAxis, dayWidth: number, compact: boolean): readonly [number, number] | undefined {
    const view = this.viewSpan(axis, dayWidth, compact);
    if (this.printing || !view) return undefined;
    const half = (view[1] - view[0]) / 2;
    return [view[0] - half, view[1] + half];
  }

  protected override render() {
    const ctx = this.context();
    const name = this.plan ? `: ${this.plan.name[this.locale]}` : '';
    const left = ctx ? this.leftWidth(ctx.compact) : 0;
    // The grid covers one screen of rows (it sticks under the header); a row more spares a resize by a few px.
    const gridHeight = Math.max(0, (this.window.viewportHeight ?? window.innerHeight) - HEADER_HEIGHT + this.rowHeight);
    // One frame, toolbar and scroller with or without a plan: drawn while the page waits for its plan, they
    // are laid out already when it comes, and its first frame adds the rows only. The scroller's size is
    // known by then too.
    return html`<div
      class="frame ${ctx?.compact ? 'compact' : ''}"
      lang=${this.locale}
      style="--cp-left:${left}px;--cp-name-width:${ctx?.compact ? STRIP_WIDTH : this.nameWidth}px;--cp-grid-height:${gridHeight}px"
    >
      ${headingTemplate(this.headingLevel, `${t(this.locale, 'timeline')}${name}`)} ${this.toolbar()}
      <div
        class="scroller"
        role=${ctx ? 'treegrid' : nothing}
        aria-label=${`${t(this.locale, 'timeline')}${name}`}
        aria-rowcount=${ctx ? ctx.view.count + 1 : nothing}
        aria-colcount=${ctx ? (ctx.compact ? 2 : 2 + ctx.columns.length) : nothing}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @scroll=${this.onScroll}
        @click=${this.onClick}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
      >
        ${ctx ? this.grid(ctx, left) : html`<p>${t(this.locale, 'noTasks')}</p>`}
      </div>
    </div>`;
  }

  /** The header and the rows in view (with the overscan), or every row when printing. */
  private grid(ctx: GanttContext, left: number) {
    this.drawnWindow = ctx.timeWindow;
    const count = ctx.view.count;
    const [from, to] = this.printing ? [0, count] : this.window.range(count);
    const rendered: number[] = [];
    for (let i = from; i < to; i++) rendered.push(i);
    // The focused row stays in the DOM while scrolled away, so focus and screen readers keep their place.
    if (ctx.activeIndex < from || ctx.activeIndex >= to) rendered.push(ctx.activeIndex);
    const width = `${left + timelineWidth(ctx)}px`;
    return html`<div class="header" role="row" aria-rowindex="1" style="width:${width}">
        <div class="name-col" role="none">${headerCells(ctx, this.nameWidth)}</div>
        <div class="axis" role="columnheader" style="width:${timelineWidth(ctx)}px">${axisTemplate(ctx)}</div>
      </div>
      <div class="body" role="rowgroup" style="height:${this.printing ? count * ctx.rowHeight : this.window.bodyHeight(count)}px;width:${width}">
        ${gridTemplate(ctx)} ${dependencyTemplate(ctx, rendered, from)}
        ${repeat(
          rendered,
          // Keyed by row: a row that stays in view keeps its DOM untouched while the window moves.
          (i) => ctx.view.row(i).key,
          (i) => rowTemplate(ctx, i),
        )}
      </div>`;
  }

  private toolbar() {
    const plan = this.plan;
    return toolbarTemplate({
      locale: this.locale,
      plan,
      scale: this.scale,
      columns: this.columns,
      nameCollapsed: this.nameCollapsed,
      zone: this.hideZoneControl ? undefined : { value: this.timeZone, resolved: this.displayZone ?? '', problem: plan && zoneProblem(this.timeZone) },
      onScale: (scale) => {
        this.scale = scale;
        this.dayWidth = undefined;
      },
      onZoom: (factor) => this.zoomBy(factor),
      onFit: () => this.zoomToFit(),
      chain: this.chain.shown,
      onChain: () => this.chain.toggle(),
      onToday: () => this.scrollToWork(),
      onColumn: (column, shown) => {
        this.columns = shown ? [...this.columns, column] : this.columns.filter((c) => c !== column);
      },
      onNames: () => {
        this.nameCollapsed = !this.nameCollapsed;
      },
      onZone: (zone) => {
        this.timeZone = zone;
        this.dispatchEvent(timeZoneChangeEvent({ timeZone: zone }));
      },
    });
  }

  /** Timeline width in view (the scroller minus the name block), in px. */
  private timelineView(): number {
    return (this.window.viewportWidth ?? this.scroller?.clientWidth ?? 0) - this.leftWidth(this.isCompact());
  }

  /**
   * Scrolls both axes to the work: today's line and the first rows due from `now` in view, or the
   * campaign's start when `now` is outside it. The "Today" button does the same.
   */
  scrollToWork(): void {
    const ctx = this.context();
    const scroller = this.scroller;
    if (!ctx || !scroller) return;
    const { left, top } = openingScroll(ctx, ctx.view, ctx.now, { timeline: this.timelineView(), rowHeight: this.rowHeight });
    scroller.scrollLeft = left;
    scroller.scrollTop = this.window.scrollTopFor(top);
    this.window.measure();
    // Already there (no scroll event comes), yet a new plan's days are drawn from its start until told.
    this.timelineMovedTo(ctx, left);
  }

  private zoomBy(factor: number, pointerX?: number): void {
    const ctx = this.context();
    const scroller = this.scroller;
    if (!ctx || !scroller) return;
    const next = Math.min(MAX_DAY_WIDTH, Math.max(MIN_DAY_WIDTH, ctx.dayWidth * factor));
    // The instant under the pointer (or in the middle of the view) stays where it is.
    const x = pointerX ?? this.timelineView() / 2;
    const left = zoomScrollLeft(ctx, next, scroller.scrollLeft, x);
    this.dayWidth = next;
    void this.updateComplete.then(() => {
      scroller.scrollLeft = left;
    });
  }

  private zoomToFit(): void {
    if (!this.axis) return;
    this.dayWidth = fitDayWidth(this.axis, this.timelineView());
    if (this.scroller) this.scroller.scrollLeft = 0;
  }

  private onWheel(e: WheelEvent): void {
    // Ctrl+wheel (and a trackpad pinch, which arrives as one) zooms around the pointer; plain wheel scrolls.
    if (!e.ctrlKey || !this.scroller) return;
    e.preventDefault();
    const x = e.clientX - this.scroller.getBoundingClientRect().left - this.leftWidth(this.isCompact());
    this.zoomBy(Math.exp(-e.deltaY / 300), Math.max(0, x));
  }

  private rowIndexOf(e: Event): number | undefined {
    const row = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.index !== undefined);
    return row ? Number(row.dataset.index) : undefined;
  }

  private onClick(e: MouseEvent): void {
    const jump = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.jump !== undefined);
    if (jump) {
      this.jumpTo(jump.dataset.jump!);
      return;
    }
    if (e.composedPath().some((n) => n instanceof HTMLElement && n.dataset.resize !== undefined)) return;
    const index = this.rowIndexOf(e);
    if (index !== undefined) this.activate(index);
  }

  /** Moves to a task's row (from a far arrow's jump button): selects and focuses it. */
  private jumpTo(taskId: string): void {
    const index = this.view?.indexOfTask(taskId);
    if (index === undefined) return;
    this.selectedTaskId = taskId;
    this.dispatchEvent(taskSelectEvent({ taskId }));
    void this.focusRow(index);
  }

  private onPointerDown(e: PointerEvent): void {
    const handle = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-resize]') : null;
    if (!handle) return;
    e.preventDefault();
    const column = handle.dataset.resize as GanttColumn | 'name';
    const startX = e.clientX;
    const startWidth = column === 'name' ? this.nameWidth : this.columnWidths[column];
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => this.resizeColumn(column, startWidth + m.clientX - startX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  }

  private resizeColumn(column: GanttColumn | 'name', width: number): void {
    const w = Math.round(Math.min(800, Math.max(MIN_COLUMN_WIDTH, width)));
    if (column === 'name') this.nameWidth = w;
    else this.columnWidths = { ...this.columnWidths, [column]: w };
  }

  /** Selects a task row (firing `task-select`) or toggles a group row. */
  private activate(index: number): void {
    if (!this.view || index < 0 || index >= this.view.count) return;
    const row = this.view.row(index);
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

  /** The focused row is the active one, however it got focus (Tab, a click, a script): keys act on it. */
  private onFocusIn(e: FocusEvent): void {
    const row = (e.target as HTMLElement).closest?.<HTMLElement>('.row');
    const index = Number(row?.dataset.index);
    if (!this.view || !Number.isInteger(index) || index < 0 || index >= this.view.count) return;
    const key = this.view.row(index).key;
    if (key !== this.activeKey) this.activeKey = key;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (target.dataset?.resize && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const column = target.dataset.resize as GanttColumn | 'name';
      const current = column === 'name' ? this.nameWidth : this.columnWidths[column];
      this.resizeColumn(column, current + (e.key === 'ArrowRight' ? 16 : -16));
      return;
    }
    const view = this.view;
    if (!view || !target.matches?.('.row')) return;
    const index = view.indexOf(this.activeKey) ?? 0;
    const viewport = this.window.viewportHeight ?? this.scroller?.clientHeight ?? 400;
    const page = Math.max(1, Math.floor((viewport - HEADER_HEIGHT) / this.rowHeight) - 1);
    const action = treeKeyAction(view, index, e.key, this.collapsed, page);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'toggle') this.toggle(action.key, action.open);
    else if (action.kind === 'activate') this.activate(action.index);
    else void this.focusRow(action.index);
  }

  /** Makes a row the active one, scrolls it (and its bar) into view and focuses it once rendered. */
  private async focusRow(index: number): Promise<void> {
    const scroller = this.scroller;
    const ctx = this.context();
    if (!scroller || !ctx || index < 0 || index >= ctx.view.count) return;
    const row = ctx.view.row(index);
    this.activeKey = row.key;
    // In content px (rows), which the window maps onto the scroller (the same unless the rows outgrow it).
    const top = index * this.rowHeight;
    const viewport = (this.window.viewportHeight ?? scroller.clientHeight) - HEADER_HEIGHT;
    const shown = this.window.top;
    if (top < shown) scroller.scrollTop = this.window.scrollTopFor(top);
    else if (top + this.rowHeight > shown + viewport) scroller.scrollTop = this.window.scrollTopFor(top + this.rowHeight - viewport);
    scroller.scrollLeft = revealX(xOf(ctx, row.start), xOf(ctx, row.end), scroller.scrollLeft, this.timelineView());
    this.window.measure();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  /**
   * Resolves once the critical chain of the current plan is computed and drawn. It follows the first frame
   * (in the first idle moment) for plans up to 2,000 tasks, or comes when the toolbar switches it on; with
   * nothing to compute it resolves at once.
   *
   * @example
   * gantt.plan = plan;
   * await gantt.scheduleComplete; // the chain, slack and impossible orders are on the rows now
   */
  get scheduleComplete(): Promise<void> {
    return this.chain.complete.then(() => this.updateComplete).then(() => undefined);
  }

  /** Undoes the last edit made in the chart (as Ctrl/Cmd+Z does). */
  undo(): void {
    this.history.undo();
  }

  /** Redoes the last undone edit (as Ctrl/Cmd+Shift+Z does). */
  redo(): void {
    this.history.redo();
  }

  /** Opens the task panel on a task (when `editable`). */
  openTaskPanel(taskId: string): void {
    this.editing.openPanel(taskId);
  }

  /**
   * Scrolls the timeline sideways so that `instant` is at its left edge, as `timeline-scroll` reports it: one
   * chart can follow another's scrolling.
   *
   * @example
   * a.addEventListener('timeline-scroll', (e) => b.scrollTimelineTo(e.detail.start));
   */
  scrollTimelineTo(instant: Date): void {
    const ctx = this.context();
    const scroller = this.scroller;
    if (!ctx || !scroller) return;
    const left = Math.round(xOf(ctx, instant.getTime()));
    if (Math.abs(scroller.scrollLeft - left) >= 1) scroller.scrollLeft = left;
  }

  /** The timeline's scroll-left last reported in `timeline-scroll`. */
  private reportedLeft = 0;

  private readonly onScroll = (): void => {
    // Vertical scrolling (most scroll events) stops at the first check.
    const scroller = this.scroller;
    if (!scroller || scroller.scrollLeft === this.reportedLeft) return;
    const ctx = this.context();
    if (!ctx) return;
    this.reportedLeft = scroller.scrollLeft;
    const start = this.timelineMovedTo(ctx, scroller.scrollLeft);
    this.dispatchEvent(timelineScrollEvent({ start: new Date(start) }));
  };

  /** The timeline now shows from `left` px: days come into view that were not drawn are drawn (before the frame paints). */
  private timelineMovedTo(ctx: GanttContext, left: number): number {
    const start = timeAt(ctx, left);
    this.viewStart = start;
    const drawn = this.drawnWindow;
    const view = this.viewSpan(ctx.axis, ctx.dayWidth, ctx.compact);
    if (drawn && view && (view[0] < drawn[0] || view[1] > drawn[1])) this.requestUpdate();
    return start;
  }

  /** Scrolls the chart so that a task's row and bar are in view (unfolding nothing). */
  scrollToTask(taskId: string): void {
    const index = this.view?.indexOfTask(taskId);
    const ctx = this.context();
    if (index === undefined || !this.scroller || !ctx) return;
    // Asked for a task: the chart no longer opens at today's work on its own.
    this.pendingOpen = false;
    this.openAt = undefined;
    this.openToken++;
    const row = ctx.view.row(index);
    this.scroller.scrollTop = this.window.scrollTopFor(Math.max(0, index * this.rowHeight - HEADER_HEIGHT));
    this.scroller.scrollLeft = revealX(xOf(ctx, row.start), xOf(ctx, row.end), this.scroller.scrollLeft, this.timelineView());
    this.window.measure();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-gantt': CampaignGantt;
  }
}
