import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { STATUS_LABELS, TASK_STATUSES, formatInZone, localize, taskOccurrences, type Issue, type Locale, type Plan, type Task } from '@campaign-planner/core';
import type { EditInput } from '@campaign-planner/core/edits';
import { statusOf, type StatusState } from '@campaign-planner/core/readiness';
import { taskStatusChangeEvent } from '../events/task-events.js';
import { taskPanelOpenEvent, type TaskViewer } from '../events/task-panel-events.js';
import { commitEdit, issueAt, type EditTarget } from '../shared/commit-edit.js';
import { resolveDisplayZone, type DisplayZone } from '../shared/display-zone.js';
import { et } from '../shared/edit-text.js';
import { themeStyles } from '../shared/theme.styles.js';
import { t } from '../shared/ui-text.js';
import { panelStyles } from './campaign-task-panel.styles.js';
import { inputValue, otherZone, wallSpec } from './panel-values.js';

/** A viewer's marker color as a style; a value that is not a CSS color (it comes from other people) is dropped. */
const viewerStyle = (v: TaskViewer) => (v.color && CSS.supports('color', v.color) ? `--cp-viewer: ${v.color}` : nothing);

type Field = 'title' | 'due' | 'start' | 'owner' | 'status' | 'notes' | 'critical' | 'dependsOn' | 'delete';

/**
 * A side drawer (a sheet on phones) to edit one task: titles in English and Chinese, due and start as wall
 * time in the display zone with the other clock beside, owner, status, dependencies (searchable), notes,
 * critical flag, delete. Each change is one edit, checked by core's `applyEdit`: a refused one shows core's
 * message beside its field and changes nothing; an accepted one fires `plan-edit` from `target` (the
 * element that owns the plan, e.g. the Gantt), or from the panel itself when no target is set.
 *
 * @summary Edit one task of a plan.
 * @tagname campaign-task-panel
 *
 * @event plan-edit - Cancelable. `detail: { edit, plan, inverse, moved, cause }`.
 * @event task-status-change - Cancelable: the status of one occurrence of a recurring task. `detail: { taskId, occurrence, status }`.
 * @event panel-close - The panel was closed (Escape or the close button).
 * @event task-panel-open - The panel shows a task (on opening and when `taskId` changes). `detail: { taskId }`.
 */
export class CampaignTaskPanel extends LitElement {
  static override styles = [themeStyles, panelStyles];

  /** The plan the task is in. Never changed in place. */
  @property({ attribute: false }) plan?: Plan;
  /** The task edited. */
  @property({ attribute: 'task-id' }) taskId?: string;
  /** Language of the panel. */
  @property({ reflect: true }) locale: Locale = 'en';
  /** Zone the times are typed in: `platform`, `team` or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'platform';
  /** The element whose plan the edits change and that fires `plan-edit`; unset, the panel itself. */
  @property({ attribute: false }) target?: EditTarget;
  /** Current statuses (for one occurrence of a recurring task); the plan's own statuses when unset. */
  @property({ attribute: false }) state?: StatusState;
  /** Other people who have this task open (a host with team sync sets it), shown as "Also open by". */
  @property({ attribute: false }) viewers: readonly TaskViewer[] = [];

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private search = '';
  /** The occurrence of a recurring task whose status is shown (epoch ms). */
  @state() private occurrence?: number;
  @query('input') private firstInput?: HTMLInputElement;

  private get task(): Task | undefined {
    return this.plan?.tasks.find((t) => t.id === this.taskId);
  }

  private get zone(): string {
    return this.plan ? resolveDisplayZone(this.plan, this.timeZone) : 'UTC';
  }

  /** Moves focus into the panel (its first field). */
  override focus(): void {
    void this.updateComplete.then(() => this.firstInput?.focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the same task after a close (the Gantt reuses its panel): no update follows, so tell here.
    if (this.hasUpdated) this.announceOpen();
  }

  private announceOpen(): void {
    if (this.taskId && this.isConnected) this.dispatchEvent(taskPanelOpenEvent({ taskId: this.taskId }));
  }

  private viewersLine() {
    if (this.viewers.length === 0) return nothing;
    return html`<p class="viewers">
      ${t(this.locale, 'alsoOpen')}:
      ${this.viewers.map((v, i) => html`${i > 0 ? ', ' : ''}<span class="viewer" style=${viewerStyle(v)}>${v.name}</span>`)}
    </p>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('taskId')) {
      this.errors = {};
      this.occurrence = undefined;
      // Before rendering: a host that answers with `viewers` is rendered in this same update.
      this.announceOpen();
    }
  }

  private commit(field: Field, edit: EditInput): void {
    const r = commitEdit(this.target ?? this, edit);
    const issue = r.status === 'refused' ? (issueAt(r.issues, field) ?? issueAt(r.issues, 'changes', field) ?? r.issues[0]) : undefined;
    this.errors = { ...this.errors, [field]: issue ? this.message(issue) : undefined };
    if (r.status !== 'refused' && this.target) this.plan = this.target.plan;
  }

  /**
   * The status: all five, for the task or, for a recurring task, for the occurrence picked beside it (that
   * one fires `task-status-change`, as the checklist does, since one occurrence's status lives in the state).
   */
  private statusField(task: Task) {
    const l = this.locale;
    const plan = this.plan!;
    const options = (current: Task['status']) =>
      TASK_STATUSES.map((s) => html`<option value=${s} ?selected=${current === s}>${localize(STATUS_LABELS[s], l)}</option>`);
    if (!task.recurrence)
      return html`<label
        >${et(l, 'status')}
        <select @change=${(e: Event) => this.commit('status', { op: 'set-status', taskId: task.id, status: (e.target as HTMLSelectElement).value as Task['status'] })}>
          ${options(task.status)}
        </select></label
      >`;
    const dates = taskOccurrences(plan, task);
    const at = this.occurrence ?? dates[0]?.getTime();
    const current = this.state && at !== undefined ? statusOf(this.state, task.id, new Date(at)) : task.status;
    return html`<label
        >${et(l, 'occurrence')}
        <select @change=${(e: Event) => (this.occurrence = Number((e.target as HTMLSelectElement).value))}>
          ${dates.map((d) => html`<option value=${d.getTime()} ?selected=${d.getTime() === at}>${formatInZone(d, this.zone)}</option>`)}
        </select></label
      ><label
        >${et(l, 'status')}
        <select @change=${(e: Event) => {
          if (at === undefined) return;
          const status = (e.target as HTMLSelectElement).value as Task['status'];
          this.dispatchEvent(taskStatusChangeEvent({ taskId: task.id, occurrence: new Date(at).toISOString(), status }));
        }}>
          ${options(current)}
        </select></label
      >`;
  }

  private message(issue: Issue): string {
    return issue.message;
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('panel-close', { bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.close();
  }

  protected override render() {
    const task = this.task;
    const plan = this.plan;
    if (!task || !plan) return nothing;
    const l = this.locale;
    const id = task.id;
    const err = (f: Field) => (this.errors[f] ? html`<span class="error" id=${`${f}-error`} role="alert">${this.errors[f]}</span>` : nothing);
    const described = (f: Field) => (this.errors[f] ? `${f}-error` : nothing);
    const other = otherZone(plan, this.zone);
    const clock = (d: Date | undefined) => (d ? html`<span class="other-clock">${et(l, 'otherClock')} ${other}: ${formatInZone(d, other)}</span>` : nothing);
    const time = (f: 'due' | 'start', value: Date | undefined) => html`<label
        >${et(l, f)} (${this.zone})
        <input type="datetime-local" .value=${live(inputValue(value, this.zone))} aria-invalid=${String(!!this.errors[f])}
          aria-describedby=${described(f)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            if (f === 'due') this.commit('due', { op: 'move-task', taskId: id, due: v ? wallSpec(v, this.zone) : { wall: '', zone: this.zone } });
            else this.commit('start', { op: 'move-task', taskId: id, due: task.due, start: v ? wallSpec(v, this.zone) : null, dependents: 'stay' });
          }} /></label
      >${clock(value)} ${err(f)}`;
    const text = (f: 'owner', label: string, value: string | undefined) => html`<label
        >${label}<input .value=${live(value ?? '')} aria-invalid=${String(!!this.errors[f])} aria-describedby=${described(f)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value.trim();
            this.commit(f, { op: 'update-task', taskId: id, changes: { [f]: v === '' ? null : v } });
          }} /></label
      >${err(f)}`;
    const q = this.search.trim().toLowerCase();
    const candidates = plan.tasks.filter((t) => t.id !== id && (q === '' || localize(t.title, l).toLowerCase().includes(q) || t.id.includes(q)));
    const notes = task.notes === undefined ? '' : typeof task.notes === 'string' ? task.notes : localize(task.notes, l);
    return html`<section class="drawer" role="dialog" aria-labelledby="panel-title" lang=${l} @keydown=${this.onKey}>
      <div class="head">
        <h2 id="panel-title">${et(l, 'editTask')}: ${localize(task.title, l)}</h2>
        <button @click=${this.close} aria-label=${et(l, 'close')}>×</button>
      </div>
      ${this.viewersLine()}
      <label
        >${et(l, 'titleEn')}<input lang="en" .value=${live(task.title.en)}
          @change=${(e: Event) => this.commit('title', { op: 'update-task', taskId: id, changes: { title: { ...task.title, en: (e.target as HTMLInputElement).value } } })} /></label
      >
      <label
        >${et(l, 'titleZh')}<input lang="zh-CN" .value=${live(task.title['zh-CN'])}
          @change=${(e: Event) => this.commit('title', { op: 'update-task', taskId: id, changes: { title: { ...task.title, 'zh-CN': (e.target as HTMLInputElement).value } } })} /></label
      >${err('title')} ${time('due', task.due)} ${time('start', task.start)} ${text('owner', et(l, 'owner'), task.owner)}
      ${this.statusField(task)}${err('status')}
      <label
        ><input type="checkbox" .checked=${live(task.critical)}
          @change=${(e: Event) => this.commit('critical', { op: 'update-task', taskId: id, changes: { critical: (e.target as HTMLInputElement).checked } })} />
        ${et(l, 'critical')}</label
      >
      <fieldset>
        <legend>${et(l, 'dependencies')}</legend>
        <input type="search" aria-label=${et(l, 'searchTasks')} .value=${this.search} @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} />
        <div class="deps">
          ${candidates.slice(0, 50).map(
            (t) => html`<label
              ><input type="checkbox" .checked=${live(task.dependsOn.includes(t.id))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const deps = on ? [...task.dependsOn, t.id] : task.dependsOn.filter((d) => d !== t.id);
                  this.commit('dependsOn', { op: 'set-dependencies', taskId: id, dependsOn: deps });
                }} />
              ${localize(t.title, l)}</label
            >`,
          )}
        </div>
        ${err('dependsOn')}
      </fieldset>
      <label
        >${et(l, 'notes')}<textarea rows="3" .value=${live(notes)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLTextAreaElement).value;
            this.commit('notes', { op: 'update-task', taskId: id, changes: { notes: v === '' ? null : v } });
          }}></textarea></label
      >${err('notes')}
      <button class="danger" @click=${() => this.commit('delete', { op: 'remove-task', taskId: id, dropEdges: true })}>${et(l, 'deleteTask')}</button>
      ${err('delete')}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-task-panel': CampaignTaskPanel;
  }
}
