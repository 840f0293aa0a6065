import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale } from '@campaign-planner/core';
import type { CampaignGantt } from '../campaign-gantt/campaign-gantt.element.js';
import type { PlanEditEvent } from '../events/plan-edit-event.js';
import { commitEdit, type EditTarget } from '../shared/commit-edit.js';
import { EditHistoryController } from '../shared/edit-history.controller.js';
import { et } from '../shared/edit-text.js';
import { newTaskFor } from '../shared/new-task.js';

/** What `<campaign-planner>` lends its editing controller. */
export interface PlannerEditHost extends ReactiveControllerHost, EditTarget {
  editable: boolean;
  locale: Locale;
  now?: Date;
  view?: string;
  /** Several plans shown at once: each chart or checklist keeps its own history then. */
  plans?: readonly unknown[];
}

/**
 * Editing in `<campaign-planner>`: one undo/redo history for every view (the planner is the outermost
 * editable element, so it records and handles Ctrl/Cmd+Z for all of them), the plan adopted from a view's
 * `plan-edit` unless a host vetoed it, and the toolbar's Undo, Redo and Add task buttons.
 */
export class PlannerEditingController implements ReactiveController {
  readonly history: EditHistoryController;

  constructor(
    private readonly host: PlannerEditHost,
    private readonly gantt: () => CampaignGantt | undefined,
  ) {
    host.addController(this);
    // With several plans, the planner has no one plan to undo on: each view in a group records its own edits.
    this.history = new EditHistoryController(host, () => host.editable && !host.plans?.length);
  }

  hostConnected(): void {
    this.host.addEventListener('plan-edit', this.onEdit);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('plan-edit', this.onEdit);
  }

  // A view applied an edit to its own copy of the plan: the planner takes it, so every view shows it.
  private readonly onEdit = (e: PlanEditEvent) => {
    if (e.composedPath()[0] === this.host) return;
    queueMicrotask(() => {
      if (!e.defaultPrevented) this.host.plan = e.detail.plan;
    });
  };

  /** Adds a task (phase of now, next hour) and opens it in the Gantt's task panel. */
  async addTask(): Promise<void> {
    const plan = this.host.plan;
    if (!plan) return;
    const task = newTaskFor(plan, this.host.now ?? new Date());
    const r = commitEdit(this.host, { op: 'add-task', task });
    if (r.status !== 'applied') return;
    this.host.view = 'gantt';
    await this.host.updateComplete;
    const gantt = this.gantt();
    if (!gantt) return;
    await gantt.updateComplete;
    gantt.scrollToTask(task.id);
    gantt.openTaskPanel(task.id);
  }

  /** Undo, Redo and Add task, for the planner's toolbar (nothing unless `editable`). */
  toolbar() {
    if (!this.host.editable || this.host.plans?.length) return nothing;
    const l = this.host.locale;
    return html`<div class="edit-tools" role="group" aria-label=${et(l, 'editTask')}>
      <button ?disabled=${!this.history.canUndo} title="Ctrl+Z" @click=${() => this.history.undo()}>${et(l, 'undo')}</button>
      <button ?disabled=${!this.history.canRedo} title="Ctrl+Shift+Z" @click=${() => this.history.redo()}>${et(l, 'redo')}</button>
      <button @click=${() => void this.addTask()}>${et(l, 'addTask')}</button>
    </div>`;
  }
}
