// @campaign-planner/core/templates: templates and their instantiation for a year (with a roster, a team
// calendar and a published calendar), and the built-in campaign templates (AliExpress 11.11, Black Friday,
// 12.12, Christmas & New Year, Ramadan, 328, store anniversary, brand week). Apart from the main entry so a
// page that only reads plans does not pay for instantiation.
export { listTemplates, getTemplate } from '../templates/registry.js';
export type { TemplateSummary } from '../templates/registry.js';

export {
  templateSchema,
  templatePhaseSchema,
  templateTaskSchema,
  relativeTimeSchema,
  publishedCalendarSchema,
  instantiateOptionsSchema,
} from '../schemas/template.js';
export type {
  Template,
  TemplateInput,
  TemplatePhase,
  TemplateTask,
  RelativeTime,
  PublishedCalendar,
  PublishedCalendarInput,
  InstantiateOptions,
} from '../schemas/template.js';

export { instantiate, parseTemplate } from '../templates/instantiate.js';
export { parseRoster } from '../templates/roster.js';
export { rosterSchema, personSettingsSchema } from '../schemas/roster.js';
export type { Roster, RosterInput, PersonSettings } from '../schemas/roster.js';
