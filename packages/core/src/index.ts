// The public API of @campaign-planner/core. Everything not exported here is internal.

// Schemas and types
export { LOCALES, localizedTextSchema, idSchema, instantSchema } from './schemas/common.js';
export type { Locale, LocalizedText } from './schemas/common.js';
export { isValidTimeZone, timeZoneSchema } from './schemas/time-zone.js';
export { STANDARD_PHASE_IDS, phaseSchema } from './schemas/phase.js';
export type { Phase, StandardPhaseId } from './schemas/phase.js';
export { WORKSTREAMS, TASK_STATUSES, taskSchema } from './schemas/task.js';
export type { Task, TaskInput, TaskStatus, Workstream } from './schemas/task.js';
export { PLAN_VERSION, DEFAULT_PLATFORM_TIME_ZONE, planSchema, planSourceSchema } from './schemas/plan.js';
export type { Plan, PlanInput, PlanSource } from './schemas/plan.js';
export {
  templateSchema,
  templatePhaseSchema,
  templateTaskSchema,
  relativeTimeSchema,
  publishedCalendarSchema,
  instantiateOptionsSchema,
} from './schemas/template.js';
export type {
  Template,
  TemplateInput,
  TemplatePhase,
  TemplateTask,
  RelativeTime,
  PublishedCalendar,
  PublishedCalendarInput,
  InstantiateOptions,
} from './schemas/template.js';

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
export { anchorDay } from './time/anchor-day.js';

// Plans
export { parsePlan, safeParsePlan } from './plan/parse-plan.js';
export type { ParsePlanResult } from './plan/parse-plan.js';
export { serializePlan } from './plan/serialize-plan.js';
export { checkPlan } from './plan/check-plan.js';
export { findDependencyCycles } from './plan/dependency-cycles.js';
export { taskOccurrences, campaignStart, campaignEnd, phaseAt } from './plan/occurrences.js';

// Templates
export { instantiate, parseTemplate } from './templates/instantiate.js';
export { listTemplates, getTemplate } from './templates/registry.js';
export type { TemplateSummary } from './templates/registry.js';

// Coupons and tiers
export { DEFAULT_CURRENCY, money, parseMoney, toDecimalString, addMoney, subtractMoney, percentOf } from './money/money.js';
export type { Money } from './money/money.js';
export { isCurrency, currencyDigits } from './money/currency.js';
export { formatMoney } from './money/format-money.js';
export type { FormatMoneyOptions } from './money/format-money.js';
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
export { resolveWindow } from './coupons/resolve-window.js';
export type { WindowContext, ResolvedWindow } from './coupons/resolve-window.js';
export { checkLadder } from './coupons/check-ladder.js';
export type { CheckLadderOptions } from './coupons/check-ladder.js';
export { ladderWarnings, DEFAULT_FAR_MULTIPLE } from './coupons/ladder-warnings.js';
export type { LadderWarningOptions } from './coupons/ladder-warnings.js';
export { bestTier, nextTier, tierDiscount } from './coupons/cart.js';
export type { LadderTiers, ReachedTier, NextTier } from './coupons/cart.js';
export { cartMessage } from './coupons/cart-message.js';
export type { CartMessageOptions } from './coupons/cart-message.js';
export { finalPrice, OFFER_STAGES, DEFAULT_FUNDER } from './coupons/final-price.js';
export type { Offer, OfferStage, OrderLine, PriceStep, FinalPrice } from './coupons/final-price.js';
export { resolveDiscountSchedule, discountAt, checkDiscountSchedule } from './coupons/discount-schedule.js';
export type { ResolvedDiscountStep, CheckScheduleOptions } from './coupons/discount-schedule.js';
export { TIER_LABELS, CHANNEL_LABELS, TIER_CHANNELS, channelFitsTier } from './tiers/product-tiers.js';
export { checkEligibility } from './tiers/eligibility.js';
export type { Eligibility, EligibilityOptions, IneligibilityReason } from './tiers/eligibility.js';
export { describeIneligibility } from './tiers/eligibility-message.js';
export { checkLimitedTimeDiscount, LIMITED_TIME_DISCOUNT_LIMITS } from './tiers/limited-time-discount.js';
export type { LimitedTimeDiscountLimits, LimitedTimePromotion } from './tiers/limited-time-discount.js';
export { replenishmentSignal } from './tiers/replenishment.js';
export type { ReplenishmentSignal } from './tiers/replenishment.js';
export { checkPlanOffers } from './plan/offer-checks.js';
export { planWarnings } from './plan/plan-warnings.js';
export type { PlanWarning, PlanWarningOptions } from './plan/plan-warnings.js';

// Labels
export { WORKSTREAM_LABELS, STATUS_LABELS, localize } from './i18n/labels.js';

// Exports
export { toMarkdown } from './export/markdown.js';
export type { MarkdownOptions } from './export/markdown.js';
export type { TaskStatusLookup } from './export/status-lookup.js';
export { toICS } from './export/ics/ics.js';
export type { IcsOptions } from './export/ics/ics.js';
export { toCSV, CSV_COLUMNS, CSV_OCCURRENCE_COLUMNS, CSV_LIST_SEPARATOR } from './export/csv.js';
export type { CsvOptions, CsvColumn } from './export/csv.js';
export { importTasksCSV, safeImportTasksCSV, formatCsvIssue, CsvImportError } from './export/csv-import.js';
export type { CsvIssue, ImportCsvOptions, ImportCsvResult } from './export/csv-import.js';

// Readiness
export { statusEventSchema } from './schemas/status-event.js';
export type { StatusEvent, StatusEventInput } from './schemas/status-event.js';
export { checkStatusEvent, safeParseStatusEvent, parseStatusEvent, appendEvent, serializeStatusEvent } from './readiness/event-log.js';
export type { ParseStatusEventResult } from './readiness/event-log.js';
export { parseEventLog, serializeEventLog } from './readiness/event-log-file.js';
export type { LogIssue, ParseEventLogResult } from './readiness/event-log-file.js';
export { mergeLogs, compareEvents, eventIdentity } from './readiness/merge-logs.js';
export { createStatusState, applyStatus, statusOf, isClosed } from './readiness/status-state.js';
export type { StatusState } from './readiness/status-state.js';
export { indexPlan, statusKey } from './readiness/plan-index.js';
export type { WorkItem, PlanIndex } from './readiness/plan-index.js';
export { itemStatuses } from './readiness/work-status.js';
export type { ItemStatus } from './readiness/work-status.js';
export { readiness, DEFAULT_HORIZON_MS, UNASSIGNED } from './readiness/readiness.js';
export type { Readiness, ReadinessOptions, GroupReadiness, CurrentPhase } from './readiness/readiness.js';
export { nextActions } from './readiness/next-actions.js';
export type { NextAction, NextActionsOptions } from './readiness/next-actions.js';
export { backwardSchedule, DEFAULT_DURATION_MS } from './readiness/schedule.js';
export type { Schedule, ScheduleOptions, TaskSchedule } from './readiness/schedule.js';
export { readinessScore, effectiveWeight, REGISTRATION_TAG, SCORE_PENALTIES } from './readiness/score.js';
export type { ScoreInput } from './readiness/score.js';
export { dualTime, formatDualTime, formatDuration } from './readiness/dual-time.js';
export type { DualTime } from './readiness/dual-time.js';
export { readinessToJSON, itemToJSON } from './readiness/report-json.js';
export type { ReadinessJSON, ItemJSON } from './readiness/report-json.js';
export { formatReadinessText } from './readiness/report-text.js';
export type { TextReportOptions } from './readiness/report-text.js';

// Calendars
export { WEEKDAYS, teamCalendarSchema } from './schemas/team-calendar.js';
export type { TeamCalendar, TeamCalendarInput, Weekday } from './schemas/team-calendar.js';
export {
  parseTeamCalendar,
  isTeamWorkingDay,
  teamHoliday,
  deadlineMustMove,
  addTeamWorkingDays,
  lastTeamWorkingDay,
  weekdayOf,
  dayInZone,
} from './calendars/working-days.js';
export { applyTeamCalendar, stripTeamCalendarNotes, TEAM_MOVED_TAG, TEAM_HOLIDAY_TAG, TEAM_NOTE_PREFIX } from './calendars/team-deadlines.js';
export type { TeamDayAdjustment, TeamCalendarResult } from './calendars/team-deadlines.js';
export { diffPlans } from './calendars/diff-plans.js';
export type { PlanDiff, PlanChange, InstantMove } from './calendars/diff-plans.js';
export { formatPlanDiff, serializePlanDiff } from './calendars/format-diff.js';
export { replan } from './calendars/replan.js';
export type { ReplanOptions, ReplanResult, ImpossibleTask } from './calendars/replan.js';
export { carryEvents } from './calendars/carry-events.js';
export type { CarriedEvents, UnmappedEvent } from './calendars/carry-events.js';
export { followDependencies } from './calendars/follow-dependencies.js';
export type { DependentPush, DependencyConflict, FollowResult } from './calendars/follow-dependencies.js';
export { mergeCarried } from './calendars/merge-carried.js';
export { nextIcsSequence } from './calendars/ics-sequence.js';
export type { IcsSequence } from './calendars/ics-sequence.js';
