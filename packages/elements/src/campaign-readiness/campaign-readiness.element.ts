import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { WORKSTREAMS, WORKSTREAM_LABELS, campaignStart, localize, type Locale, type Plan } from '@campaign-planner/core';
import {
  createStatusState,
  formatDuration,
  nextActions,
  readiness,
  type GroupReadiness,
  type NextAction,
  type Readiness,
  type StatusState,
} from '@campaign-planner/core/readiness';
import { taskSelectEvent } from '../events/task-events.js';
import { dateConverter, headingLevelConverter } from '../shared/converters.js';
import { resolveDisplayZone, type DisplayZone } from '../shared/display-zone.js';
import { levelOf } from '../shared/heading.js';
import { formatDue } from '../shared/format.js';
import { themeStyles } from '../shared/theme.styles.js';
import { t, type TextKey } from '../shared/ui-text.js';
import { readinessStyles } from './campaign-readiness.styles.js';
import { blockedSplit, byPersonOrRole, hasStarted } from './readiness-groups.js';

/**
 * The readiness summary of a campaign at `now`, from core's `readiness` and `nextActions`: the score
 * (0-100), or "not started" and what is due first while no work has begun; weighted progress per phase,
 * workstream and owner or role; overdue, due-soon, waiting-on-a-dependency and marked-blocked counts (each
 * explained on hover); the current phase with the time left in it; and the next actions with their
 * deadlines in the display zone and platform time.
 *
 * @example
 * readinessEl.plan = plan; readinessEl.state = state; readinessEl.now = new Date();
 *
 * @summary Readiness summary of a campaign plan.
 * @tagname campaign-readiness
 *
 * @event task-select - A next action was picked. `detail: { taskId }`.
 *
 * @csspart score - The score figure.
 * @csspart progress - Every progress bar fill.
 * @csspart item - Every next action.
 *
 * @cssproperty --cp-font - Font family.
 * @cssproperty --cp-bg - Background colour.
 * @cssproperty --cp-fg - Text colour.
 * @cssproperty --cp-muted - Secondary text.
 * @cssproperty --cp-surface - Progress track.
 * @cssproperty --cp-border - Lines and borders.
 * @cssproperty --cp-accent - The score.
 * @cssproperty --cp-done - Progress fill.
 * @cssproperty --cp-overdue - Overdue figures and marks.
 * @cssproperty --cp-critical - Blocked marks.
 */
export class CampaignReadiness extends LitElement {
  static override styles = [themeStyles, readinessStyles];

  /** The plan (a parsed core `Plan`). Never changed by the element. */
  @property({ attribute: false }) plan?: Plan;
  /** Current statuses (core's `createStatusState(plan, events)`); the plan's own statuses when unset. */
  @property({ attribute: false }) state?: StatusState;
  /** The instant readiness is measured at; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of the element's texts and the plan's titles. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** How many next actions to list. */
  @property({ type: Number }) limit = 5;
  /** Display zone of the deadlines: `platform`, `team` or an IANA zone (platform time is shown beside it). */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'team';
  /** Level of the section headings, 1-6; default 3. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel?: number;
  /** `light`, `dark`, or `auto` to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  private report?: Readiness;
  private actions: NextAction[] = [];
  private people: Array<[string, GroupReadiness]> = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.plan) return;
    if (changed.has('plan') || changed.has('state') || changed.has('now') || changed.has('limit')) {
      const state = this.state ?? createStatusState(this.plan);
      const now = this.now ?? new Date();
      this.report = readiness(this.plan, state, now);
      this.actions = nextActions(this.plan, state, now, { limit: this.limit });
    }
    if ((['plan', 'state', 'now', 'locale'] as const).some((k) => changed.has(k)) && this.report) this.people = byPersonOrRole(this.report, this.locale);
  }

  protected override render() {
    const { plan, report } = this;
    const l = this.locale;
    if (!plan || !report) return html`<p>${t(l, 'noTasks')}</p>`;
    const o = report.overall;
    const phase = report.currentPhase && plan.phases.find((p) => p.id === report.currentPhase!.id);
    const blocked = blockedSplit(report);
    const count = (label: TextKey, n: number | string, explain: TextKey, warn = false) =>
      html`<div title=${t(l, explain)}>
        <dt>${t(l, label)}</dt>
        <dd class=${warn && Number(n) > 0 ? 'warn' : ''}>${n}</dd>
      </div>`;
    const h = (depth: number) => levelOf(this.headingLevel, 3, depth);
    return html`<section lang=${l} aria-label=${`${t(l, 'readiness')}: ${localize(plan.name, l)}`}>
      <div class="top">
        ${hasStarted(report) ? this.score(o.score) : this.notStarted(plan)}
        <dl class="counts">
          ${count('progress', `${Math.round(o.progress * 100)}%`, 'explainProgress')} ${count('overdue', o.overdue, 'explainOverdue', true)}
          ${count('dueSoon', o.dueSoon, 'explainDueSoon')} ${count('waitingOnDependency', blocked.waiting, 'explainWaiting', true)}
          ${count('markedBlocked', blocked.marked, 'explainMarked', true)} ${count('critical', o.criticalOpen, 'explainCritical')}
        </dl>
        ${
          phase
            ? html`<p>${t(l, 'currentPhase')}: <strong>${localize(phase.label, l)}</strong> (${formatDuration(report.currentPhase!.timeLeftMs, l)})</p>`
            : nothing
        }
      </div>
      <div class="columns">
        <div>
          <h3 aria-level=${h(0)}>${t(l, 'byPhase')}</h3>
          ${this.bars(plan.phases.map((p) => [localize(p.label, l), report.byPhase[p.id]]))}
          <h3 aria-level=${h(0)}>${t(l, 'byWorkstream')}</h3>
          ${this.bars(WORKSTREAMS.map((w) => [localize(WORKSTREAM_LABELS[w], l), report.byWorkstream[w]]))}
          <h3 aria-level=${h(0)}>${t(l, 'byOwner')}</h3>
          ${this.bars(this.people)}
        </div>
        <div>
          <h3 id="next" aria-level=${h(0)}>${t(l, 'nextActions')}</h3>
          ${
            this.actions.length === 0
              ? html`<p>${t(l, 'nothingToDo')}</p>`
              : html`<ol class="actions" aria-labelledby="next">
                  ${this.actions.map((a) => this.action(plan, a))}
                </ol>`
          }
        </div>
      </div>
    </section>`;
  }

  private score(score: number) {
    const l = this.locale;
    return html`<div
      class="score"
      part="score"
      role="meter"
      aria-label=${t(l, 'score')}
      title=${t(l, 'explainScore')}
      aria-valuenow=${score}
      aria-valuemin="0"
      aria-valuemax="100"
    >
      ${score}<small> / 100</small>
    </div>`;
  }

  /** Before any work is done: "not started", when the campaign starts, and the first thing due. */
  private notStarted(plan: Plan) {
    const l = this.locale;
    const now = this.now ?? new Date();
    const start = campaignStart(plan);
    const first = this.actions[0];
    return html`<div class="not-started" part="score">
      <strong>${t(l, 'notStarted')}</strong>
      ${start > now ? html`<span>${t(l, 'startsIn')} ${formatDuration(start.getTime() - now.getTime(), l)}</span>` : nothing}
      ${first ? html`<span class="due-first">${t(l, 'dueFirst')}: ${localize(first.task.title, l)} (${this.when(plan, first.due)})</span>` : nothing}
    </div>`;
  }

  /** A deadline in the display zone, and in platform time when that is another zone. */
  private when(plan: Plan, due: Date): string {
    const zone = resolveDisplayZone(plan, this.timeZone);
    const shown = formatDue(due, zone, this.locale);
    return zone === plan.platformTimeZone ? shown : `${shown} · ${formatDue(due, plan.platformTimeZone, this.locale)}`;
  }

  private bars(rows: Array<[string, GroupReadiness | undefined]>) {
    return html`<ul class="bars">
      ${rows
        .filter((r): r is [string, GroupReadiness] => r[1] !== undefined && r[1].total > 0)
        .map(([label, g]) => {
          const pct = Math.round(g.progress * 100);
          return html`<li>
            <span>${label}</span>
            <div class="track" role="progressbar" aria-label=${label} aria-valuenow=${pct} aria-valuemin="0" aria-valuemax="100">
              <div class="fill" part="progress" style="width:${pct}%"></div>
            </div>
            <span class="pct">${pct}%</span>
          </li>`;
        })}
    </ul>`;
  }

  private action(plan: Plan, a: NextAction) {
    const l = this.locale;
    return html`<li part="item">
      <button @click=${() => this.dispatchEvent(taskSelectEvent({ taskId: a.task.id }))}>${localize(a.task.title, l)}</button>
      ${a.overdue ? html`<span class="badge overdue">${t(l, 'overdue')}</span>` : nothing}
      ${a.blockedBy.length > 0 ? html`<span class="badge blocked">${t(l, 'waitingOnDependency')}</span>` : nothing}
      ${a.status === 'blocked' ? html`<span class="badge blocked">${t(l, 'markedBlocked')}</span>` : nothing}
      <span class="when">${this.when(plan, a.due)}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-readiness': CampaignReadiness;
  }
}
