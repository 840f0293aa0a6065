/** A path into a plan or template: keys and array indexes, e.g. `['tasks', 3, 'due']`. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * Every issue code the library reports, with what it means. The union {@link IssueCode} is closed, so a
 * consumer can switch on `issue.code` exhaustively; messages live apart from the codes (in `issue.message`).
 * Every issue carries its `path` and `message`; CSV issues add `line` and `column`, log issues `line`.
 * (Internal: the type is derived from it; the descriptions are the documentation.)
 *
 * @example
 * if (issue.code === 'due_outside_campaign') highlight(issue.path);
 */
export const ISSUE_CODES = {
  invalid_shape: 'the input does not have the expected shape (a wrong type, a missing or unknown field)',
  invalid_json: 'a file or a log line is not valid JSON',
  duplicate_id: 'an id is used twice in the same list',
  unknown_phase: 'a phase id that the plan or template does not have',
  unknown_dependency: 'a dependency on a task id that does not exist',
  self_dependency: 'a task that depends on itself',
  dependency_cycle: 'tasks that depend on each other in a circle',
  phase_not_contiguous: 'phases that leave a gap or overlap (they must tile the campaign)',
  phase_empty: 'a phase that ends at or before its start',
  due_outside_campaign: 'a deadline outside the campaign',
  due_before_start: "a deadline before the task's start",
  invalid_time: 'a wall time or instant that cannot be read or is out of range',
  invalid_rrule: 'a recurrence rule that breaks RFC 5545 or is finer than the finest frequency allowed',
  empty_recurrence: "a recurrence rule that yields no occurrence from the task's due time",
  recurrence_outside_campaign: 'a recurrence rule with no occurrence in the campaign',
  too_many_occurrences: 'a recurrence rule with more occurrences in the campaign than allowed',
  invalid_calendar: 'a published or team calendar that contradicts itself or the template',
  invalid_anchor: 'a template anchor that matches no day in the year',
  missing_source: 'a plan that does not say which template and year it came from',
  unknown_template: 'a template id that is not built in',
  no_plan: 'an operation that needs a plan where there is none',
  unknown_task: 'a task id that the plan does not have',
  unexpected_occurrence: 'an occurrence given for a task that does not repeat',
  missing_occurrence: 'no occurrence given for a task that repeats',
  unknown_occurrence: 'an occurrence the rule never yields',
  occurrence_status_in_log: 'a status of one occurrence, which a plan cannot hold (it lives in the log)',
  task_has_dependents: 'removing a task that others depend on',
  invalid_csv: 'a CSV file that cannot be read or imported',
  empty_import: 'an import that would empty the plan',
  threshold_at_or_below_unit_price: 'a coupon threshold at or below the typical unit price',
  threshold_far_above_unit_price: 'a coupon threshold far above the typical unit price',
  thresholds_not_increasing: 'coupon thresholds that do not grow from tier to tier',
  discounts_not_increasing: 'coupon discounts that do not grow from tier to tier',
  discount_not_below_threshold: 'a discount as large as its threshold',
  discount_not_whole: 'a discount that is not a whole amount',
  discount_too_small: 'a discount below what the platform requires',
  deeper_tier_worse_rate: 'a deeper tier that gives a worse rate than the one before',
  percent_out_of_range: 'a percentage outside its allowed range',
  rate_above_margin: "a discount rate above the plan's gross margin",
  quantity_not_positive: 'a coupon quantity of zero or less',
  use_before_claim: 'a coupon usable before it can be claimed',
  invalid_window: 'an offer window that cannot be resolved',
  window_outside_campaign: 'an offer window outside the campaign',
  steps_overlap: 'discount schedule steps that overlap',
  start_too_soon: 'a promotion starting sooner than the platform allows',
  promotion_too_long: 'a promotion longer than the platform allows',
  too_many_products: 'more products in a promotion than the platform allows',
  unknown_product: 'a product id that the plan does not have',
  price_above_threshold: "an activity price above the activity's threshold price",
  stock_short: 'less stock than the activity requires',
  not_below_lowest_price: 'an activity price not below the lowest price of the period',
  price_history_missing: 'no price history to check a lowest-price rule against',
  channel_not_for_tier: 'a product registered in a channel its tier does not go to',
  replenish_stock: 'more than half of the registered stock sold: replenish',
  not_eligible_discount_too_small: 'cannot register: the discount is below what the activity requires',
  not_eligible_price_above_threshold: "cannot register: the activity price is above the activity's threshold price",
  not_eligible_stock_short: 'cannot register: less stock than the activity requires',
  not_eligible_not_below_lowest_price: 'cannot register: the price is not below the lowest price of the period',
  not_eligible_price_history_missing: 'cannot register: no price history to check the lowest-price rule',
  impossible_order: 'a dependency order that cannot fit before the deadline',
  chain_does_not_fit: 'a chain of dependent tasks longer than the time before its last deadline',
  invalid_metric_value: 'a value of the wrong kind for its metric',
  target_behind_pace: 'a target below its pace line',
  budget_overspent: 'a budget line spent beyond its amount',
  budget_projected_over: 'a budget line that will run out at its burn rate',
  coupon_cost_over_budget: 'coupons estimated to cost more than the coupon budget',
  coupon_cost_over_margin: 'a coupon giving away more than the gross margin',
  due_in_other_peak: "a task due inside another campaign's peak",
  registration_during_other_campaign: "a registration closing during another campaign's warm-up or peak",
  owner_overloaded: 'one owner or role with too many tasks due on one day',
  stock_double_registered: 'stock registered for two overlapping activities beyond what is in stock',
} as const;

/** A code of a problem found in input (see {@link ISSUE_CODES}). */
export type IssueCode = keyof typeof ISSUE_CODES;

/** One problem found in input, with where it is and what was expected. */
export interface Issue {
  /** A stable machine-readable code. */
  readonly code: IssueCode;
  /** Where the problem is, as keys and indexes. */
  readonly path: IssuePath;
  /** A sentence saying what was expected. */
  readonly message: string;
}

/**
 * Formats a path the way a person reads it: `tasks[3].due`, `phases[0].label.zh-CN`.
 *
 * @example
 * formatPath(['tasks', 3, 'due']) //=> 'tasks[3].due'
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}
