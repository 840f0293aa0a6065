// @campaign-planner/core/templates: the built-in campaign templates (AliExpress 11.11, Black Friday, 12.12,
// Christmas & New Year, Ramadan, 328, store anniversary, brand week).
export { listTemplates, getTemplate } from '../templates/registry.js';
export type { TemplateSummary } from '../templates/registry.js';
