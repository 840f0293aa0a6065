import * as Y from 'yjs';
import { formatPath, type Issue, type Plan } from '@campaign-planner/core';
import { campaignTypes, readBasePlan, writeBasePlan } from './campaign-doc.js';
import type { Json, LogModel, ParseEntryResult } from './log-model.js';

/** Thrown by {@link CampaignBinding.append} when an event is invalid; nothing was appended. */
export class RoomEventError extends Error {
  override name = 'RoomEventError';
  /** Every problem, paths starting with the event's index in the appended list. */
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; '));
    this.issues = issues;
  }
}

/** A log entry the binding could not read (written by another model, or before a plan arrived). */
export interface UnreadableEntry {
  readonly index: number;
  readonly issues: readonly Issue[];
}

/**
 * A campaign in a Y.Doc, read through a {@link LogModel}: the base plan, the events, and the fold. No
 * network: a provider (WebSocket, IndexedDB) moves the doc; this reads and appends. Reads are cached and
 * recomputed only after the doc changed, so a burst of appends costs one fold when somebody looks.
 *
 * @example
 * const campaign = new CampaignBinding(doc, statusLogModel);
 * campaign.append([{ taskId: 'register', status: 'done', at: new Date(), by: 'li' }]);
 * campaign.state // the StatusState after every event
 */
export class CampaignBinding<E, S> {
  private readonly parsed = new WeakMap<object, ParseEntryResult<E>>();
  private cache: { plan: Plan; events: E[]; unreadable: UnreadableEntry[]; folded?: { plan: Plan; state: S } } | undefined;
  private readonly listeners = new Set<(added: readonly E[]) => void>();
  private readonly onLog = (event: Y.YArrayEvent<Json>) => {
    this.cache = undefined;
    const base = this.basePlanOrUndefined();
    const added: E[] = [];
    if (base)
      for (const op of event.changes.delta)
        for (const entry of (op.insert as unknown[] | undefined) ?? []) {
          const r = this.parse(base, entry);
          if (r.success) added.push(r.event);
        }
    for (const listener of this.listeners) listener(added);
  };
  private readonly onCampaign = () => {
    this.cache = undefined;
    for (const listener of this.listeners) listener([]);
  };

  constructor(
    /** The document holding the campaign. */
    readonly doc: Y.Doc,
    /** What the log holds and how it folds. */
    readonly model: LogModel<E, S>,
  ) {
    const { campaign, log } = campaignTypes(doc);
    log.observe(this.onLog);
    campaign.observe(this.onCampaign);
  }

  /** True once the doc holds a base plan. */
  get hasPlan(): boolean {
    return this.basePlanOrUndefined() !== undefined;
  }

  /** The base plan as pushed into the room. Throws before a plan arrived. */
  get basePlan(): Plan {
    return this.read().plan;
  }

  /** The valid events, in the log's order (the same on every replica once synced). */
  get events(): readonly E[] {
    return this.read().events;
  }

  /** Entries that are not valid events of the base plan (the server refuses them, so normally none). */
  get unreadable(): readonly UnreadableEntry[] {
    return this.read().unreadable;
  }

  /** The current plan: the model's fold of the base plan and the events. */
  get plan(): Plan {
    return this.folded().plan;
  }

  /** The current state: the model's fold of the base plan and the events. */
  get state(): S {
    return this.folded().state;
  }

  /** Puts the base plan into an empty doc. Throws if the doc already has one. */
  setBasePlan(plan: Plan): void {
    writeBasePlan(this.doc, plan, this.model.name);
  }

  /**
   * Validates every event against the base plan, then appends them all in one transaction; if one is
   * invalid nothing is appended and a {@link RoomEventError} lists every problem. Returns the parsed events.
   *
   * @example
   * campaign.append([{ taskId: 'nope', status: 'done', at: new Date(), by: 'li' }])
   * // throws RoomEventError: [0].taskId: unknown task "nope"
   */
  append(inputs: readonly unknown[]): E[] {
    // The plan alone, not this.read(): rebuilding the event list on every append would make a burst quadratic.
    const plan = this.basePlanOrUndefined() ?? this.basePlan;
    const events: E[] = [];
    const issues: Issue[] = [];
    const current = this.model.admit ? this.plan : plan;
    const at = (i: number, list: readonly Issue[]) => list.map((x) => ({ ...x, path: [i, ...x.path] }));
    inputs.forEach((input, i) => {
      // Through the model's JSON form first: what is checked is exactly what is stored and what others read.
      const shape = this.model.parse(plan, input);
      if (!shape.success) return void issues.push(...at(i, shape.issues));
      const r = this.model.parse(plan, this.model.serialize(shape.event));
      if (!r.success) return void issues.push(...at(i, r.issues));
      const refused = this.model.admit?.(current, r.event) ?? [];
      if (refused.length > 0) issues.push(...at(i, refused));
      else events.push(r.event);
    });
    if (issues.length > 0) throw new RoomEventError(issues);
    const entries = events.map((e) => this.model.serialize(e));
    campaignTypes(this.doc).log.push(entries);
    return events;
  }

  /** Calls `listener` after every change (with the valid events it added, maybe none). Returns an unsubscribe. */
  subscribe(listener: (added: readonly E[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops observing the doc (the doc itself is left as it is). */
  destroy(): void {
    const { campaign, log } = campaignTypes(this.doc);
    log.unobserve(this.onLog);
    campaign.unobserve(this.onCampaign);
    this.listeners.clear();
  }

  private basePlanOrUndefined(): Plan | undefined {
    const r = readBasePlan(this.doc);
    return r.status === 'ok' ? r.plan : undefined;
  }

  private parse(plan: Plan, entry: unknown): ParseEntryResult<E> {
    if (typeof entry !== 'object' || entry === null) return this.model.parse(plan, entry);
    let r = this.parsed.get(entry);
    if (!r) this.parsed.set(entry, (r = this.model.parse(plan, entry)));
    return r;
  }

  private read() {
    if (this.cache) return this.cache;
    const r = readBasePlan(this.doc);
    if (r.status === 'empty') throw new Error('the room has no plan yet: push one with "campaign-planner push"');
    if (r.status === 'invalid') throw new RoomEventError(r.issues);
    const events: E[] = [];
    const unreadable: UnreadableEntry[] = [];
    campaignTypes(this.doc).log.forEach((entry, index) => {
      const p = this.parse(r.plan, entry);
      if (p.success) events.push(p.event);
      else unreadable.push({ index, issues: p.issues });
    });
    return (this.cache = { plan: r.plan, events, unreadable });
  }

  private folded() {
    const c = this.read();
    return (c.folded ??= this.model.fold(c.plan, c.events));
  }
}
