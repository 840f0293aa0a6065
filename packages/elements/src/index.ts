// The public API of @campaign-planner/elements: classes and event types. Importing it registers no tag;
// import '@campaign-planner/elements/define.js' (or the bundle) for that.
export { CampaignGantt } from './campaign-gantt/campaign-gantt.element.js';
export { CampaignChecklist } from './campaign-checklist/campaign-checklist.element.js';
export { CampaignReadiness } from './campaign-readiness/campaign-readiness.element.js';
export { CampaignPlanner } from './campaign-planner/campaign-planner.element.js';
export { CampaignTargets } from './campaign-targets/campaign-targets.element.js';
export { CampaignTaskPanel } from './campaign-task-panel/campaign-task-panel.element.js';
export { planEditEvent } from './events/plan-edit-event.js';
export type { PlanEditDetail, PlanEditEvent } from './events/plan-edit-event.js';
export type { PlannerView } from './campaign-planner/campaign-planner.element.js';
export type { SeasonPlan } from './campaign-planner/planner-season.js';
export { taskSelectEvent, taskStatusChangeEvent, timeZoneChangeEvent } from './events/task-events.js';
export type {
  TaskSelectDetail,
  TaskSelectEvent,
  TaskStatusChangeDetail,
  TaskStatusChangeEvent,
  TimeZoneChangeDetail,
  TimeZoneChangeEvent,
} from './events/task-events.js';
export type { DisplayZone } from './shared/display-zone.js';
export { taskPanelOpenEvent, openTaskChangeEvent } from './events/task-panel-events.js';
export { timelineScrollEvent } from './events/timeline-events.js';
export type { TimelineScrollDetail, TimelineScrollEvent } from './events/timeline-events.js';
export type { TaskViewer, TaskPanelOpenDetail, TaskPanelOpenEvent, OpenTaskChangeDetail, OpenTaskChangeEvent } from './events/task-panel-events.js';
