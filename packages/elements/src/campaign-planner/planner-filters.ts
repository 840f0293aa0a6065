// The planner's filter bar: search, phase, workstream, owner or role, status, critical. One filter for every
// view (and for the exports), kept in the URL when the planner is asked to.
import { html, nothing, type TemplateResult } from 'lit';
import { ROLES, ROLE_LABELS, STATUS_LABELS, TASK_STATUSES, WORKSTREAMS, WORKSTREAM_LABELS, localize, type Locale, type Plan } from '@campaign-planner/core';
import { NO_FILTER, isFiltering, type PlanFilter } from '../shared/plan-filter.js';
import { t } from '../shared/ui-text.js';

/** The owners (by name) and the roles (`role:<id>`) of a plan's tasks, as filter options. */
function whoOptions(plan: Plan, locale: Locale): Array<[string, string]> {
  const owners = [...new Set(plan.tasks.flatMap((x) => (x.owner ? [x.owner] : [])))].sort();
  const roles = ROLES.filter((r) => plan.tasks.some((x) => x.role === r));
  return [...owners.map((o): [string, string] => [o, o]), ...roles.map((r): [string, string] => [`role:${r}`, localize(ROLE_LABELS[r], locale)])];
}

/**
 * The filter bar template; `onChange` receives the whole new filter.
 *
 * @example
 * filterBar(plan, 'en', filter, matched, (f) => (this.filter = f))
 */
export function filterBar(plan: Plan, locale: Locale, f: PlanFilter, matched: number | undefined, onChange: (f: PlanFilter) => void): TemplateResult {
  const l = locale;
  const set = (patch: Partial<PlanFilter>) => onChange({ ...f, ...patch });
  const select = (key: 'phase' | 'workstream' | 'who' | 'status', label: string, options: Array<[string, string]>) =>
    html`<label
      >${label}
      <select data-filter=${key} @change=${(e: Event) => set({ [key]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${f[key] === ''}>${t(l, 'all')}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${f[key] === v}>${text}</option>`)}
      </select></label
    >`;
  return html`<div class="filters" part="filters" role="search" aria-label=${t(l, 'filters')}>
    <label
      >${t(l, 'search')} <input type="search" data-filter="text" .value=${f.text} @input=${(e: Event) => set({ text: (e.target as HTMLInputElement).value })}
    /></label>
    ${select(
      'phase',
      t(l, 'phase'),
      plan.phases.map((p) => [p.id, localize(p.label, l)]),
    )}
    ${select(
      'workstream',
      t(l, 'workstream'),
      WORKSTREAMS.map((w) => [w, localize(WORKSTREAM_LABELS[w], l)]),
    )}
    ${select('who', t(l, 'ownerOrRole'), whoOptions(plan, l))}
    ${select(
      'status',
      t(l, 'status'),
      TASK_STATUSES.map((s) => [s, localize(STATUS_LABELS[s], l)]),
    )}
    <label class="check"
      ><input
        type="checkbox"
        data-filter="critical"
        .checked=${f.critical}
        @change=${(e: Event) => set({ critical: (e.target as HTMLInputElement).checked })}
      />
      ${t(l, 'criticalOnly')}</label
    >
    ${isFiltering(f) ? html`<button type="button" class="clear" @click=${() => onChange(NO_FILTER)}>${t(l, 'clearFilters')}</button>` : nothing}
    <span class="matched" aria-live="polite">${matched === undefined ? '' : `${matched} ${t(l, 'matches')}`}</span>
  </div>`;
}
