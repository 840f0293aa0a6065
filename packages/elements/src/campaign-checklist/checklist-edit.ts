// The editing controls of a checklist item (with `editable`): a five-status menu, the owner, inline notes.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { STATUS_LABELS, TASK_STATUSES, localize, type Locale, type TaskStatus } from '@campaign-planner/core';
import type { ItemStatus } from '@campaign-planner/core/readiness';
import { commitEdit, type EditTarget } from '../shared/commit-edit.js';
import { et } from '../shared/edit-text.js';

/** What the item tools need from the checklist. */
export interface ChecklistEditHost extends EditTarget {
  locale: Locale;
  setStatus(item: Pick<ItemStatus, 'task' | 'occurrence'>, status: TaskStatus): void;
}

function notesText(item: ItemStatus, l: Locale): string {
  const n = item.task.notes;
  return n === undefined ? '' : typeof n === 'string' ? n : localize(n, l);
}

/**
 * Status menu (all five, per occurrence through `setStatus`, so `task-status-change` still fires), owner
 * and notes (plan edits through `plan-edit`). Every control is labelled with the task's title.
 *
 * @example
 * html`${this.editable ? itemEditTools(this, item) : nothing}`
 */
export function itemEditTools(host: ChecklistEditHost, item: ItemStatus): TemplateResult {
  const l = host.locale;
  const title = localize(item.task.title, l);
  const taskId = item.task.id;
  const update = (changes: Record<string, string | null>) => commitEdit(host, { op: 'update-task', taskId, changes });
  return html`<div class="edit-tools">
    <select aria-label=${`${et(l, 'status')}: ${title}`}
      @change=${(e: Event) => host.setStatus(item, (e.target as HTMLSelectElement).value as TaskStatus)}>
      ${TASK_STATUSES.map((s) => html`<option value=${s} ?selected=${item.status === s}>${localize(STATUS_LABELS[s], l)}</option>`)}
    </select>
    <input class="owner" aria-label=${`${et(l, 'owner')}: ${title}`} placeholder=${et(l, 'owner')} .value=${live(item.task.owner ?? '')}
      @change=${(e: Event) => {
        const v = (e.target as HTMLInputElement).value.trim();
        update({ owner: v === '' ? null : v });
      }} />
    <details class="notes">
      <summary>${et(l, 'notes')}</summary>
      <textarea rows="2" aria-label=${`${et(l, 'notes')}: ${title}`} .value=${live(notesText(item, l))}
        @change=${(e: Event) => {
          const v = (e.target as HTMLTextAreaElement).value;
          update({ notes: v === '' ? null : v });
        }}></textarea>
    </details>
  </div>`;
}
