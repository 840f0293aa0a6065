import type { LocalizedText } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';
import { taskOccurrences } from '../plan/occurrences.js';
import { formatInZone } from '../time/wall-time.js';

/** An instant that moved, shown in both zones of the plan (`yyyy-MM-dd HH:mm`). */
export interface InstantMove {
  readonly before: Date;
  readonly after: Date;
  /** `after - before` in minutes: negative when it moved earlier. */
  readonly minutes: number;
  readonly platform: { readonly before: string; readonly after: string };
  readonly team: { readonly before: string; readonly after: string };
}

/** One difference between two plans. */
export type PlanChange =
  | { readonly kind: 'phase-added'; readonly id: string; readonly start: Date; readonly end: Date }
  | { readonly kind: 'phase-removed'; readonly id: string; readonly start: Date; readonly end: Date }
  | { readonly kind: 'phase-moved'; readonly id: string; readonly start?: InstantMove; readonly end?: InstantMove }
  | { readonly kind: 'phase-retitled'; readonly id: string; readonly before: LocalizedText; readonly after: LocalizedText }
  | { readonly kind: 'task-added'; readonly id: string; readonly critical: boolean; readonly due: Date }
  | { readonly kind: 'task-removed'; readonly id: string; readonly critical: boolean; readonly due: Date }
  | {
      readonly kind: 'task-moved';
      readonly id: string;
      readonly critical: boolean;
      /** A critical deadline that is now earlier: the change that makes a team miss a deadline. */
      readonly criticalEarlier: boolean;
      readonly due?: InstantMove;
      readonly start?: InstantMove;
      readonly phase?: { readonly before: string; readonly after: string };
      readonly recurrence?: { readonly before?: string; readonly after?: string };
      /** Occurrences of a recurring task gained and lost. */
      readonly occurrences?: { readonly added: readonly Date[]; readonly removed: readonly Date[] };
    }
  | { readonly kind: 'task-retitled'; readonly id: string; readonly before: LocalizedText; readonly after: LocalizedText };

/** The result of {@link diffPlans}. */
export interface PlanDiff {
  /** The zones every `InstantMove` is shown in (the `after` plan's). */
  readonly platformTimeZone: string;
  readonly teamTimeZone: string;
  /** Critical deadlines moved earlier first (soonest new deadline first), then phases, then tasks in plan order. */
  readonly changes: readonly PlanChange[];
}

type Zones = Pick<PlanDiff, 'platformTimeZone' | 'teamTimeZone'>;

function move(before: Date, after: Date, zones: Zones): InstantMove | undefined {
  if (before.getTime() === after.getTime()) return undefined;
  const both = (z: string) => ({ before: formatInZone(before, z), after: formatInZone(after, z) });
  return {
    before,
    after,
    minutes: Math.round((after.getTime() - before.getTime()) / 60_000),
    platform: both(zones.platformTimeZone),
    team: both(zones.teamTimeZone),
  };
}

const sameText = (a: LocalizedText, b: LocalizedText) => a.en === b.en && a['zh-CN'] === b['zh-CN'];

function occurrenceChange(before: Plan, after: Plan, a: Task, b: Task) {
  if (!a.recurrence && !b.recurrence) return undefined;
  const keys = (plan: Plan, t: Task) => new Map(taskOccurrences(plan, t).map((d) => [d.getTime(), d] as const));
  const was = keys(before, a);
  const now = keys(after, b);
  const added = [...now].filter(([k]) => !was.has(k)).map(([, d]) => d);
  const removed = [...was].filter(([k]) => !now.has(k)).map(([, d]) => d);
  return added.length || removed.length ? { added, removed } : undefined;
}

function taskMove(before: Plan, after: Plan, a: Task, b: Task, zones: Zones): PlanChange | undefined {
  const due = move(a.due, b.due, zones);
  const start = a.start && b.start ? move(a.start, b.start, zones) : undefined;
  // A start that appears or disappears is a change too; show it against the due.
  const startChanged = start ?? (a.start || b.start ? move(a.start ?? a.due, b.start ?? b.due, zones) : undefined);
  const occurrences = occurrenceChange(before, after, a, b);
  const phase = a.phase !== b.phase ? { before: a.phase, after: b.phase } : undefined;
  const recurrence =
    a.recurrence !== b.recurrence ? { ...(a.recurrence ? { before: a.recurrence } : {}), ...(b.recurrence ? { after: b.recurrence } : {}) } : undefined;
  if (!due && !startChanged && !occurrences && !phase && !recurrence) return undefined;
  return {
    kind: 'task-moved',
    id: b.id,
    critical: b.critical,
    criticalEarlier: b.critical && b.due.getTime() < a.due.getTime(),
    ...(due ? { due } : {}),
    ...(startChanged ? { start: startChanged } : {}),
    ...(phase ? { phase } : {}),
    ...(recurrence ? { recurrence } : {}),
    ...(occurrences ? { occurrences } : {}),
  };
}

function phaseChanges(before: Plan, after: Plan, zones: Zones): PlanChange[] {
  const old = new Map(before.phases.map((p) => [p.id, p] as const));
  const ids = new Set(after.phases.map((p) => p.id));
  const out: PlanChange[] = before.phases.filter((p) => !ids.has(p.id)).map((p) => ({ kind: 'phase-removed', id: p.id, start: p.start, end: p.end }));
  for (const p of after.phases) {
    const q = old.get(p.id);
    if (!q) {
      out.push({ kind: 'phase-added', id: p.id, start: p.start, end: p.end });
      continue;
    }
    const start = move(q.start, p.start, zones);
    const end = move(q.end, p.end, zones);
    if (start || end) out.push({ kind: 'phase-moved', id: p.id, ...(start ? { start } : {}), ...(end ? { end } : {}) });
    if (!sameText(q.label, p.label)) out.push({ kind: 'phase-retitled', id: p.id, before: q.label, after: p.label });
  }
  return out;
}

/**
 * What changed from one plan to the next: phases and tasks added, removed, moved (old and new instants,
 * each shown in the platform zone and the team zone) and retitled, matched by id. Critical deadlines that
 * moved earlier come first, soonest first: they are the changes that make a team miss a deadline.
 * Recurring tasks also list the occurrences they gained or lost (a two-day sale becoming three days).
 *
 * @example
 * const diff = diffPlans(plan2020Shape, plan2021Calendar);
 * diff.changes.filter((c) => c.kind === 'phase-moved').map((c) => c.id) //=> ['build-up', 'warm-up', 'peak', 'review']
 */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const zones: Zones = { platformTimeZone: after.platformTimeZone, teamTimeZone: after.teamTimeZone };
  const old = new Map(before.tasks.map((t) => [t.id, t] as const));
  const ids = new Set(after.tasks.map((t) => t.id));
  const tasks: PlanChange[] = [];
  for (const t of after.tasks) {
    const o = old.get(t.id);
    if (!o) {
      tasks.push({ kind: 'task-added', id: t.id, critical: t.critical, due: t.due });
      continue;
    }
    const moved = taskMove(before, after, o, t, zones);
    if (moved) tasks.push(moved);
    if (!sameText(o.title, t.title)) tasks.push({ kind: 'task-retitled', id: t.id, before: o.title, after: t.title });
  }
  for (const t of before.tasks) if (!ids.has(t.id)) tasks.push({ kind: 'task-removed', id: t.id, critical: t.critical, due: t.due });

  const isEarlier = (c: PlanChange) => c.kind === 'task-moved' && c.criticalEarlier;
  const earlier = tasks.filter(isEarlier).sort((x, y) => newDue(x) - newDue(y));
  return { ...zones, changes: [...earlier, ...phaseChanges(before, after, zones), ...tasks.filter((c) => !isEarlier(c))] };
}

function newDue(change: PlanChange): number {
  return change.kind === 'task-moved' && change.due ? change.due.after.getTime() : 0;
}
