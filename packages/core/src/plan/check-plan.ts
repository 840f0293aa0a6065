import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { formatISOInZone, resolveWallTime } from '../time/wall-time.js';
import { utcStampInstant } from '../time/stamp.js';
import { expandWithin, MAX_OCCURRENCES, recurrenceProblem } from '../time/recurrence.js';
import { parseRuleText } from '../time/rrule-text.js';
import { findDependencyCycles } from './dependency-cycles.js';
import { campaignEnd, campaignStart, clockZone } from './occurrences.js';
import { checkPlanOffers } from './offer-checks.js';
import { targetIssues } from './target-checks.js';

function checkIds(items: ReadonlyArray<{ id: string }>, key: 'phases' | 'tasks', issues: Issue[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else issues.push({ code: 'duplicate_id', path: [key, i, 'id'], message: `duplicate id "${item.id}" (first used at ${key}[${seen}])` });
  });
}

function checkPhases(plan: Plan, issues: Issue[]): void {
  const z = plan.platformTimeZone;
  plan.phases.forEach((phase, i) => {
    if (phase.end.getTime() <= phase.start.getTime())
      issues.push({ code: 'phase_empty', path: ['phases', i, 'end'], message: `expected end after start (${formatISOInZone(phase.start, z)})` });
    const next = plan.phases[i + 1];
    if (next && next.start.getTime() !== phase.end.getTime())
      issues.push({
        code: 'phase_not_contiguous',
        path: ['phases', i + 1, 'start'],
        message: `expected ${formatISOInZone(phase.end, z)}, the end of phase "${phase.id}": phases must follow each other without gap or overlap`,
      });
  });
}

function checkTasks(plan: Plan, issues: Issue[]): void {
  const phaseIds = new Set(plan.phases.map((p) => p.id));
  const taskIds = new Set(plan.tasks.map((t) => t.id));
  const start = campaignStart(plan);
  const end = campaignEnd(plan);
  const z = plan.platformTimeZone;
  const range = `${formatISOInZone(start, z)} .. ${formatISOInZone(end, z)}`;

  plan.tasks.forEach((task, i) => {
    if (!phaseIds.has(task.phase))
      issues.push({
        code: 'unknown_phase',
        path: ['tasks', i, 'phase'],
        message: `unknown phase "${task.phase}", expected one of ${[...phaseIds].join(', ')}`,
      });
    task.dependsOn.forEach((dep, j) => {
      if (dep === task.id) issues.push({ code: 'self_dependency', path: ['tasks', i, 'dependsOn', j], message: 'a task cannot depend on itself' });
      else if (!taskIds.has(dep)) issues.push({ code: 'unknown_dependency', path: ['tasks', i, 'dependsOn', j], message: `unknown task "${dep}"` });
    });
    // The campaign's closing instant is a valid deadline ("by the end of the review").
    if (task.due < start || task.due > end)
      issues.push({ code: 'due_outside_campaign', path: ['tasks', i, 'due'], message: `due ${formatISOInZone(task.due, z)} is outside the campaign ${range}` });
    if (task.start && task.start > task.due)
      issues.push({
        code: 'due_before_start',
        path: ['tasks', i, 'due'],
        message: `due ${formatISOInZone(task.due, z)} is before the task's start ${formatISOInZone(task.start, z)}`,
      });
    if (task.recurrence !== undefined) checkRecurrence(plan, i, end, issues);
  });

  const edges = new Map(plan.tasks.map((t) => [t.id, t.dependsOn.filter((d) => d !== t.id)] as const));
  for (const cycle of findDependencyCycles(edges)) {
    const index = plan.tasks.findIndex((t) => t.id === cycle[0]);
    issues.push({ code: 'dependency_cycle', path: ['tasks', index, 'dependsOn'], message: `dependency cycle: ${cycle.join(' -> ')}` });
  }
}

/** Whether the rule's own UNTIL comes before `end` (an UNTIL without Z is a wall time in `zone`). */
function untilBefore(rule: string, end: Date, zone: string): boolean {
  const parsed = parseRuleText(rule);
  const until = parsed.ok ? parsed.rule.until : undefined;
  if (!until) return false;
  return (until.utc ? utcStampInstant(until) : resolveWallTime(until.wall, zone)) < end;
}

function checkRecurrence(plan: Plan, i: number, end: Date, issues: Issue[]): void {
  const task = plan.tasks[i]!;
  const rule = task.recurrence!;
  const path = ['tasks', i, 'recurrence'];
  // A team-clock task repeats at the team's wall time, so its series is read in the team's zone.
  const z = clockZone(plan, task);
  const problem = recurrenceProblem(rule, z);
  if (problem) {
    issues.push({ code: 'invalid_rrule', path, message: problem });
    return;
  }
  // Only the campaign is expanded (bounded work whatever the rule); one more than the cap shows a cut.
  const { dates } = expandWithin(rule, task.due, z, end, MAX_OCCURRENCES + 1);
  const from = `from the task's due time ${formatISOInZone(task.due, z)} to the campaign's end ${formatISOInZone(end, z)}`;
  if (dates.length > MAX_OCCURRENCES)
    issues.push({
      code: 'too_many_occurrences',
      path,
      message: `the rule "${rule}" yields more than ${MAX_OCCURRENCES} occurrences ${from}: use a coarser FREQ, a larger INTERVAL or an UNTIL`,
    });
  else if (dates.length === 0) {
    const endsBefore = untilBefore(rule, end, z);
    issues.push({
      code: endsBefore ? 'empty_recurrence' : 'recurrence_outside_campaign',
      path,
      message: `the rule "${rule}" yields no occurrence in the campaign (${from})${endsBefore ? ': its UNTIL comes first' : ''}`,
    });
  }
}

/**
 * Rules beyond shape: unique ids, phases that tile the campaign, known phases and dependencies,
 * no dependency cycle, deadlines inside the campaign and after their start, usable recurrence rules.
 * Offers too: coupon ladders, discount schedules and products (see `checkPlanOffers`).
 * Returns every problem found (empty when the plan is sound).
 */
export function checkPlan(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  checkIds(plan.phases, 'phases', issues);
  checkIds(plan.tasks, 'tasks', issues);
  checkPhases(plan, issues);
  checkTasks(plan, issues);
  issues.push(...checkPlanOffers(plan));
  issues.push(...targetIssues(plan));
  return issues;
}
