// The public API of @campaign-planner/core: the model (schemas, platform time, plans, checks). Heavier, optional parts have their own entry points so an embedder pays only
// for what it imports, even without a bundler:
//   @campaign-planner/core/readiness  status log and state, readiness, next actions, schedule, score
//   @campaign-planner/core/templates  templates: their schema, instantiate for a year (roster, team calendar), the built-ins
//   @campaign-planner/core/offers     money, coupon ladders, cart helpers, product tiers
//   @campaign-planner/core/export     iCalendar, Markdown, CSV (and import), readiness reports
//   @campaign-planner/core/calendars  team working-day calendars, plan diff, re-plan
//   @campaign-planner/core/edits      plan edits as data with inverses, the campaign log and its fold, undo/redo
// Everything not exported from these files is internal.

// Schemas and types
export { LOCALES, localizedTextSchema, idSchema, instantSchema } from './schemas/common.js';
export type { Locale, LocalizedText } from './schemas/common.js';
export { isValidTimeZone, timeZoneSchema } from './schemas/time-zone.js';
export { STANDARD_PHASE_IDS, phaseSchema } from './schemas/phase.js';
export type { Phase, StandardPhaseId } from './schemas/phase.js';
export { WORKSTREAMS, TASK_STATUSES, ROLES, DUE_SOURCES, taskSchema, dueSourceSchema } from './schemas/task.js';
export type { Task, TaskInput, TaskStatus, Workstream, Role, DueSource, DueSourceKind } from './schemas/task.js';
export { PLAN_VERSION, DEFAULT_PLATFORM_TIME_ZONE, planSchema, planSourceSchema } from './schemas/plan.js';
export type { Plan, PlanInput, PlanSource } from './schemas/plan.js';
// Errors
export { PlanValidationError } from './errors/validation-error.js';
export { formatPath } from './errors/issue.js';
export type { Issue, IssueCode, IssuePath } from './errors/issue.js';

// Time
export {
  parseWallTime,
  resolveWallTime,
  toWallTime,
  formatInZone,
  formatISOInZone,
  addCalendarDays,
  formatCalendarDate,
  startOfDayInZone,
} from './time/wall-time.js';
export type { WallTime, CalendarDate } from './time/wall-time.js';
export { expandRecurrence, recurrenceProblem, MAX_OCCURRENCES } from './time/recurrence.js';
export type { ExpandOptions } from './time/recurrence.js';
export { parseRuleText, FINEST_FREQUENCY, RULE_FREQUENCIES } from './time/rrule-text.js';
export type { RuleText, RulePart, RuleTextResult, RuleFrequency } from './time/rrule-text.js';
export { formatUtcStamp, parseStamp } from './time/stamp.js';
export type { Stamp } from './time/stamp.js';
export { anchorDay } from './time/anchor-day.js';

// Plans
export { parsePlan, safeParsePlan } from './plan/parse-plan.js';
export type { ParsePlanResult } from './plan/parse-plan.js';
export { serializePlan } from './plan/serialize-plan.js';
export { checkPlan } from './plan/check-plan.js';
export { findDependencyCycles } from './plan/dependency-cycles.js';
export { taskOccurrences, clockZone, campaignStart, campaignEnd, phaseAt } from './plan/occurrences.js';

// Coupons and tiers: the schemas (a plan holds ladders and products); the functions are in ./offers
export { currencySchema, minorUnitsSchema, percentSchema } from './schemas/money.js';
export { offerWindowSchema, phaseWindowSchema, instantWindowSchema } from './schemas/offer-window.js';
export type { OfferWindow, PhaseWindow, InstantWindow } from './schemas/offer-window.js';
export { COUPON_KINDS, COUPON_AUDIENCES, couponAudienceSchema, couponTierSchema, couponLadderSchema } from './schemas/coupon-ladder.js';
export type { CouponKind, CouponAudience, CouponTier, CouponLadder, CouponLadderInput } from './schemas/coupon-ladder.js';
export { discountStepSchema, discountScheduleSchema } from './schemas/discount-schedule.js';
export type { DiscountStep, DiscountSchedule, DiscountScheduleInput } from './schemas/discount-schedule.js';
export { PRODUCT_TIERS, CHANNELS, skuSchema, registrationRequirementSchema, registrationSchema, productSchema } from './schemas/product.js';
export type { ProductTier, Channel, Sku, RegistrationRequirement, Registration, Product, ProductInput } from './schemas/product.js';
export { offersSchema } from './schemas/offers.js';
export type { Offers, OffersInput } from './schemas/offers.js';

// Labels
export { WORKSTREAM_LABELS, STATUS_LABELS, ROLE_LABELS, localize } from './i18n/labels.js';
