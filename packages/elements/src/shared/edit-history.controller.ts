import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createHistory, type Edit, type History } from '@campaign-planner/core/edits';
import type { PlanEditEvent } from '../events/plan-edit-event.js';
import { commitEdit, type CommitResult, type EditTarget } from './commit-edit.js';

type Host = ReactiveControllerHost & EditTarget & { editable: boolean };

// Every history an edit event passed through, innermost first: only the outermost records it, so a Gantt
// inside a planner does not keep a second history of the same edits.
const passedThrough = new WeakMap<Event, EditHistoryController[]>();

const isTextField = (n: EventTarget | undefined) => n instanceof HTMLElement && (n.matches('input, textarea, select') || n.isContentEditable);

/**
 * Undo and redo for an editable element, over core's `createHistory`. It records every `plan-edit` the
 * element applied (fired from it or from inside its shadow root; nested editable elements leave it to the
 * outermost) and handles Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z (and Ctrl+Y) while focus is in the element, except in text fields, whose own undo wins.
 * An undo is itself a `plan-edit` (cause `undo`), so a host can veto it too.
 */
export class EditHistoryController implements ReactiveController {
  private history: History = createHistory();

  /** `enabled` says whether the host keeps a history now; by default while it is `editable`. */
  constructor(
    private readonly host: Host,
    private readonly enabled: () => boolean = () => host.editable,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('plan-edit', this.onEdit);
    // Capture: the outermost editable element sees the key first and handles it for everything inside.
    this.host.addEventListener('keydown', this.onKey, { capture: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('plan-edit', this.onEdit);
    this.host.removeEventListener('keydown', this.onKey, { capture: true });
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Forgets every step (a new plan was loaded). */
  clear(): void {
    this.history = createHistory();
    this.host.requestUpdate();
  }

  /** Undoes the last edit; returns what happened, or undefined when there is nothing to undo. */
  undo(): CommitResult | undefined {
    return this.step('undo');
  }

  /** Redoes the last undone edit. */
  redo(): CommitResult | undefined {
    return this.step('redo');
  }

  private step(cause: 'undo' | 'redo'): CommitResult | undefined {
    const next = cause === 'undo' ? this.history.undo() : this.history.redo();
    if (!next) return undefined;
    const r = commitEdit(this.host, next.edit, cause);
    if (r.status === 'applied') this.history = next.history;
    this.host.requestUpdate();
    return r;
  }

  private readonly onEdit = (e: PlanEditEvent) => {
    if (e.detail.cause !== 'edit' || !this.enabled()) return;
    const list = passedThrough.get(e) ?? [];
    list.push(this);
    passedThrough.set(e, list);
    // Recorded once the event has run its course: a listener further up may still veto it.
    queueMicrotask(() => {
      if (e.defaultPrevented || list[list.length - 1] !== this) return;
      this.history = this.history.record(e.detail.edit as Edit, e.detail.inverse);
      this.host.requestUpdate();
    });
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (!this.enabled() || e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    if (isTextField(e.composedPath()[0])) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
    if (key !== 'z' && !redo) return;
    e.preventDefault();
    if (redo) this.redo();
    else this.undo();
  };
}
