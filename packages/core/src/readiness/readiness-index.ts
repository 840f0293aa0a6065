import type { Plan } from '../schemas/plan.js';
import { REGISTRATION_TAG } from './score.js';
import { taskOccurrences } from '../plan/occurrences.js';
import { statusKey } from './plan-index.js';
import { ReadinessModel, type ItemIndex } from './readiness-model.js';
import { ownerOrRole } from './owner-or-role.js';

/** The item index of a plan and the readiness model over it. Internal to the readiness layer. */
export interface ReadinessIndex extends ItemIndex {
  /** The readiness of the last state asked for, brought up to date by what changed since. */
  readonly model: ReadinessModel;
}

const BITS = new Float64Array(1);
const WORDS = new Int32Array(BITS.buffer);

// Two 32-bit multiplicative hashes side by side: 64 bits, so that two different plans sharing an index
// is not a practical concern at any plan count a process sees.
class Hash {
  a = 0x811c9dc5;
  b = 0x01000193;
  /** Mixes in every bit of a double (a weight of 1.0001 differs from 1.0002). */
  num(x: number): void {
    BITS[0] = x;
    const lo = WORDS[0]!;
    const hi = WORDS[1]!;
    this.a = Math.imul(this.a ^ lo, 0x01000193) ^ hi;
    this.b = Math.imul(this.b ^ hi, 0x5bd1e995) ^ lo;
  }
  str(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    this.a = Math.imul(a ^ s.length, 0x01000193);
    this.b = Math.imul(b ^ 0xff, 0x5bd1e995) ^ s.length;
  }
}

/**
 * A fingerprint of everything readiness reads from a plan (ids, groups, deadlines, recurrences,
 * dependencies, weights, statuses, zones and phase dates): equal for two parses of the same file.
 */
export function readinessFingerprint(plan: Plan): string {
  const h = new Hash();
  h.str(plan.platformTimeZone);
  h.str(plan.teamTimeZone ?? '');
  for (const p of plan.phases) {
    h.str(p.id);
    h.num(p.start.getTime());
    h.num(p.end.getTime());
  }
  for (const t of plan.tasks) {
    h.str(t.id);
    h.str(t.phase);
    h.str(t.workstream);
    h.str(t.owner ?? '\u0000');
    h.str(t.role ?? '\u0000');
    h.str(t.status);
    h.str(t.clock ?? '');
    h.num(t.due.getTime());
    h.num(t.weight);
    h.num((t.critical ? 1 : 0) + (t.tags.includes(REGISTRATION_TAG) ? 2 : 0) + t.dependsOn.length * 4);
    for (const d of t.dependsOn) h.str(d);
    if (t.recurrence) h.str(JSON.stringify(t.recurrence));
  }
  return `${plan.tasks.length}:${(h.a >>> 0).toString(36)}:${(h.b >>> 0).toString(36)}`;
}

function slots(names: readonly string[], into: Map<string, number>, base: number, out: Int32Array, order: string[]): void {
  names.forEach((name, t) => {
    let s = into.get(name);
    if (s === undefined) {
      into.set(name, (s = into.size));
      order.push(name);
    }
    out[t] = base + s;
  });
}

function buildIndex(plan: Plan): ReadinessIndex {
  const n = plan.tasks.length;
  const taskStart = new Int32Array(n + 1);
  const keys: string[] = [];
  const occurrence: Array<Date | undefined> = [];
  const due: number[] = [];
  const weights: number[] = [];
  const position = new Map<string, number>();
  plan.tasks.forEach((task, t) => {
    position.set(task.id, t);
    taskStart[t] = keys.length;
    if (!task.recurrence) {
      keys.push(task.id);
      occurrence.push(undefined);
      due.push(task.due.getTime());
      weights.push(task.weight);
      return;
    }
    const dates = taskOccurrences(plan, task);
    for (const d of dates) {
      keys.push(statusKey(task.id, d));
      occurrence.push(d);
      due.push(d.getTime());
      weights.push(task.weight / dates.length);
    }
  });
  taskStart[n] = keys.length;
  const m = keys.length;
  const taskOf = new Int32Array(m);
  const effective = new Float64Array(m);
  const critical = new Uint8Array(n);
  const itemByKey = new Map<string, number>();
  for (let t = 0; t < n; t++) {
    const task = plan.tasks[t]!;
    critical[t] = task.critical ? 1 : 0;
    const factor = 1 + (task.critical ? 1 : 0) + (task.tags.includes(REGISTRATION_TAG) ? 1 : 0);
    for (let i = taskStart[t]!; i < taskStart[t + 1]!; i++) {
      taskOf[i] = t;
      effective[i] = weights[i]! * factor;
      itemByKey.set(keys[i]!, i);
    }
  }
  const dueMs = Float64Array.from(due);
  const byDue = Int32Array.from(keys.keys()).sort((a, b) => dueMs[a]! - dueMs[b]! || a - b);
  const dependencyPositions = plan.tasks.map((task) => task.dependsOn.flatMap((d) => position.get(d) ?? []));
  const dependentPositions: number[][] = plan.tasks.map(() => []);
  dependencyPositions.forEach((deps, t) => deps.forEach((d) => dependentPositions[d]!.push(t)));

  const phaseKeys: string[] = [];
  const phaseMap = new Map<string, number>();
  for (const p of plan.phases) {
    if (phaseMap.has(p.id)) continue;
    phaseMap.set(p.id, phaseMap.size);
    phaseKeys.push(p.id);
  }
  const phaseSlot = new Int32Array(n);
  slots(
    plan.tasks.map((t) => t.phase),
    phaseMap,
    1,
    phaseSlot,
    phaseKeys,
  );
  const workstreamKeys: string[] = [];
  const workstreamSlot = new Int32Array(n);
  slots(
    plan.tasks.map((t) => t.workstream),
    new Map(),
    1 + phaseKeys.length,
    workstreamSlot,
    workstreamKeys,
  );
  const ownerKeys: string[] = [];
  const ownerSlot = new Int32Array(n);
  slots(
    plan.tasks.map((t) => ownerOrRole(t)),
    new Map(),
    1 + phaseKeys.length + workstreamKeys.length,
    ownerSlot,
    ownerKeys,
  );

  const index: ItemIndex = {
    tasks: n,
    taskStart,
    taskOf,
    keys,
    itemByKey,
    occurrence,
    dueMs,
    weight: Float64Array.from(weights),
    effective,
    critical,
    taskIds: plan.tasks.map((t) => t.id),
    dependencyPositions,
    dependentPositions,
    byDue,
    sortedDue: Float64Array.from(byDue, (i) => dueMs[i]!),
    phaseKeys,
    workstreamKeys,
    ownerKeys,
    phaseSlot,
    workstreamSlot,
    ownerSlot,
  };
  return { ...index, model: new ReadinessModel(index) };
}

// The same plan object skips even the fingerprint; a new object with known content finds its index by
// fingerprint. A few fingerprints are kept (a view and its preview), the oldest dropped first.
const byPlan = new WeakMap<Plan, ReadinessIndex>();
const byFingerprint = new Map<string, ReadinessIndex>();
const KEEP = 4;

/**
 * The readiness index of `plan`, shared by every plan object with the same content.
 *
 * @example
 * readinessIndex(parsePlan(json)) === readinessIndex(parsePlan(json)) //=> true
 */
export function readinessIndex(plan: Plan): ReadinessIndex {
  let index = byPlan.get(plan);
  if (index) return index;
  const fp = readinessFingerprint(plan);
  index = byFingerprint.get(fp);
  if (index) byFingerprint.delete(fp);
  else index = buildIndex(plan);
  byFingerprint.set(fp, index);
  if (byFingerprint.size > KEEP) byFingerprint.delete(byFingerprint.keys().next().value!);
  byPlan.set(plan, index);
  return index;
}
