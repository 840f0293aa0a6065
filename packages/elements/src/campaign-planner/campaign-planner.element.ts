import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { localize, type Locale, type Plan } from '@campaign-planner/core';
import type { StatusState } from '@campaign-planner/core/readiness';
import type { TaskSelectEvent, TaskStatusChangeEvent, TimeZoneChangeEvent } from '../events/task-events.js';
import type { CampaignChecklist } from '../campaign-checklist/campaign-checklist.element.js';
import type { CampaignGantt } from '../campaign-gantt/campaign-gantt.element.js';
import { dateConverter } from '../shared/converters.js';
import type { DisplayZone } from '../shared/display-zone.js';
import { themeStyles } from '../shared/theme.styles.js';
import { t, type TextKey } from '../shared/ui-text.js';
import { plannerStyles } from './campaign-planner.styles.js';
import { PlannerEditingController } from './planner-editing.controller.js';

/** The views of the planner. */
export type PlannerView = 'gantt' | 'checklist' | 'readiness';
const VIEWS: ReadonlyArray<readonly [PlannerView, TextKey]> = [
  ['gantt', 'gantt'],
  ['checklist', 'checklist'],
  ['readiness', 'readiness'],
];

/**
 * The whole planner in one tag: `<campaign-gantt>`, `<campaign-checklist>` and `<campaign-readiness>`
 * behind a view switch, with a time-zone and a language switch. Checking an item in the checklist updates
 * `state` for every view; picking a next action in the readiness view opens it in the Gantt chart.
 * A view is rendered the first time it is shown, then kept (its scroll position survives switching).
 * Needs the three elements defined (`define.js` or the bundle does it).
 *
 * @example
 * <campaign-planner time-zone="team" locale="zh-CN"></campaign-planner>
 * document.querySelector('campaign-planner').plan = plan;
 *
 * @summary Gantt, checklist and readiness of a campaign plan, in one tag.
 * @tagname campaign-planner
 *
 * @event task-select - Bubbles up from the inner views. `detail: { taskId }`.
 * @event task-status-change - Bubbles up from the checklist. `detail: { taskId, occurrence?, status }`.
 * @event time-zone-change - The display zone was switched. `detail: { timeZone }`.
 * @event plan-edit - With `editable`: a cancelable plan edit from any view, Undo or Redo. `detail: { edit, plan, inverse, moved, cause }`.
 *
 * @csspart toolbar - The header with the view, zone and language switches.
 *
 * @cssproperty [--cp-gantt-height=560px] - Height of the Gantt view.
 * @cssproperty --cp-accent - The selected view tab.
 */
export class CampaignPlanner extends LitElement {
  static override styles = [themeStyles, plannerStyles];

  /** The plan (a parsed core `Plan`). Never changed by the element. */
  @property({ attribute: false }) plan?: Plan;
  /** Current statuses (core's `createStatusState(plan, events)`); updated when an item is checked. */
  @property({ attribute: false }) state?: StatusState;
  /** The instant of the today marker, overdue marks and readiness; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of all texts. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** Display zone of the Gantt chart: `platform`, `team` or an IANA zone name. */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'platform';
  /** The view shown. */
  @property({ reflect: true }) view: PlannerView = 'gantt';
  /** `light`, `dark`, or `auto` to follow the page's colour scheme (passed to the views). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Lets the user edit the plan in every view (off by default): Undo, Redo and Add task in the toolbar,
   * Ctrl/Cmd+Z, and the Gantt's drag, keys and task panel. Each change fires a cancelable `plan-edit`.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  @query('campaign-gantt') private gantt?: CampaignGantt;
  private readonly editing = new PlannerEditingController(this, () => this.gantt);
  private readonly seen = new Set<PlannerView>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) this.seen.add(this.view);
  }

  protected override render() {
    const l = this.locale;
    const plan = this.plan;
    const panel = (view: PlannerView, content: () => unknown) =>
      html`<div role="tabpanel" id=${`panel-${view}`} aria-labelledby=${`tab-${view}`} ?hidden=${this.view !== view}>
        ${this.seen.has(view) ? content() : nothing}
      </div>`;
    return html`<header part="toolbar" lang=${l}>
        <h2>${plan ? localize(plan.name, l) : ''}</h2>
        <div role="tablist" aria-label=${t(l, 'view')} @keydown=${this.onTabKey}>
          ${VIEWS.map(
            ([view, key]) =>
              html`<button role="tab" id=${`tab-${view}`} aria-controls=${`panel-${view}`} aria-selected=${String(this.view === view)}
                tabindex=${this.view === view ? 0 : -1} @click=${() => (this.view = view)}>${t(l, key)}</button>`,
          )}
        </div>
        <label>${t(l, 'displayZone')}
          <select @change=${(e: Event) => (this.timeZone = (e.target as HTMLSelectElement).value)}>
            <option value="platform" ?selected=${this.timeZone === 'platform'}>${t(l, 'platformTime')}${plan ? ` (${plan.platformTimeZone})` : ''}</option>
            <option value="team" ?selected=${this.timeZone === 'team'}>${t(l, 'teamTime')}${plan ? ` (${plan.teamTimeZone})` : ''}</option>
          </select>
        </label>
        <label>${t(l, 'language')}
          <select @change=${(e: Event) => (this.locale = (e.target as HTMLSelectElement).value as Locale)}>
            <option value="en" lang="en" ?selected=${l === 'en'}>English</option>
            <option value="zh-CN" lang="zh-CN" ?selected=${l === 'zh-CN'}>中文</option>
          </select>
        </label>
        ${this.editing.toolbar()}
      </header>
      ${panel('gantt', () => html`<campaign-gantt .editable=${this.editable} .plan=${plan} .state=${this.state} .now=${this.now} .locale=${l} .timeZone=${this.timeZone}
        .theme=${this.theme} @time-zone-change=${this.onZoneChange}></campaign-gantt>`)}
      ${panel('checklist', () => html`<campaign-checklist .plan=${plan} .state=${this.state} .now=${this.now} .locale=${l}
        .theme=${this.theme} @task-status-change=${this.onStatusChange}></campaign-checklist>`)}
      ${panel('readiness', () => html`<campaign-readiness .plan=${plan} .state=${this.state} .now=${this.now} .locale=${l}
        .theme=${this.theme} @task-select=${this.onActionSelect}></campaign-readiness>`)}`;
  }

  private onTabKey(e: KeyboardEvent): void {
    const i = VIEWS.findIndex(([v]) => v === this.view);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.view = VIEWS[(next + VIEWS.length) % VIEWS.length]![0];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus());
  }

  private onZoneChange(e: TimeZoneChangeEvent): void {
    this.timeZone = e.detail.timeZone;
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
