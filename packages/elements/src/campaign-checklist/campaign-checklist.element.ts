import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  STATUS_LABELS,
  TASK_STATUSES,
  WORKSTREAMS,
  WORKSTREAM_LABELS,
  localize,
  type Locale,
  type Plan,
  type TaskStatus,
  type Workstream,
} from '@campaign-planner/core';
import { applyStatus, createStatusState, isClosed, itemStatuses, statusKey, type ItemStatus, type StatusState } from '@campaign-planner/core/readiness';
import { taskStatusChangeEvent } from '../events/task-events.js';
import { EditHistoryController } from '../shared/edit-history.controller.js';
import { itemEditTools } from './checklist-edit.js';
import { dateConverter, headingLevelConverter } from '../shared/converters.js';
import { resolveDisplayZone, type DisplayZone } from '../shared/display-zone.js';
import { levelOf } from '../shared/heading.js';
import { formatDay, formatDue } from '../shared/format.js';
import { groupByPhase, limitGroups } from '../shared/plan-items.js';
import { themeStyles } from '../shared/theme.styles.js';
import { t } from '../shared/ui-text.js';
import { checklistStyles } from './campaign-checklist.styles.js';
import { filterItems, ownersOf } from './checklist-filter.js';

/**
 * The campaign's tasks as a checklist, grouped by phase then workstream, filterable by phase,
 * workstream, owner and status. Each item shows its deadline in platform time and in team time, and
 * marks overdue, blocked and critical work. Recurring tasks give one item per occurrence.
 *
 * Checking an item fires `task-status-change` (cancelable: `preventDefault()` keeps the state) and
 * then sets `state` to a new state with the change; the plan itself is never changed.
 * Keyboard: Tab reaches the filters and the items, ↑/↓ (and Home/End) move between items, Space checks.
 *
 * @example
 * checklist.plan = plan; checklist.state = createStatusState(plan, events);
 * checklist.addEventListener('task-status-change', (e) => save(e.detail));
 *
 * @summary Checklist of a campaign plan.
 * @tagname campaign-checklist
 *
 * @event task-status-change - An item was checked or unchecked. `detail: { taskId, occurrence?, status }`.
 *
 * @csspart toolbar - The filter bar.
 * @csspart item - Every checklist item.
 *
 * @cssproperty --cp-font - Font family.
 * @cssproperty --cp-bg - Background colour.
 * @cssproperty --cp-fg - Text colour.
 * @cssproperty --cp-muted - Secondary text.
 * @cssproperty --cp-border - Lines and borders.
 * @cssproperty --cp-done - Checkbox colour.
 * @cssproperty --cp-overdue - Overdue mark.
 * @cssproperty --cp-critical - Blocked and critical marks.
 * @cssproperty --cp-focus - Focus ring.
 */
export class CampaignChecklist extends LitElement {
  static override styles = [themeStyles, checklistStyles];

  /** The plan to list (a parsed core `Plan`). Never changed by the element. */
  @property({ attribute: false }) plan?: Plan;
  /** Current statuses (core's `createStatusState(plan, events)`); replaced, not mutated, on each check. */
  @property({ attribute: false }) state?: StatusState;
  /** The instant overdue is measured against; the clock when unset. */
  @property({ converter: dateConverter }) now?: Date;
  /** Language of the element's texts and the plan's titles. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** Who checks items: the `by` of the status events the element records. */
  @property() user = 'web';
  /** Phase filter (a phase id; empty for all). */
  @property() phase = '';
  /** Workstream filter (empty for all). */
  @property() workstream: Workstream | '' = '';
  /** Owner filter (empty for all). */
  @property() owner = '';
  /** Status filter (empty for all). */
  @property() status: TaskStatus | '' = '';
  /** `light`, `dark`, or `auto` to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Ids of the tasks to list (a planner's shared filter, on top of the element's own); unset lists all. */
  @property({ attribute: false }) shownTaskIds?: ReadonlySet<string>;
  /** Hides the element's own filter bar (a host such as `<campaign-planner>` filters for it). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  /**
   * Display zone of the first deadline of each item: `platform`, `team` or an IANA zone; platform time is
   * shown beside it whenever it differs, since deadlines are published there.
   */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'team';
  /** Level of the phase headings (workstreams one below), 1-6; default 3. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel?: number;

  /**
   * Adds a status menu (all five), the owner and inline notes to each item (off by default). Owner and notes
   * are plan edits (`plan-edit`, cancelable); statuses still fire `task-status-change`.
   */
  @property({ type: Boolean, reflect: true }) editable = false;
  private readonly history = new EditHistoryController(this);

  /** Items rendered at first (and added per "show more"), so a 10,000-task plan opens at once. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 250;

  @state() private limit = 0;
  private items: ItemStatus[] = [];
  private planState?: StatusState;

  /** The state shown: `state`, or the plan's own statuses while `state` is unset. */
  get currentState(): StatusState | undefined {
    return this.state ?? (this.plan && (this.planState ??= createStatusState(this.plan)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan')) this.planState = undefined;
    if (this.plan && (changed.has('plan') || changed.has('state'))) this.items = itemStatuses(this.plan, this.currentState!);
    const filtersChanged = (['plan', 'phase', 'workstream', 'owner', 'status', 'pageSize', 'shownTaskIds'] as const).some((k) => changed.has(k));
    if (filtersChanged || this.limit === 0) this.limit = this.pageSize;
  }

  protected override render() {
    const plan = this.plan;
    const l = this.locale;
    if (!plan) return html`<p class="empty">${t(l, 'noTasks')}</p>`;
    const ids = this.shownTaskIds;
    const shown = filterItems(ids ? this.items.filter((i) => ids.has(i.task.id)) : this.items, {
      phase: this.phase,
      workstream: this.workstream,
      owner: this.owner,
      status: this.status,
    });
    const done = this.items.filter((i) => i.status === 'done').length;
    const now = (this.now ?? new Date()).getTime();
    const groups = limitGroups(
      groupByPhase(
        plan,
        shown,
        (i) => i.task,
        (i) => i.due,
      ),
      this.limit,
    );
    const more = Math.min(this.pageSize, shown.length - this.limit);
    return html`${this.hideFilters ? nothing : this.filters(plan)}
      <div class="groups" lang=${l} @keydown=${this.onKeyDown} @change=${this.onChange}>
        <p class="sr-only" aria-live="polite">${shown.length} / ${this.items.length}</p>
        ${groups.length === 0 ? html`<p class="empty">${t(l, 'noItems')}</p>` : nothing}
        ${groups.map(
          (g) => html`<section aria-labelledby=${`p-${g.phase.id}`}>
            <h3 id=${`p-${g.phase.id}`} aria-level=${levelOf(this.headingLevel, 3)}>
              ${localize(g.phase.label, l)}
              <span class="dates">${formatDay(g.phase.start, plan.platformTimeZone, l)} – ${formatDay(new Date(g.phase.end.getTime() - 1), plan.platformTimeZone, l)}</span>
            </h3>
            ${g.workstreams.map((w) => {
              const id = `w-${g.phase.id}-${w.workstream}`;
              return html`<h4 id=${id} aria-level=${levelOf(this.headingLevel, 3, 1)}>${localize(WORKSTREAM_LABELS[w.workstream], l)}</h4>
                <ul role="list" aria-labelledby=${id}>
                  ${w.entries.map((item) => this.itemTemplate(plan, item, now))}
                </ul>`;
            })}
          </section>`,
        )}
        ${more > 0 ? html`<button class="more" @click=${() => (this.limit += this.pageSize)}>${t(l, 'showMore')} (${more} / ${shown.length - this.limit})</button>` : nothing}
      </div>
      <span class="sr-only">${done}</span>`;
  }

  private itemTemplate(plan: Plan, item: ItemStatus, now: number) {
    const l = this.locale;
    const open = !isClosed(item.status);
    const overdue = open && item.due.getTime() < now;
    const blocked = open && (item.status === 'blocked' || item.blockedBy.length > 0);
    const id = `i-${item.key}`;
    const blockers = item.blockedBy.map((d) => plan.tasks.find((x) => x.id === d)).flatMap((x) => (x ? [localize(x.title, l)] : []));
    return html`<li part="item" class="item ${item.status === 'done' ? 'is-done' : ''}" data-key=${item.key}>
      <input type="checkbox" id=${id} .checked=${live(item.status === 'done')} aria-describedby=${`${id}-meta`} />
      <label for=${id}>${localize(item.task.title, l)}</label>
      <div class="meta" id=${`${id}-meta`}>
        ${this.dueTimes(plan, item)}
        ${item.task.owner ? html`<span>${t(l, 'owner')}: ${item.task.owner}</span>` : nothing}
        ${item.status !== 'todo' && item.status !== 'done' ? html`<span>${localize(STATUS_LABELS[item.status], l)}</span>` : nothing}
        ${item.task.critical ? html`<span class="badge critical">${t(l, 'critical')}</span>` : nothing}
        ${overdue ? html`<span class="badge overdue">${t(l, 'overdue')}</span>` : nothing}
        ${blocked ? html`<span class="badge blocked" title=${blockers.join(', ')}>${t(l, 'blocked')}${blockers.length ? `: ${blockers.join(', ')}` : ''}</span>` : nothing}
      </div>
      ${this.editable ? itemEditTools(this, item) : nothing}
    </li>`;
  }

  /** The deadline in the display zone, then in platform time when that is another zone. */
  private dueTimes(plan: Plan, item: ItemStatus) {
    const l = this.locale;
    const zone = resolveDisplayZone(plan, this.timeZone);
    const label = this.timeZone === 'platform' ? t(l, 'platformTime') : this.timeZone === 'team' ? t(l, 'teamTime') : zone;
    const at = html`<time datetime=${item.due.toISOString()}>${formatDue(item.due, zone, l)}</time>`;
    return html`<span>${label}: ${at}</span>${
      zone === plan.platformTimeZone
        ? nothing
        : html`<span>${t(l, 'platformTime')}: <time datetime=${item.due.toISOString()}>${formatDue(item.due, plan.platformTimeZone, l)}</time></span>`
    }`;
  }

  private filters(plan: Plan) {
    const l = this.locale;
    const select = (name: 'phase' | 'workstream' | 'owner' | 'status', label: string, options: Array<[string, string]>) =>
      html`<label
        >${label}
        <select data-filter=${name} @change=${(e: Event) => ((this as Record<typeof name, string>)[name] = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this[name] === ''}>${t(l, 'all')}</option>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${this[name] === v}>${text}</option>`)}
        </select></label
      >`;
    return html`<div class="toolbar" part="toolbar" role="group" lang=${l} aria-label=${t(l, 'filters')}>
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
      ${select(
        'owner',
        t(l, 'owner'),
        ownersOf(plan).map((o) => [o, o]),
      )}
      ${select(
        'status',
        t(l, 'status'),
        TASK_STATUSES.map((s) => [s, localize(STATUS_LABELS[s], l)]),
      )}
    </div>`;
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'checkbox') return;
    const key = input.closest<HTMLElement>('[data-key]')?.dataset.key;
    const item = this.items.find((i) => i.key === key);
    if (item) this.setStatus(item, input.checked ? 'done' : 'todo');
  }

  /** Undoes the last owner or notes edit (as Ctrl/Cmd+Z does). */
  undo(): void {
    this.history.undo();
  }

  /** Redoes the last undone edit (as Ctrl/Cmd+Shift+Z does). */
  redo(): void {
    this.history.redo();
  }

  /** Records a status change for an item (firing `task-status-change` first, which may cancel it). */
  setStatus(item: Pick<ItemStatus, 'task' | 'occurrence'>, status: TaskStatus): void {
    const state = this.currentState;
    if (!state) return;
    const occurrence = item.occurrence?.toISOString();
    const event = taskStatusChangeEvent({ taskId: item.task.id, ...(occurrence ? { occurrence } : {}), status });
    if (!this.dispatchEvent(event)) {
      this.requestUpdate();
      return;
    }
    // A change made now must win over what is recorded, even if a clock elsewhere ran ahead.
    const last = state.latest.get(statusKey(item.task.id, item.occurrence))?.at.getTime() ?? 0;
    const at = new Date(Math.max(Date.now(), last + 1));
    this.state = applyStatus(state, { taskId: item.task.id, ...(item.occurrence ? { occurrence: item.occurrence } : {}), status, at, by: this.user });
  }

  private onKeyDown(e: KeyboardEvent): void {
    const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const at = boxes.indexOf(e.target as HTMLInputElement);
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: boxes.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    boxes[Math.max(0, Math.min(boxes.length - 1, next))]!.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-checklist': CampaignChecklist;
  }
}
