// <campaign-planner> with several plans (`plans`): every view shows one collapsible group per campaign, in
// start order, sharing the planner's zone, language, filter and the Gantt scale; the Gantt charts share one
// time window so their axes line up. Events from a group are sent on from the planner with its `planId`.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { campaignEnd, campaignStart, localize, type Locale, type Plan } from '@campaign-planner/core';
import { seasonWarnings, type SeasonIssue } from '@campaign-planner/core/targets';
import type { StatusState } from '@campaign-planner/core/readiness';
import type { CampaignGantt } from '../campaign-gantt/campaign-gantt.element.js';
import type { TimelineScrollDetail } from '../events/timeline-events.js';
import type { GanttScale } from '../campaign-gantt/gantt-context.js';
import { resolveDisplayZone, type DisplayZone } from '../shared/display-zone.js';
import { formatDay } from '../shared/format.js';
import { levelOf } from '../shared/heading.js';
import { isFiltering, matchingTaskIds, planWithTasks, type PlanFilter } from '../shared/plan-filter.js';
import { t } from '../shared/ui-text.js';
import { viewZone } from './planner-zone.js';
import { inStartOrder, optionsPlan, seasonRange, seasonWarningText, type SeasonPlan } from './planner-season.js';

type View = 'gantt' | 'checklist' | 'readiness';

/** What `<campaign-planner>` lends its stack. */
export interface StackHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  plans?: readonly SeasonPlan[];
  filter: PlanFilter;
  now?: Date;
  locale: Locale;
  timeZone: DisplayZone;
  headingLevel?: number;
  theme: 'auto' | 'light' | 'dark';
  editable: boolean;
  view?: View;
}

/** One campaign's group: its entry and what the filter shows of it. */
/** A plan to export, with its statuses and the ids of the tasks shown (all when undefined). */
export interface ExportSource {
  readonly plan: Plan;
  readonly state?: StatusState;
  readonly ids?: ReadonlySet<string>;
}

interface Group {
  readonly entry: SeasonPlan;
  readonly ids?: ReadonlySet<string>;
  readonly shownPlan: Plan;
}

const ROUTED = ['task-select', 'task-status-change', 'plan-edit', 'timeline-scroll'] as const;

/**
 * The planner's stacked groups (one per plan of `plans`), derived once per change of the plans, filter or
 * now, and the templates of each view. Collapsing a campaign collapses it in every view.
 */
export class PlannerStack implements ReactiveController {
  private groups: Group[] = [];
  private warnings: SeasonIssue[] = [];
  private range?: { start: Date; end: Date };
  private collapsed: ReadonlySet<string> = new Set();
  private scale: GanttScale = 'day';
  private seen?: { plans?: readonly SeasonPlan[]; filter?: PlanFilter; now?: Date; warned?: readonly SeasonPlan[] };
  // A scale picked in one chart's toolbar (reflected as its `scale` attribute) becomes every chart's.
  private readonly scales = new MutationObserver((records) => {
    const picked = records.map((r) => (r.target as CampaignGantt).scale).find((s) => s !== this.scale);
    if (!picked) return;
    this.scale = picked;
    this.host.requestUpdate();
  });

  constructor(private readonly host: StackHost) {
    host.addController(this);
  }

  /** Whether the planner shows several plans (a non-empty `plans`). */
  get active(): boolean {
    return (this.host.plans?.length ?? 0) > 0;
  }

  hostConnected(): void {
    this.scales.observe(this.host.renderRoot, { subtree: true, attributes: true, attributeFilter: ['scale'] });
  }

  hostDisconnected(): void {
    this.scales.disconnect();
  }

  hostUpdate(): void {
    const { plans, filter, now } = this.host;
    if (!plans?.length) return;
    const seen = this.seen;
    if (seen?.plans === plans && seen.filter === filter && seen.now === now) return;
    const ordered = inStartOrder(plans);
    const at = now ?? new Date();
    this.groups = ordered.map((entry) => {
      const ids = matchingTaskIds(entry.plan, filter, entry.state, at);
      return { entry, ids, shownPlan: planWithTasks(entry.plan, ids) };
    });
    if (seen?.warned !== plans) {
      this.warnings = seasonWarnings(ordered.map((s) => s.plan));
      this.range = seasonRange(ordered);
    }
    this.seen = { plans, filter, now, warned: plans };
  }

  /** The season's plans in start order. */
  get plans(): Plan[] {
    return this.groups.map((g) => g.entry.plan);
  }

  /** What each campaign's exports hold: its plan, statuses and the tasks the filter shows, in start order. */
  exportSources(): ExportSource[] {
    return this.groups.map((g) => ({ plan: g.entry.plan, state: g.entry.state, ids: g.ids }));
  }

  /** The planner's heading: the campaigns' names. */
  title(l: Locale): string {
    return this.plans.map((p) => localize(p.name, l)).join(' + ');
  }

  /** A plan standing for the whole season, for the zone and filter controls' options. */
  optionsPlan(): Plan {
    return optionsPlan(this.groups.map((g) => g.entry));
  }

  /** Tasks the filter shows across the season; undefined when nothing is filtered. */
  matched(): number | undefined {
    return isFiltering(this.host.filter) ? this.groups.reduce((n, g) => n + (g.ids?.size ?? 0), 0) : undefined;
  }

  /** The groups of a view. */
  view(view: View): TemplateResult {
    const h = this.host;
    const l = h.locale;
    const zone = viewZone(h.timeZone);
    const common = { now: h.now, locale: l, theme: h.theme, level: levelOf(h.headingLevel, 2, 2) };
    const body = (g: Group): unknown => {
      const { plan, state, metrics = [] } = g.entry;
      if (view === 'gantt')
        return html`<campaign-gantt .editable=${h.editable} .plan=${plan} .state=${state} .now=${common.now} .locale=${l} .timeZone=${zone} hide-zone-control
          .shownTaskIds=${g.ids} .range=${this.range} .scale=${this.scale} .headingLevel=${common.level} .theme=${common.theme}></campaign-gantt>`;
      if (view === 'checklist')
        return html`<campaign-checklist .editable=${h.editable} .plan=${plan} .state=${state} .now=${common.now} .locale=${l} .timeZone=${zone} hide-filters
          .shownTaskIds=${g.ids} .headingLevel=${common.level} .theme=${common.theme}></campaign-checklist>`;
      return html`<campaign-readiness .plan=${g.shownPlan} .state=${state} .now=${common.now} .locale=${l} .timeZone=${zone} .headingLevel=${common.level}
          .theme=${common.theme}></campaign-readiness>
        ${
          (plan.targets?.length ?? 0) + (plan.budgets?.length ?? 0) > 0
            ? html`<campaign-targets .plan=${plan} .metrics=${metrics} .now=${common.now} .locale=${l} .headingLevel=${common.level} .theme=${common.theme}></campaign-targets>`
            : nothing
        }`;
    };
    return html`${view === 'readiness' ? this.warningList() : nothing}
      <div class="season" data-view=${view}>${this.groups.map((g, i) => this.group(view, g, i, body))}</div>`;
  }

  private group(view: View, g: Group, i: number, body: (g: Group) => unknown): TemplateResult {
    const l = this.host.locale;
    const plan = g.entry.plan;
    const zone = resolveDisplayZone(plan, viewZone(this.host.timeZone));
    const open = !this.collapsed.has(plan.id);
    const dates = `${formatDay(campaignStart(plan), zone, l)} – ${formatDay(new Date(campaignEnd(plan).getTime() - 1), zone, l)}`;
    return html`<section class="campaign" data-plan-id=${plan.id} aria-labelledby=${`${view}-g${i}`} @task-select=${this.onEvent}
      @task-status-change=${this.onEvent} @plan-edit=${this.onEvent} @timeline-scroll=${this.onEvent}>
      <div class="campaign-heading" role="heading" aria-level=${levelOf(this.host.headingLevel, 2, 1)}>
        <button type="button" id=${`${view}-g${i}`} data-toggle aria-expanded=${String(open)} aria-controls=${`${view}-b${i}`} @click=${() => this.toggle(plan.id)}>
          <span class="name">${localize(plan.name, l)}</span> <span class="dates">${dates}</span>
        </button>
      </div>
      <div class="campaign-body" id=${`${view}-b${i}`} ?hidden=${!open}>${body(g)}</div>
    </section>`;
  }

  private warningList(): TemplateResult {
    const l = this.host.locale;
    const plans = this.plans;
    const zone = (id: string) => {
      const plan = plans.find((p) => p.id === id);
      return plan && resolveDisplayZone(plan, viewZone(this.host.timeZone));
    };
    return html`<section class="season-warnings" aria-labelledby="season-warnings">
      <div role="heading" id="season-warnings" aria-level=${levelOf(this.host.headingLevel, 2, 1)}>${t(l, 'seasonWarnings')}</div>
      ${
        this.warnings.length === 0
          ? html`<p>${t(l, 'noSeasonWarnings')}</p>`
          : html`<ul>
            ${this.warnings.map((w) => {
              const text = seasonWarningText(w, plans, l, zone(w.plan));
              return html`<li part="season-warning" data-code=${w.code} data-plan-id=${w.plan} lang=${text === w.message ? 'en' : l}>${text}</li>`;
            })}
          </ul>`
      }
    </section>`;
  }

  private toggle(planId: string): void {
    const next = new Set(this.collapsed);
    if (!next.delete(planId)) next.add(planId);
    this.collapsed = next;
    this.host.requestUpdate();
  }

  // An event from inside a group goes on from the planner with the group's `planId` (a host routes it by
  // plan); a veto of the copy vetoes the original. What the planner keeps (statuses, edits) is updated here.
  private readonly onEvent = (e: CustomEvent): void => {
    if (!(ROUTED as readonly string[]).includes(e.type)) return;
    const section = e.currentTarget as HTMLElement;
    const planId = section.dataset.planId!;
    e.stopPropagation();
    const copy = new CustomEvent(e.type, { detail: { ...(e.detail as object), planId }, bubbles: true, composed: true, cancelable: e.cancelable });
    if (!this.host.dispatchEvent(copy)) e.preventDefault();
    if (e.defaultPrevented) return;
    const source = e.target as HTMLElement & { state?: SeasonPlan['state'] };
    if (e.type === 'plan-edit') this.replace(planId, { plan: (e.detail as { plan: Plan }).plan });
    // The checklist applies a status after its event has run its course.
    else if (e.type === 'task-status-change') queueMicrotask(() => this.replace(planId, { state: source.state }));
    else if (e.type === 'task-select' && source.localName === 'campaign-readiness') void this.openInGantt(planId, (e.detail as { taskId: string }).taskId);
    // The charts share one time axis: scrolling one sideways scrolls the others to the same days.
    else if (e.type === 'timeline-scroll')
      for (const gantt of this.host.renderRoot.querySelectorAll<CampaignGantt>('.season campaign-gantt'))
        if (gantt !== source) gantt.scrollTimelineTo((e.detail as TimelineScrollDetail).start);
  };

  private replace(planId: string, patch: Partial<SeasonPlan>): void {
    const plans = this.host.plans;
    if (!plans) return;
    this.host.plans = plans.map((s) => (s.plan.id === planId ? { ...s, ...patch } : s));
  }

  /** Opens a next action picked in a campaign's readiness in that campaign's chart. */
  private async openInGantt(planId: string, taskId: string): Promise<void> {
    this.host.view = 'gantt';
    if (this.collapsed.has(planId)) this.toggle(planId);
    await this.host.updateComplete;
    const gantt = this.host.renderRoot.querySelector<CampaignGantt>(`section[data-plan-id="${CSS.escape(planId)}"] campaign-gantt`);
    if (!gantt) return;
    await gantt.updateComplete;
    gantt.selectedTaskId = taskId;
    gantt.scrollIntoView({ block: 'nearest' });
    gantt.scrollToTask(taskId);
  }
}
