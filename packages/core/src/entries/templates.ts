// @campaign-planner/core/templates: the built-in campaign templates (AliExpress 11.11, Black Friday, 328).
export { listTemplates, getTemplate } from '../templates/registry.js';
export type { TemplateSummary } from '../templates/registry.js';
