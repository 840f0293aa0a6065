import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { MetricEvent } from '@campaign-planner/core/targets';
import { property, query, state } from 'lit/decorators.js';
import { localize, type Locale, type Plan } from '@campaign-planner/core';
import type { StatusState } from '@campaign-planner/core/readiness';
import type { TaskSelectEvent, TaskStatusChangeEvent } from '../events/task-events.js';
import type { CampaignChecklist } from '../campaign-checklist/campaign-checklist.element.js';
import type { CampaignGantt } from '../campaign-gantt/campaign-gantt.element.js';
import { dateConverter, headingLevelConverter } from '../shared/converters.js';
import type { DisplayZone } from '../shared/display-zone.js';
import { levelOf } from '../shared/heading.js';
import { EXPORT_FORMATS, download, exportFile, type ExportFormat } from '../shared/plan-export.js';
import { NO_FILTER, filterFromParams, filterToParams, matchingTaskIds, planWithTasks, type PlanFilter } from '../shared/plan-filter.js';
import { themeStyles } from '../shared/theme.styles.js';
import { t, type TextKey } from '../shared/ui-text.js';
import { plannerStyles } from './campaign-planner.styles.js';
import { PlannerEditingController } from './planner-editing.controller.js';
import { PlannerViewersController } from './planner-viewers.controller.js';
import type { TaskViewer } from '../events/task-panel-events.js';
import { filterBar } from './planner-filters.js';
import { PlannerStack, type ExportSource } from './planner-stack.js';
import type { SeasonPlan } from './planner-season.js';
import { viewZone, zoneControl } from './planner-zone.js';

/** The views of the planner. */
export type PlannerView = 'gantt' | 'checklist' | 'readiness';
const VIEWS: ReadonlyArray<readonly [PlannerView, TextKey]> = [
  ['gantt', 'gantt'],
  ['checklist', 'checklist'],
  ['readiness', 'readiness'],
];
const EXPORT_LABELS: Readonly<Record<ExportFormat, TextKey>> = { ics: 'exportIcs', csv: 'exportCsv', md: 'exportMarkdown', json: 'exportJson' };
/** A page this narrow (a phone) opens on the checklist. */
const PHONE_QUERY = '(max-width: 600px)';

/**
 * The whole planner in one tag: `<campaign-gantt>`, `<campaign-checklist>` and `<campaign-readiness>` (with `<campaign-targets>` when the plan has targets or budgets)
 * behind a view switch, with ONE time-zone control (platform, team, the viewer's zone or any IANA zone)
 * and one search and filter bar for every view, a language switch and downloads (iCalendar, CSV, Markdown,
 * plan JSON) of what the filters show. Checking an item in the checklist updates `state` for every view;
 * picking a next action in the readiness view opens it in the Gantt chart. With `url-state` the view, zone
 * and filters live in the page's URL, so a view can be shared. On a phone it opens on the checklist.
 * A view is rendered the first time it is shown, then kept (its scroll position survives switching).
 * Needs the three elements defined (`define.js` or the bundle does it).
 *
 * @example
 * <campaign-planner time-zone="team" locale="zh-CN" url-state heading-level="2"></campaign-planner>
 * document.querySelector('campaign-planner').plan = plan;
 *
 * @summary Gantt, checklist and readiness of a campaign plan, in one tag.
 * @tagname campaign-planner
 *
 * @event task-select - Bubbles up from the inner views. `detail: { taskId }`.
 * @event task-status-change - Bubbles up from the checklist. `detail: { taskId, occurrence?, status }`.
 * @event open-task-change - The task open in the task panel changed (null: closed). `detail: { taskId }`; also `openTaskId`.
 * @event plan-edit - With `editable`: a cancelable plan edit from any view, Undo or Redo. `detail: { edit, plan, inverse, moved, cause }`.
 * With several `plans`, the events of a campaign's group come from the planner with `detail.planId` added.
 *
 * @csspart toolbar - The header with the view, zone, language and export controls.
 * @csspart filters - The search and filter bar.
 * @csspart season-warning - With several `plans`: each season warning in the readiness view.
 *
 * @cssproperty [--cp-gantt-height=560px] - Height of the Gantt view.
 * @cssproperty [--cp-season-gantt-height=360px] - With several `plans`: height of each campaign's chart.
 * @cssproperty --cp-accent - The selected view tab.
 */
export class CampaignPlanner extends LitElement {
  static override styles = [themeStyles, plannerStyles];

  /** The plan (a parsed core `Plan`). Never changed by the element. */
  @property({ attribute: false }) plan?: Plan;
  /**
   * Several campaigns of one season (instead of `plan`): every view shows one collapsible group per campaign,
   * in start order, with the same zone, language, filter and Gantt scale, the charts on one time axis, and
   * the readiness view lists core's season warnings. Events from a group carry its `planId`. A checked item
   * or an applied edit replaces `plans` with a new array (the entry with its new `state` or `plan`).
   *
   * @example
   * planner.plans = [{ plan: elevenEleven, state }, { plan: blackFriday }, { plan: twelveTwelve, metrics }];
   */
  @property({ attribute: false }) plans?: readonly SeasonPlan[];
  /** Current statuses (core's `createStatusState(plan, events)`); updated when an item is checked. */
  @property({ attribute: false }) state?: StatusState;
  /** Actuals and spend (the metric events of the campaign's log) for the targets beside readiness. */
  @property({ attribute: false }) metrics: readonly MetricEvent[] = [];
  /** The instant of the today marker, overdue marks and readiness; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of all texts. */
  @property({ reflect: true }) locale: Locale = 'en';
  /**
   * Display zone of every view: `platform`, `team`, `viewer` (the browser's zone) or an IANA zone name.
   * An unknown name is reported in the toolbar and the views show platform time.
   */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'platform';
  /** The view shown; unset, the Gantt chart (the checklist on a phone). */
  @property({ reflect: true }) view?: PlannerView;
  /** The search and filters shared by every view and the exports. */
  @property({ attribute: false }) filter: PlanFilter = NO_FILTER;
  /** Keeps view, zone and filters in the page URL (`?view=checklist&tz=team&q=coupon`), read on connect. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /** Level of the planner's heading (the plan's name), 1-6; the views' headings go one below. Default 2. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel?: number;
  /** `light`, `dark`, or `auto` to follow the page's colour scheme (passed to the views). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Lets the user edit the plan in every view (off by default): Undo, Redo and Add task in the toolbar,
   * Ctrl/Cmd+Z, and the Gantt's drag, keys and task panel. Each change fires a cancelable `plan-edit`.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Other people who have a task open, by task id, shown in the task panel as "Also open by" (a page with
   * team sync fills it from the room's presence; the planner only shows it).
   * @example planner.viewers = new Map([['register', [{ name: 'Ana', color: '#c33' }]]]);
   */
  @property({ attribute: false }) viewers: ReadonlyMap<string, readonly TaskViewer[]> = new Map();

  private readonly viewersController = new PlannerViewersController(this);

  /** The task open in the task panel (null when none): what a page shares as "I am looking at this". */
  get openTaskId(): string | null {
    return this.viewersController.openTaskId;
  }

  @query('campaign-gantt') private gantt?: CampaignGantt;
  private readonly editing = new PlannerEditingController(this, () => this.gantt);
  private readonly stack = new PlannerStack(this);
  @state() private ids?: ReadonlySet<string>;
  private readonly seen = new Set<PlannerView>();
  private shownPlan?: Plan;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState) this.readUrl();
    this.view ??= window.matchMedia(PHONE_QUERY).matches ? 'checklist' : 'gantt';
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const view = params.get('view');
    if (VIEWS.some(([v]) => v === view)) this.view = view as PlannerView;
    const tz = params.get('tz');
    if (tz) this.timeZone = tz;
    this.filter = filterFromParams(params);
  }

  private writeUrl(): void {
    const params = filterToParams(this.filter, new URLSearchParams(location.search));
    params.set('view', this.view!);
    params.set('tz', this.timeZone);
    history.replaceState(history.state, '', `${location.pathname}?${params.toString()}${location.hash}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view) this.seen.add(this.view);
    if (this.plan && (['plan', 'filter', 'state', 'now'] as const).some((k) => changed.has(k))) {
      this.ids = matchingTaskIds(this.plan, this.filter, this.state, this.now ?? new Date());
      this.shownPlan = planWithTasks(this.plan, this.ids);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.urlState && (['view', 'timeZone', 'filter'] as const).some((k) => changed.has(k))) this.writeUrl();
  }

  protected override render() {
    const l = this.locale;
    const plan = this.plan;
    const zone = viewZone(this.timeZone);
    const sub = levelOf(this.headingLevel, 2, 1);
    // Several plans: one group per campaign in every view; the controls offer what any of them has.
    const stacked = this.stack.active;
    const options = stacked ? this.stack.optionsPlan() : plan;
    const panel = (view: PlannerView, content: () => unknown) =>
      html`<div role="tabpanel" id=${`panel-${view}`} aria-labelledby=${`tab-${view}`} ?hidden=${this.view !== view}>
        ${this.seen.has(view) ? (stacked ? this.stack.view(view) : content()) : nothing}
      </div>`;
    return html`<header part="toolbar" lang=${l}>
        <h2 aria-level=${levelOf(this.headingLevel, 2)}>${stacked ? this.stack.title(l) : plan ? localize(plan.name, l) : ''}</h2>
        <div role="tablist" aria-label=${t(l, 'view')} @keydown=${this.onTabKey}>
          ${VIEWS.map(
            ([view, key]) =>
              html`<button role="tab" id=${`tab-${view}`} aria-controls=${`panel-${view}`} aria-selected=${String(this.view === view)}
                tabindex=${this.view === view ? 0 : -1} @click=${() => (this.view = view)}>${t(l, key)}</button>`,
          )}
        </div>
        ${zoneControl(options, l, this.timeZone, (z) => (this.timeZone = z))}
        <label>${t(l, 'language')}
          <select data-language @change=${(e: Event) => (this.locale = (e.target as HTMLSelectElement).value as Locale)}>
            <option value="en" lang="en" ?selected=${l === 'en'}>English</option>
            <option value="zh-CN" lang="zh-CN" ?selected=${l === 'zh-CN'}>中文</option>
          </select>
        </label>
        ${stacked ? this.exportMenu(this.stack.exportSources()) : plan ? this.exportMenu([{ plan, state: this.state, ids: this.ids }]) : nothing}
        ${this.editing.toolbar()}
      </header>
      ${options ? html`<div lang=${l}>${filterBar(options, l, this.filter, stacked ? this.stack.matched() : this.ids?.size, (f) => (this.filter = f))}</div>` : nothing}
      ${panel(
        'gantt',
        () => html`<campaign-gantt .editable=${this.editable} .plan=${plan} .state=${this.state} .now=${this.now} .locale=${l} .timeZone=${zone}
        hide-zone-control .shownTaskIds=${this.ids} .headingLevel=${sub} .theme=${this.theme} @task-status-change=${this.onStatusChange}></campaign-gantt>`,
      )}
      ${panel(
        'checklist',
        () => html`<campaign-checklist .editable=${this.editable} .plan=${plan} .state=${this.state} .now=${this.now} .locale=${l} .timeZone=${zone}
        hide-filters .shownTaskIds=${this.ids} .headingLevel=${sub} .theme=${this.theme} @task-status-change=${this.onStatusChange}></campaign-checklist>`,
      )}
      ${panel(
        'readiness',
        () => html`<campaign-readiness .plan=${this.shownPlan} .state=${this.state} .now=${this.now} .locale=${l} .timeZone=${zone}
        .headingLevel=${sub} .theme=${this.theme} @task-select=${this.onActionSelect}></campaign-readiness>
        ${
          (plan?.targets?.length ?? 0) + (plan?.budgets?.length ?? 0) > 0
            ? html`<campaign-targets .plan=${plan} .metrics=${this.metrics} .now=${this.now} .locale=${l} .headingLevel=${sub} .theme=${this.theme}></campaign-targets>`
            : nothing
        }`,
      )}`;
  }

  /** The Export menu: the four formats of one plan, or of each campaign of a season under its name. */
  private exportMenu(sources: readonly ExportSource[]) {
    const l = this.locale;
    const buttons = (source: ExportSource) =>
      EXPORT_FORMATS.map(
        (f) =>
          html`<button type="button" data-export=${f} data-plan-id=${source.plan.id} @click=${() => void this.download(source, f)}>${t(l, EXPORT_LABELS[f])}</button>`,
      );
    return html`<details class="menu export">
      <summary>${t(l, 'export')}</summary>
      <div class="menu-body">
        ${
          sources.length === 1
            ? buttons(sources[0]!)
            : sources.map(
                (source) =>
                  html`<div role="group" class="export-group" aria-label=${localize(source.plan.name, l)}>
                  <span class="export-name" aria-hidden="true">${localize(source.plan.name, l)}</span>${buttons(source)}
                </div>`,
              )
        }
      </div>
    </details>`;
  }

  /**
   * Downloads the plan (the filtered tasks, for calendar, spreadsheet and checklist) in a format; resolves once
   * the download is offered (the exporters load on the first export).
   */
  exportAs(plan: Plan, format: ExportFormat): Promise<void> {
    return this.download({ plan, state: this.state, ids: this.ids }, format);
  }

  /** Downloads in the order they were asked for (a JSON file needs no exporter, and would overtake). */
  private downloads: Promise<void> = Promise.resolve();

  private download(source: ExportSource, format: ExportFormat): Promise<void> {
    const input = { locale: this.locale, state: source.state, ids: source.ids };
    const file = exportFile(source.plan, format, input);
    const next = this.downloads.then(async () => download(this.renderRoot as ShadowRoot, await file));
    // One that failed (the exporters could not load) does not hold up the ones after it.
    this.downloads = next.catch(() => undefined);
    return next;
  }

  private onTabKey(e: KeyboardEvent): void {
    const i = VIEWS.findIndex(([v]) => v === this.view);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.view = VIEWS[(next + VIEWS.length) % VIEWS.length]![0];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus());
  }

  private onStatusChange(e: TaskStatusChangeEvent): void {
    const checklist = e.currentTarget as CampaignChecklist;
    // The checklist applies the change after the event has run its course (unless someone cancelled it).
    queueMicrotask(() => {
      if (!e.defaultPrevented) this.state = checklist.state;
    });
  }

  private async onActionSelect(e: TaskSelectEvent): Promise<void> {
    this.view = 'gantt';
    await this.updateComplete;
    const gantt = this.gantt;
    if (!gantt) return;
    await gantt.updateComplete;
    gantt.selectedTaskId = e.detail.taskId;
    gantt.scrollToTask(e.detail.taskId);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-planner': CampaignPlanner;
  }
}
