import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localize, type Locale, type Plan } from '@campaign-planner/core';
import { formatMoney } from '@campaign-planner/core/offers';
import {
  actualInScope,
  CHANNEL_LABELS,
  currentFigures,
  LEVEL_METRICS,
  METRIC_LABELS,
  metricNumber,
  MICROS,
  MONEY_METRICS,
  RATE_METRICS,
  targetReport,
  targetWarningLines,
  type MetricEvent,
  type SeasonIssue,
  type TargetProgress,
  type TargetReport,
} from '@campaign-planner/core/targets';
import { dateConverter } from '../shared/converters.js';
import { themeStyles } from '../shared/theme.styles.js';
import { CHART_HEIGHT, CHART_WIDTH, paceChart, type ChartPoint } from './pace-chart.js';
import { targetsStyles } from './campaign-targets.styles.js';
import { targetsText } from './targets-text.js';

/**
 * Targets against actuals and their pace line, budget burn and season warnings: the numbers side of a
 * campaign's readiness, from core's `targetReport` over the metric events of the campaign's log. Each target
 * has a small inline chart (SVG drawn by the element): the pace line to the goal, the actual so far and now.
 *
 * @example
 * targetsEl.plan = plan; targetsEl.metrics = metricEvents; targetsEl.now = new Date();
 *
 * @summary Targets, pace and budgets of a campaign plan.
 * @tagname campaign-targets
 *
 * @csspart target - Every target row.
 * @csspart chart - Every inline chart.
 * @csspart budget - Every budget row.
 * @csspart warning - Every warning.
 *
 * @cssproperty --cp-accent - The actual line and budget fill.
 * @cssproperty --cp-muted - The pace line.
 * @cssproperty --cp-overdue - Behind-pace and overspent marks.
 */
export class CampaignTargets extends LitElement {
  static override styles = [themeStyles, targetsStyles];

  /** The plan (a parsed core `Plan` with `targets` and `budgets`). Never changed by the element. */
  @property({ attribute: false }) plan?: Plan;
  /** The metric events of the campaign's log (actuals and spend). */
  @property({ attribute: false }) metrics: readonly MetricEvent[] = [];
  /** Warnings across the season's campaigns (core's `seasonWarnings`), shown below the plan's own. */
  @property({ attribute: false }) seasonWarnings: readonly SeasonIssue[] = [];
  /** The instant to assess at; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of the element's texts. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** Level of the element's headings (2-6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** `light`, `dark`, or `auto` to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  private report?: TargetReport;
  private figures: MetricEvent[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.plan) return;
    if (changed.has('plan') || changed.has('metrics') || changed.has('now')) {
      this.figures = currentFigures(this.metrics);
      this.report = targetReport(this.plan, this.metrics, { now: this.now ?? new Date() });
    }
  }

  private heading(text: string) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div class="heading" role="heading" aria-level=${level}>${text}</div>`;
  }

  private format(plan: Plan, metric: string, n: number): string {
    const l = this.locale;
    if ((MONEY_METRICS as readonly string[]).includes(metric) || metric === 'spend') return formatMoney({ amount: n, currency: plan.currency }, l);
    if ((RATE_METRICS as readonly string[]).includes(metric))
      return new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 2 }).format(n / MICROS);
    return new Intl.NumberFormat(l).format(n);
  }

  private points(plan: Plan, p: TargetProgress, now: Date): ChartPoint[] {
    const level = (LEVEL_METRICS as readonly string[]).includes(p.target.metric);
    const mine = this.figures
      .filter((e) => e.metric === p.target.metric && e.refersTo.getTime() <= now.getTime() && actualInScope(plan, p.target.scope, e))
      .sort((a, b) => a.refersTo.getTime() - b.refersTo.getTime());
    let sum = 0;
    return mine.map((e) => {
      sum = level ? metricNumber(e.value) : sum + metricNumber(e.value);
      return { at: e.refersTo, value: sum };
    });
  }

  protected override render() {
    const { plan, report } = this;
    const t = targetsText(this.locale);
    if (!plan || !report) return nothing;
    const l = this.locale;
    const now = this.now ?? new Date();
    const phaseName = (id?: string) => (id === undefined ? t.campaign : localize(plan.phases.find((p) => p.id === id)?.label ?? { en: id, 'zh-CN': id }, l));
    const warnings = targetWarningLines(plan, report, l);
    if (report.progress.length === 0 && report.budgets.length === 0 && this.seasonWarnings.length === 0) return html`<p lang=${l}>${t.none}</p>`;
    return html`<section lang=${l} aria-label=${`${t.targets}: ${localize(plan.name, l)}`}>
      ${
        report.progress.length > 0
          ? html`${this.heading(t.targets)}
            <ul class="targets">
              ${report.progress.map((p) => {
                const m = p.target.metric;
                const label = `${localize(METRIC_LABELS[m], l)} · ${phaseName(p.target.scope.phase)}${p.target.scope.channel ? ` · ${localize(CHANNEL_LABELS[p.target.scope.channel], l)}` : ''}`;
                const f = (n: number) => this.format(plan, m, n);
                const level = (LEVEL_METRICS as readonly string[]).includes(m);
                return html`<li part="target" class=${p.behind ? 'behind' : ''}>
                  <span class="label">${label}</span>
                  <span class="figures">${f(p.actual)} / ${f(p.goal)} <strong>${Math.round(p.completion * 100)}%</strong></span>
                  <svg part="chart" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" width=${CHART_WIDTH} height=${CHART_HEIGHT} role="img" aria-label=${t.chart(label, f(p.actual), f(p.goal), f(p.expected))}>
                    <title>${t.pace}: ${f(p.expected)}</title>
                    ${paceChart({ start: p.window.start, end: p.window.end, now, goal: p.goal, curve: p.target.curve, points: this.points(plan, p, now), level })}
                  </svg>
                  ${p.behind ? html`<span class="badge">${t.behind}</span>` : nothing}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${
        report.budgets.length > 0
          ? html`${this.heading(t.budgets)}
            <ul class="budgets">
              ${report.budgets.map((b) => {
                const money = (n: number) => formatMoney({ amount: n, currency: plan.currency }, l);
                const pct = b.line.amount === 0 ? 100 : Math.min(100, Math.round((b.spent / b.line.amount) * 100));
                const projected = b.line.amount === 0 ? 100 : Math.min(100, Math.round((b.projected / b.line.amount) * 100));
                const label = `${localize(CHANNEL_LABELS[b.line.channel], l)} · ${phaseName(b.line.phase)}`;
                return html`<li part="budget" class=${b.remaining < 0 || b.projected > b.line.amount ? 'behind' : ''}>
                  <span class="label">${label}</span>
                  <span class="figures">${t.spent} ${money(b.spent)} / ${money(b.line.amount)}, ${money(b.remaining)} ${t.left}${b.roi === undefined ? '' : ` · ${t.roi} ${b.roi.toFixed(2)}`}</span>
                  <svg viewBox="0 0 100 8" width=${CHART_WIDTH} height="8" role="img" aria-label=${`${label}: ${pct}%, ${t.projected} ${projected}%`}>
                    ${svg`<rect class="track" x="0" y="0" width="100" height="8"></rect><rect class="fill" x="0" y="0" width=${pct} height="8"></rect><line class="now" x1=${projected} x2=${projected} y1="0" y2="8"></line>`}
                  </svg>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${
        warnings.length + this.seasonWarnings.length > 0
          ? html`${this.heading(t.warnings)}
            <ul class="warnings">
              ${warnings.map((w) => html`<li part="warning">${w}</li>`)} ${this.seasonWarnings.map((w) => html`<li part="warning" class="season">${w.message}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-targets': CampaignTargets;
  }
}
