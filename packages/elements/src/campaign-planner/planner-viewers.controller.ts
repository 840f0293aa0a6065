import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan } from '@campaign-planner/core';
import type { CampaignTaskPanel } from '../campaign-task-panel/campaign-task-panel.element.js';
import { openTaskChangeEvent, type TaskPanelOpenEvent, type TaskViewer } from '../events/task-panel-events.js';

/** What `<campaign-planner>` lends its viewers controller. */
export interface PlannerViewersHost extends ReactiveControllerHost, HTMLElement {
  readonly plan?: Plan;
  readonly editable: boolean;
  readonly viewers: ReadonlyMap<string, readonly TaskViewer[]>;
}

/**
 * Who else has a task open, in `<campaign-planner>`: hears the task panel say which task it shows (the panel
 * lives in a view's shadow root), tells the page with `open-task-change`, and hands the panel the host's
 * `viewers` of that task. The planner stays sync-agnostic: where the viewers come from is the page's business.
 */
export class PlannerViewersController implements ReactiveController {
  private panel?: CampaignTaskPanel;
  private current: string | null = null;

  constructor(private readonly host: PlannerViewersHost) {
    host.addController(this);
  }

  /** The task open in the panel, or null. */
  get openTaskId(): string | null {
    return this.current;
  }

  hostConnected(): void {
    this.host.addEventListener('task-panel-open', this.onOpen);
    this.host.addEventListener('panel-close', this.onClose);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('task-panel-open', this.onOpen);
    this.host.removeEventListener('panel-close', this.onClose);
    this.set(null);
  }

  hostUpdated(): void {
    const panel = this.panel;
    if (!panel) return;
    // The view closes its panel when the task is gone or editing is off; it tells nobody, so look the same way.
    const open = this.host.editable && panel.taskId !== undefined && !!this.host.plan?.tasks.some((t) => t.id === panel.taskId);
    if (!open) return this.set(null);
    panel.viewers = this.host.viewers.get(panel.taskId!) ?? [];
  }

  private readonly onOpen = (e: TaskPanelOpenEvent) => {
    this.panel = e.composedPath()[0] as CampaignTaskPanel;
    this.panel.viewers = this.host.viewers.get(e.detail.taskId) ?? [];
    this.set(e.detail.taskId);
  };

  private readonly onClose = () => this.set(null);

  private set(taskId: string | null): void {
    if (taskId === null) this.panel = undefined;
    if (taskId === this.current) return;
    this.current = taskId;
    this.host.dispatchEvent(openTaskChangeEvent({ taskId }));
  }
}
