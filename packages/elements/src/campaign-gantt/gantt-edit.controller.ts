import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localize, type Locale, type Plan, type Task } from '@campaign-planner/core';
import type { EditInput } from '@campaign-planner/core/edits';
import { applyStatus, createStatusState, statusKey, type StatusState } from '@campaign-planner/core/readiness';
import type { TaskStatusChangeEvent } from '../events/task-events.js';
import { CampaignTaskPanel } from '../campaign-task-panel/campaign-task-panel.element.js';
import { commitEdit, type EditTarget } from '../shared/commit-edit.js';
import type { DisplayZone } from '../shared/display-zone.js';
import { et } from '../shared/edit-text.js';
import type { GanttRow } from './gantt-model.js';
import { newTaskFor } from '../shared/new-task.js';
import { bothClocks, moveEdit, offsetPx, shiftedEnd, snapMinutes, stepsIn, type DragMode } from './gantt-edit-moves.js';

/** What the Gantt lends its editing controller. */
export interface GanttEditHost extends ReactiveControllerHost, EditTarget {
  editable: boolean;
  locale: Locale;
  timeZone: DisplayZone;
  readonly displayZone: string | undefined;
  now?: Date;
  state?: StatusState;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

interface Drag {
  readonly task: Task;
  readonly mode: DragMode;
  readonly bar: HTMLElement;
  readonly x0: number;
  readonly dayWidth: number;
  readonly ghost: HTMLElement;
  /** The host's left edge in the viewport when the drag began. */
  readonly originX: number;
  minutes: number;
}

const EDGE_PX = 6;
const SR_ONLY = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
const GHOST =
  'position:absolute;pointer-events:none;z-index:20;box-sizing:border-box;border:2px dashed var(--cp-accent,#1a73e8);' +
  'background:color-mix(in srgb,var(--cp-accent,#1a73e8) 15%,transparent);border-radius:3px;';
const GHOST_LABEL =
  'position:absolute;top:100%;left:0;margin-top:2px;padding:2px 6px;white-space:nowrap;font:12px/1.3 var(--cp-font,system-ui);' +
  'background:var(--cp-surface,#fff);color:var(--cp-fg,#111);border:1px solid var(--cp-border,#ccc);border-radius:3px;';

/**
 * Editing on `<campaign-gantt>` when `editable` is set: drag a bar or milestone to move it, drag a bar's ends
 * to change its start or due (snapped to the day, or the hour at high zoom, in the display zone, with a
 * ghost showing both clocks; Escape cancels); Alt+Arrow moves the focused task by a step and Alt+Shift+Arrow
 * changes its due, announced in an `aria-live` region; Enter or a double-click opens the task panel; Insert
 * on a phase or workstream row adds a task there.
 */
export class GanttEditController implements ReactiveController {
  private drag?: Drag;
  private panel?: CampaignTaskPanel;
  private live?: HTMLElement;
  private panelRow?: string;

  constructor(
    private readonly host: GanttEditHost,
    private readonly dayWidth: () => number,
    private readonly rowAt: (index: number) => GanttRow | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('pointerdown', this.onPointerDown as EventListener);
    root.addEventListener('dblclick', this.onDoubleClick as EventListener);
    root.addEventListener('task-status-change', this.onStatus as EventListener);
    // Capture: Alt+Arrow must reach us before the tree grid's arrow keys.
    root.addEventListener('keydown', this.onKeyDown as EventListener, { capture: true });
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('pointerdown', this.onPointerDown as EventListener);
    root.removeEventListener('dblclick', this.onDoubleClick as EventListener);
    root.removeEventListener('task-status-change', this.onStatus as EventListener);
    root.removeEventListener('keydown', this.onKeyDown as EventListener, { capture: true });
    this.cancel();
  }

  hostUpdated(): void {
    const panel = this.panel;
    if (!panel) return;
    if (!this.host.editable || !this.host.plan?.tasks.some((t) => t.id === panel.taskId)) return this.closePanel(false);
    Object.assign(panel, { plan: this.host.plan, state: this.host.state, locale: this.host.locale, timeZone: this.host.timeZone });
  }

  /** Opens the task panel on a task (also from code: `gantt.openTaskPanel(id)`). */
  openPanel(taskId: string): void {
    if (!this.host.editable) return;
    let panel = this.panel;
    if (!panel) {
      panel = document.createElement('campaign-task-panel') as CampaignTaskPanel;
      panel.addEventListener('panel-close', () => this.closePanel(true));
      this.panel = panel;
    }
    Object.assign(panel, { plan: this.host.plan, state: this.host.state, taskId, locale: this.host.locale, timeZone: this.host.timeZone, target: this.host });
    if (!panel.isConnected) this.host.renderRoot.append(panel);
    this.panelRow = taskId;
    panel.focus();
  }

  private closePanel(refocus: boolean): void {
    this.panel?.remove();
    const id = this.panelRow;
    this.panelRow = undefined;
    if (refocus && id) this.rowOf(id)?.focus();
  }

  private rowOf(taskId: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`.row[data-task-id="${CSS.escape(taskId)}"]`);
  }

  private taskOf(e: Event): { task: Task; row: HTMLElement } | undefined {
    const row = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.taskId !== undefined);
    const task = row && this.host.plan?.tasks.find((t) => t.id === row.dataset.taskId);
    return task && row ? { task, row } : undefined;
  }

  /** Speaks a sentence through the polite live region (created on first use, inside the shadow root). */
  announce(text: string): void {
    if (!this.live) {
      this.live = document.createElement('div');
      this.live.setAttribute('role', 'status');
      this.live.setAttribute('aria-live', 'polite');
      this.live.className = 'edit-live';
      this.live.style.cssText = SR_ONLY;
    }
    if (!this.live.isConnected) this.host.renderRoot.append(this.live);
    this.live.textContent = text;
  }

  private apply(edit: EditInput, task: Task): void {
    const r = commitEdit(this.host, edit);
    const l = this.host.locale;
    const title = localize(task.title, l);
    if (r.status === 'refused') this.announce(`${title}: ${r.issues[0]?.message ?? ''}`);
    else if (r.status === 'vetoed') this.announce(`${title}: ${et(l, 'vetoed')}`);
    else {
      const moved = r.detail.plan.tasks.find((t) => t.id === task.id);
      if (moved) this.announce(`${title} ${et(l, 'moved')} ${bothClocks(moved.due, r.detail.plan, this.host.displayZone!)}`);
    }
  }

  // One occurrence's status from the panel: the chart's state takes it once no listener vetoed it (a planner
  // around the chart then takes the chart's state, as it does the checklist's).
  private readonly onStatus = (e: TaskStatusChangeEvent) => {
    const { taskId, occurrence, status } = e.detail;
    queueMicrotask(() => {
      const plan = this.host.plan;
      if (e.defaultPrevented || !plan || !occurrence) return;
      const state = this.host.state ?? createStatusState(plan);
      const last = state.latest.get(statusKey(taskId, occurrence))?.at.getTime() ?? 0;
      this.host.state = applyStatus(state, { taskId, occurrence: new Date(occurrence), status, at: new Date(Math.max(Date.now(), last + 1)), by: 'web' });
    });
  };

  private readonly onDoubleClick = (e: MouseEvent) => {
    const hit = this.taskOf(e);
    if (hit && this.host.editable) this.openPanel(hit.task.id);
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (!this.host.editable) return;
    const target = e.composedPath()[0] as HTMLElement;
    if (e.key === 'Insert' && target.matches?.('.row.group[data-index]')) return this.addInGroup(e, Number(target.dataset.index));
    if (!target.matches?.('.row[data-task-id]')) return;
    const hit = this.taskOf(e);
    if (!hit) return;
    if (e.key === 'Enter' && !e.altKey) {
      // The grid still selects the row; the panel opens after.
      queueMicrotask(() => this.openPanel(hit.task.id));
      return;
    }
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    e.stopPropagation();
    const minutes = snapMinutes(this.dayWidth()) * (e.key === 'ArrowRight' ? 1 : -1);
    this.apply(moveEdit(hit.task, e.shiftKey ? 'due' : 'move', minutes, this.host.displayZone!), hit.task);
    void this.host.updateComplete.then(() => this.rowOf(hit.task.id)?.focus({ preventScroll: true }));
  };

  /** Insert on a phase or workstream row: a new task there (that phase and workstream), opened in the panel. */
  private addInGroup(e: KeyboardEvent, index: number): void {
    const row = this.rowAt(index);
    const plan = this.host.plan;
    if (!row || row.kind === 'task' || !plan) return;
    e.preventDefault();
    const phaseId = row.kind === 'phase' ? row.phase.id : row.parent.slice('phase:'.length);
    const task = newTaskFor(plan, this.host.now ?? new Date(), phaseId, row.kind === 'workstream' ? row.workstream : 'operations');
    const r = commitEdit(this.host, { op: 'add-task', task });
    if (r.status !== 'applied') return;
    void this.host.updateComplete.then(() => this.openPanel(task.id));
  }

  private readonly onPointerDown = (e: PointerEvent) => {
    if (!this.host.editable || e.button !== 0 || this.drag) return;
    const bar = (e.composedPath() as HTMLElement[]).find((n) => n instanceof HTMLElement && /\b(task-bar|milestone)\b/.test(n.getAttribute('part') ?? ''));
    const hit = bar && this.taskOf(e);
    if (!bar || !hit) return;
    e.preventDefault();
    const box = bar.getBoundingClientRect();
    const isBar = /\btask-bar\b/.test(bar.getAttribute('part')!);
    const mode: DragMode = !isBar ? 'move' : e.clientX - box.left <= EDGE_PX ? 'start' : box.right - e.clientX <= EDGE_PX ? 'due' : 'move';
    const ghost = document.createElement('div');
    ghost.className = 'drag-ghost';
    ghost.setAttribute('aria-hidden', 'true');
    // The chart contains its layout (CSS containment): the ghost is placed in the host's box, not the viewport's.
    const origin = this.host.getBoundingClientRect();
    ghost.style.cssText = `${GHOST}top:${box.top - origin.top}px;height:${box.height}px;`;
    const label = document.createElement('span');
    label.style.cssText = GHOST_LABEL;
    ghost.append(label);
    this.host.renderRoot.append(ghost);
    this.drag = { task: hit.task, mode, bar, x0: e.clientX, dayWidth: this.dayWidth(), ghost, minutes: 0, originX: origin.left };
    this.paintGhost(box);
    window.addEventListener('pointermove', this.onPointerMove);
    window.addEventListener('pointerup', this.onPointerUp);
    window.addEventListener('keydown', this.onDragKey, true);
  };

  private paintGhost(box: DOMRect): void {
    const d = this.drag!;
    const plan = this.host.plan as Plan;
    const zone = this.host.displayZone!;
    const t = d.task;
    const due = d.mode === 'start' ? t.due : shiftedEnd(t.due, d.minutes, zone);
    const start = d.mode === 'due' ? t.start : t.start && shiftedEnd(t.start, d.minutes, zone);
    const left = box.left - d.originX + (start ? offsetPx(t.start!, start, d.dayWidth) : offsetPx(t.due, due, d.dayWidth));
    const right = box.right - d.originX + offsetPx(t.due, due, d.dayWidth);
    d.ghost.style.left = `${left}px`;
    d.ghost.style.width = `${Math.max(8, right - left)}px`;
    d.ghost.firstElementChild!.textContent =
      d.mode === 'start' && start ? `${et(this.host.locale, 'resized')} ${bothClocks(start, plan, zone)}` : bothClocks(due, plan, zone);
  }

  private readonly onPointerMove = (e: PointerEvent) => {
    const d = this.drag;
    if (!d) return;
    const minutes = stepsIn(e.clientX - d.x0, d.dayWidth) * snapMinutes(d.dayWidth);
    if (minutes === d.minutes) return;
    d.minutes = minutes;
    this.paintGhost(d.bar.getBoundingClientRect());
  };

  private readonly onPointerUp = () => {
    const d = this.drag;
    this.cancel();
    if (d && d.minutes !== 0) this.apply(moveEdit(d.task, d.mode, d.minutes, this.host.displayZone!), d.task);
  };

  private readonly onDragKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    this.cancel();
  };

  /** Ends a drag without an edit. */
  cancel(): void {
    this.drag?.ghost.remove();
    this.drag = undefined;
    window.removeEventListener('pointermove', this.onPointerMove);
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('keydown', this.onDragKey, true);
  }
}
