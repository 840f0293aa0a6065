// Registers every element of the package (a side effect). Safe to import twice, or next to another copy.
import { CampaignChecklist } from './campaign-checklist/campaign-checklist.element.js';
import { CampaignGantt } from './campaign-gantt/campaign-gantt.element.js';
import { CampaignPlanner } from './campaign-planner/campaign-planner.element.js';
import { CampaignReadiness } from './campaign-readiness/campaign-readiness.element.js';
import { CampaignTargets } from './campaign-targets/campaign-targets.element.js';
import { CampaignTaskPanel } from './campaign-task-panel/campaign-task-panel.element.js';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['campaign-gantt', CampaignGantt],
  ['campaign-checklist', CampaignChecklist],
  ['campaign-readiness', CampaignReadiness],
  ['campaign-planner', CampaignPlanner],
  ['campaign-targets', CampaignTargets],
  ['campaign-task-panel', CampaignTaskPanel],
];

for (const [tag, element] of ELEMENTS) if (!customElements.get(tag)) customElements.define(tag, element);
