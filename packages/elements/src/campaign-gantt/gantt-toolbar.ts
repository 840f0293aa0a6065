// The toolbar of <campaign-gantt>: scale, zoom, today, columns and (unless a host provides one) the zone.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Plan } from '@campaign-planner/core';
import { t, type TextKey } from '../shared/ui-text.js';
import { GANTT_COLUMNS, type GanttColumn, type GanttScale } from './gantt-context.js';

/** What the toolbar shows and the actions it calls. */
export interface ToolbarInput {
  readonly locale: Locale;
  /** Without a plan (the chart waits for one) the toolbar is drawn with its controls disabled. */
  readonly plan: Plan | undefined;
  readonly scale: GanttScale;
  readonly columns: readonly GanttColumn[];
  readonly nameCollapsed: boolean;
  /** The zone select, or `undefined` when the host has one for the whole page. */
  readonly zone?: { readonly value: string; readonly resolved: string; readonly problem: string | undefined };
  readonly onScale: (scale: GanttScale) => void;
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
  /** Whether the critical chain is drawn. */
  readonly chain: boolean;
  readonly onChain: () => void;
  readonly onToday: () => void;
  readonly onColumn: (column: GanttColumn, shown: boolean) => void;
  readonly onNames: () => void;
  readonly onZone: (zone: string) => void;
}

const SCALES: ReadonlyArray<readonly [GanttScale, TextKey]> = [
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
];
const COLUMN_LABELS: Readonly<Record<GanttColumn, TextKey>> = { owner: 'ownerOrRole', due: 'due', status: 'status' };

function zoneSelect(i: ToolbarInput): TemplateResult | typeof nothing {
  const z = i.zone;
  if (!z) return nothing;
  const l = i.locale;
  const option = (value: string, label: string) => html`<option value=${value} ?selected=${z.value === value}>${label}</option>`;
  const custom = z.value !== 'platform' && z.value !== 'team';
  const zoneOf = (zone: string | undefined) => (zone ? ` (${zone})` : '');
  return html`<label
      >${t(l, 'displayZone')}
      <select ?disabled=${!i.plan} @change=${(e: Event) => i.onZone((e.target as HTMLSelectElement).value)}>
        ${option('platform', `${t(l, 'platformTime')}${zoneOf(i.plan?.platformTimeZone)}`)} ${option('team', `${t(l, 'teamTime')}${zoneOf(i.plan?.teamTimeZone)}`)}
        ${custom ? option(z.value, z.problem ? z.value : z.resolved) : nothing}
      </select></label
    >${z.problem ? html`<span class="zone-problem" role="alert">${t(l, 'invalidZone')} “${z.problem}”: ${t(l, 'showingPlatform')}</span>` : nothing}`;
}

/**
 * The toolbar template.
 *
 * @example
 * html`${toolbarTemplate({ locale: 'en', plan, scale: 'day', ... })}`
 */
export function toolbarTemplate(i: ToolbarInput): TemplateResult {
  const l = i.locale;
  const off = !i.plan;
  return html`<div class="toolbar" part="toolbar">
    <div class="segmented" role="group" aria-label=${t(l, 'scale')}>
      ${SCALES.map(([s, key]) => html`<button ?disabled=${off} aria-pressed=${String(i.scale === s)} @click=${() => i.onScale(s)}>${t(l, key)}</button>`)}
    </div>
    <div class="segmented" role="group" aria-label=${`${t(l, 'zoomOut')} / ${t(l, 'zoomIn')}`}>
      <button ?disabled=${off} aria-label=${t(l, 'zoomOut')} title=${t(l, 'zoomOut')} @click=${() => i.onZoom(1 / 1.25)}>−</button>
      <button ?disabled=${off} aria-label=${t(l, 'zoomIn')} title=${t(l, 'zoomIn')} @click=${() => i.onZoom(1.25)}>+</button>
      <button ?disabled=${off} @click=${i.onFit}>${t(l, 'zoomToFit')}</button>
    </div>
    <button class="today-button" ?disabled=${off} @click=${i.onToday}>${t(l, 'today')}</button>
    <button class="chain-button" ?disabled=${off} aria-pressed=${String(i.chain)} @click=${i.onChain}>${t(l, 'criticalChain')}</button>
    <details class="menu">
      <summary>${t(l, 'columns')}</summary>
      <div class="menu-body">
        ${GANTT_COLUMNS.map(
          (c) =>
            html`<label
              ><input
                type="checkbox"
                data-column=${c}
                .checked=${i.columns.includes(c)}
                @change=${(e: Event) => i.onColumn(c, (e.target as HTMLInputElement).checked)}
              />
              ${t(l, COLUMN_LABELS[c])}</label
            >`,
        )}
      </div>
    </details>
    <button class="names-button" ?disabled=${off} aria-pressed=${String(i.nameCollapsed)} @click=${i.onNames}>${t(l, 'collapseNames')}</button>
    ${zoneSelect(i)}
  </div>`;
}
