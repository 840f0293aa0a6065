import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { WORKSTREAMS, WORKSTREAM_LABELS, localize, type Locale, type Plan } from '@campaign-planner/core';
import { createStatusState, formatDuration, nextActions, readiness, type GroupReadiness, type NextAction, type Readiness, type StatusState } from '@campaign-planner/core/readiness';
import { taskSelectEvent } from '../events/task-events.js';
import { dateConverter } from '../shared/converters.js';
import { formatDue } from '../shared/format.js';
import { themeStyles } from '../shared/theme.styles.js';
import { t } from '../shared/ui-text.js';
import { readinessStyles } from './campaign-readiness.styles.js';

/**
 * The readiness summary of a campaign at `now`, from core's `readiness` and `nextActions`: the score
 * (0-100), weighted progress per phase and workstream, overdue, due-soon and blocked counts, the
 * current phase with the time left in it, and the next actions with their deadlines in platform and
 * team time.
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
  /** `light`, `dark`, or `auto` to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  private report?: Readiness;
  private actions: NextAction[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.plan) return;
    if (changed.has('plan') || changed.has('state') || changed.has('now') || changed.has('limit')) {
      const state = this.state ?? createStatusState(this.plan);
      const now = this.now ?? new Date();
      this.report = readiness(this.plan, state, now);
      this.actions = nextActions(this.plan, state, now, { limit: this.limit });
    }
  }

  protected override render() {
    const { plan, report } = this;
    const l = this.locale;
    if (!plan || !report) return html`<p>${t(l, 'noTasks')}</p>`;
    const o = report.overall;
    const phase = report.currentPhase && plan.phases.find((p) => p.id === report.currentPhase!.id);
    const count = (label: string, n: number | string, warn = false) => html`<div><dt>${label}</dt><dd class=${warn && Number(n) > 0 ? 'warn' : ''}>${n}</dd></div>`;
    return html`<section lang=${l} aria-label=${`${t(l, 'readiness')}: ${localize(plan.name, l)}`}>
      <div class="top">
        <div class="score" part="score" role="meter" aria-label=${t(l, 'score')} aria-valuenow=${o.score} aria-valuemin="0" aria-valuemax="100">
          ${o.score}<small> / 100</small>
        </div>
        <dl class="counts">
          ${count(t(l, 'progress'), `${Math.round(o.progress * 100)}%`)} ${count(t(l, 'overdue'), o.overdue, true)}
          ${count(t(l, 'dueSoon'), o.dueSoon)} ${count(t(l, 'blocked'), o.blocked, true)} ${count(t(l, 'critical'), o.criticalOpen)}
        </dl>
        ${phase
          ? html`<p>${t(l, 'currentPhase')}: <strong>${localize(phase.label, l)}</strong> (${formatDuration(report.currentPhase!.timeLeftMs)})</p>`
          : nothing}
      </div>
      <div class="columns">
        <div>
          <h3>${t(l, 'byPhase')}</h3>
          ${this.bars(plan.phases.map((p) => [localize(p.label, l), report.byPhase[p.id]]))}
          <h3>${t(l, 'byWorkstream')}</h3>
          ${this.bars(WORKSTREAMS.map((w) => [localize(WORKSTREAM_LABELS[w], l), report.byWorkstream[w]]))}
        </div>
        <div>
          <h3 id="next">${t(l, 'nextActions')}</h3>
          ${this.actions.length === 0
            ? html`<p>${t(l, 'nothingToDo')}</p>`
            : html`<ol class="actions" aria-labelledby="next">
                ${this.actions.map((a) => this.action(plan, a))}
              </ol>`}
        </div>
      </div>
    </section>`;
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
      ${a.blocked ? html`<span class="badge blocked">${t(l, 'blocked')}</span>` : nothing}
      <span class="when">${formatDue(a.due, plan.platformTimeZone, l)} · ${formatDue(a.due, plan.teamTimeZone, l)}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-readiness': CampaignReadiness;
  }
}
