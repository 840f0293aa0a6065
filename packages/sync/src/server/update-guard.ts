// Checks a Yjs update before the room applies it. A Yjs update cannot be undone once applied, so each room
// keeps a shadow copy of its document: the update is applied to the shadow first, the shadow's own change
// events say exactly what it would do to the room, and only a harmless update reaches the room. A refused
// update leaves the shadow dirty, so the shadow is rebuilt from the room (rare: only hostile or broken
// clients send one).
import * as Y from 'yjs';
import { formatPath, type Issue, type Plan } from '@campaign-planner/core';
import { campaignTypes, readBasePlan } from '../campaign-doc.js';
import type { LogModel } from '../log-model.js';
import type { SyncLimits } from './limits.js';

const invalid = (issues: readonly Issue[]) => {
  const i = issues[0]!;
  return `invalid event: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`;
};

/** What {@link UpdateGuard.check} decided: accepted with the number of log entries it adds, or why not. */
export type GuardVerdict = { ok: true; added: number; createsRoom: boolean; changed: boolean } | { ok: false; reason: string };

interface Found {
  changed: boolean;
  added: unknown[];
  problem: string | undefined;
}

const isPlainObject = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Y.AbstractType) && !(v instanceof Uint8Array);

/** Guards one room: validates updates against the room's plan and the log model's rules. */
export class UpdateGuard {
  private shadow: Y.Doc;
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.shadow, update, 'room');

  /**
   * @param room - the room's live document; the guard follows every update it gets (clients, Redis).
   * @param model - the log model whose `parse` each new entry must pass.
   * @param limits - `maxRoomEvents` and `maxPlanBytes` apply here.
   */
  constructor(
    private readonly room: Y.Doc,
    private readonly model: LogModel<unknown, unknown>,
    private readonly limits: Pick<SyncLimits, 'maxRoomEvents' | 'maxPlanBytes'>,
  ) {
    this.shadow = this.copy();
    room.on('update', this.follow);
  }

  /**
   * Decides whether `update` may be applied to the room. Refused: a change to the plan once set, a log
   * entry removed, an entry that is not a valid event of the room's plan, anything outside the two root
   * types, an update that does not decode or depends on changes the room lacks, a room over its limits.
   *
   * @example
   * const v = guard.check(update); if (!v.ok) refuse(v.reason);
   */
  check(update: Uint8Array): GuardVerdict {
    const verdict = this.inspect(update);
    if (!verdict.ok) this.reset();
    return verdict;
  }

  /** Drops what was checked but not applied (for example an update refused later for its rate). */
  reset(): void {
    this.shadow.destroy();
    this.shadow = this.copy();
  }

  /** Stops following the room. */
  destroy(): void {
    this.room.off('update', this.follow);
    this.shadow.destroy();
  }

  private copy(): Y.Doc {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.room));
    return doc;
  }

  private inspect(update: Uint8Array): GuardVerdict {
    const shadow = this.shadow;
    const { campaign, log } = campaignTypes(shadow);
    // Root types as the transaction's maps key them.
    type AnyType = Parameters<Y.Transaction['changedParentTypes']['get']>[0];
    const campaignType = campaign as unknown as AnyType;
    const logType = log as unknown as AnyType;
    const hadPlan = campaign.has('plan');
    const pendingBefore = shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null;
    const found: Found = { changed: false, added: [], problem: undefined };
    const onTransaction = (tr: Y.Transaction) => {
      found.changed ||= tr.changed.size > 0 || tr.deleteSet.clients.size > 0;
      for (const type of tr.changed.keys()) if (type !== campaignType && type !== logType) found.problem ??= 'only the plan and the log may be written';
      for (const event of tr.changedParentTypes.get(logType) ?? [])
        for (const op of event.changes.delta) {
          if (op.delete) found.problem ??= 'the log is append-only: entries cannot be removed';
          if (op.insert) found.added.push(...(op.insert as unknown[]));
        }
      for (const event of tr.changedParentTypes.get(campaignType) ?? [])
        for (const [key, change] of (event as Y.YMapEvent<unknown>).changes.keys) {
          if (key !== 'plan' && key !== 'model') found.problem ??= `unknown campaign field "${key}"`;
          else if (change.action !== 'add' || (key === 'plan' && hadPlan)) found.problem ??= `the room's ${key} cannot change once set`;
        }
    };
    shadow.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(shadow, update, 'guard');
    } catch (e) {
      return { ok: false, reason: `not a valid Yjs update (${(e as Error).message})` };
    } finally {
      shadow.off('afterTransaction', onTransaction);
    }
    if (found.problem) return { ok: false, reason: found.problem };
    if (!pendingBefore && (shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null))
      return { ok: false, reason: 'the update depends on changes the server does not have' };
    const verdict = this.checkContent(found.added, hadPlan);
    return verdict.ok ? { ...verdict, changed: found.changed } : verdict;
  }

  private checkContent(added: readonly unknown[], hadPlan: boolean): { ok: true; added: number; createsRoom: boolean } | { ok: false; reason: string } {
    const { campaign, log } = campaignTypes(this.shadow);
    const model = campaign.get('model');
    if (model !== undefined && model !== this.model.name) return { ok: false, reason: `this server keeps "${this.model.name}" logs, not "${String(model)}"` };
    const planText = campaign.get('plan');
    if (typeof planText === 'string' && planText.length > this.limits.maxPlanBytes)
      return { ok: false, reason: `the plan is ${planText.length} bytes, over the limit of ${this.limits.maxPlanBytes}` };
    const createsRoom = !hadPlan && typeof planText === 'string';
    if (added.length === 0 && planText === undefined) return { ok: true, added: 0, createsRoom };
    const plan = readBasePlan(this.shadow);
    if (plan.status === 'empty') return { ok: false, reason: 'the room has no plan yet: push one before adding events' };
    if (plan.status === 'invalid') {
      const i = plan.issues[0]!;
      return { ok: false, reason: `invalid plan: ${formatPath(i.path)}: ${i.message}` };
    }
    if (log.length > this.limits.maxRoomEvents)
      return { ok: false, reason: `the room is full: ${log.length} events, over the limit of ${this.limits.maxRoomEvents}` };
    const events: unknown[] = [];
    for (const entry of added) {
      if (!isPlainObject(entry)) return { ok: false, reason: 'a log entry must be a plain JSON object' };
      const r = this.model.parse(plan.plan, entry);
      if (!r.success) return { ok: false, reason: invalid(r.issues) };
      events.push(r.event);
    }
    if (this.model.admit && events.length > 0) {
      const current = this.currentPlan(plan.plan, new Set(added));
      for (const event of events) {
        const issues = this.model.admit(current, event);
        if (issues.length > 0) return { ok: false, reason: invalid(issues) };
      }
    }
    return { ok: true, added: added.length, createsRoom };
  }

  // The plan after the log's edits, without the entries being checked: what a new event must apply to.
  // A refold per update; fine at a team's pace (a few events a second over some thousands).
  private currentPlan(base: Plan, excluded: ReadonlySet<unknown>): Plan {
    const prior: unknown[] = [];
    campaignTypes(this.shadow).log.forEach((entry) => {
      if (excluded.has(entry)) return;
      const r = this.model.parse(base, entry);
      if (r.success) prior.push(r.event);
    });
    return this.model.fold(base, prior).plan;
  }
}
