// Small builders that keep the built-in templates readable as data. They only return plain objects
// that the template schema validates like any user's JSON; nothing here computes a date.
import type { LocalizedText } from '../../schemas/common.js';
import type { TemplateInput } from '../../schemas/template.js';

/** A task of a template as written in code or JSON. */
export type TemplateTaskInput = TemplateInput['tasks'][number];
/** A relative due time as written in code or JSON. */
export type RelativeTimeInput = TemplateTaskInput['due'];
/** A phase of a template as written in code or JSON. */
export type TemplatePhaseInput = TemplateInput['phases'][number];

/**
 * A title in English and Simplified Chinese.
 *
 * @example
 * title('Sprint kickoff', '冲刺动员') //=> { en: 'Sprint kickoff', 'zh-CN': '冲刺动员' }
 */
export function title(en: string, zh: string): LocalizedText {
  return { en, 'zh-CN': zh };
}

/**
 * `days` after the first day of a phase (the task's own phase unless `phase` is given), at `time` platform time.
 *
 * @example
 * fromStart(20) //=> { from: 'phase-start', days: 20, time: '23:59' } (day 21 of the phase, 23:59)
 */
export function fromStart(days: number, time = '23:59', phase?: string): RelativeTimeInput {
  return phase ? { from: 'phase-start', phase, days, time } : { from: 'phase-start', days, time };
}

/**
 * `days` from the end of a phase (the day after its last day), so `fromEnd(-1)` is its last day.
 *
 * @example
 * fromEnd(-1, '18:00') //=> { from: 'phase-end', days: -1, time: '18:00' } (last day of the phase, 18:00)
 */
export function fromEnd(days: number, time = '23:59', phase?: string): RelativeTimeInput {
  return phase ? { from: 'phase-end', phase, days, time } : { from: 'phase-end', days, time };
}

/**
 * `days` from the anchor day (the sale day), for deadlines platforms publish relative to the sale.
 *
 * @example
 * fromAnchor(-37) //=> { from: 'anchor', days: -37, time: '23:59' } (Oct 21 when Black Friday is Nov 27)
 */
export function fromAnchor(days: number, time = '23:59'): RelativeTimeInput {
  return { from: 'anchor', days, time };
}

/**
 * The daily repetition of a monitoring task, bounded by its phase.
 *
 * @example
 * { id: 'peak-daily-data-check', due: fromStart(0, '09:00'), recurrence: DAILY, ... } // 09:00 PT every sale day
 */
export const DAILY = { rule: 'FREQ=DAILY' } as const;
/**
 * The weekly repetition of a check-in, bounded by its phase.
 *
 * @example
 * { id: 'monitor-build-up-data', due: fromStart(6, '18:00'), recurrence: WEEKLY, ... } // every 7 days from day 7
 */
export const WEEKLY = { rule: 'FREQ=WEEKLY' } as const;
/**
 * A check on each working day (Monday to Friday of its clock's zone), bounded by its phase: internal
 * monitoring outside the sale days, when the team is not on standby.
 *
 * @example
 * { id: 'warm-up-daily-cart-check', due: teamStart(0, '10:00'), recurrence: WORKDAYS, ... }
 */
export const WORKDAYS = { rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' } as const;

/**
 * A copy of the task `id` from `source` with `changes` applied: lets a template reuse another's wording
 * (titles, workstream, tags) while giving its own timing and dependencies. Whole fields are replaced.
 *
 * @throws RangeError when `source` has no task `id` (a typo in a built-in template).
 * @example
 * reuse(tasks1111, 'tier-catalogue', { due: fromStart(2, '18:00') })
 */
export function reuse(source: readonly TemplateTaskInput[], id: string, changes: Partial<TemplateTaskInput> = {}): TemplateTaskInput {
  const found = source.find((t) => t.id === id);
  if (!found) throw new RangeError(`No task "${id}" to reuse`);
  return { ...structuredClone(found), ...structuredClone(changes) };
}

/**
 * `days` after the first day of a phase at `time` on the team's clock: internal work (reviews, checks,
 * kick-offs) placed in the team's working hours, moved off the team's rest days.
 *
 * @example
 * teamStart(1, '10:00') //=> { from: 'phase-start', days: 1, time: '10:00', clock: 'team' }
 */
export function teamStart(days: number, time = '17:00', phase?: string): RelativeTimeInput {
  return { ...fromStart(days, time, phase), clock: 'team' };
}

/**
 * `days` from the end of a phase at `time` on the team's clock (see {@link teamStart}).
 *
 * @example
 * teamEnd(-1, '17:00') //=> { from: 'phase-end', days: -1, time: '17:00', clock: 'team' } (last day of the phase)
 */
export function teamEnd(days: number, time = '17:00', phase?: string): RelativeTimeInput {
  return { ...fromEnd(days, time, phase), clock: 'team' };
}

/** A task's working window in hours (set-ups, messages, checks). @example hours(2) //=> { hours: 2 } */
export const hours = (n: number) => ({ hours: n });
/** A task's working window in days (design, stock, analysis). @example days(3) //=> { days: 3 } */
export const days = (n: number) => ({ days: n });

/**
 * A note in English and Simplified Chinese.
 *
 * @example
 * note('Reply within 24 hours.', '24小时内回复。')
 */
export const note = title;

/** The role that usually does a workstream's work; a task may name another. */
const ROLE_OF_WORKSTREAM = {
  operations: 'operations-lead',
  product: 'product',
  traffic: 'traffic',
  marketing: 'marketing',
  visual: 'designer',
  'logistics-service': 'logistics-service',
} as const;

/**
 * The tasks with a role each: the one they name, else their workstream's usual role.
 *
 * @example
 * withRoles([{ ...task, workstream: 'visual' }])[0].role //=> 'designer'
 */
export function withRoles(tasks: readonly TemplateTaskInput[]): TemplateTaskInput[] {
  return tasks.map((t) => ({ ...t, role: t.role ?? ROLE_OF_WORKSTREAM[t.workstream] }));
}

/**
 * `days` from the anchor day at `time` on the team's clock (see {@link teamStart}).
 *
 * @example
 * teamAnchor(-38, '11:00') //=> { from: 'anchor', days: -38, time: '11:00', clock: 'team' }
 */
export function teamAnchor(days: number, time = '17:00'): RelativeTimeInput {
  return { ...fromAnchor(days, time), clock: 'team' };
}

/**
 * The four phases of a sale as days from its anchor: build-up, warm-up, peak, review (`[first, last]`, inclusive).
 *
 * @example
 * salePhases([-21, -10], [-9, -1], [0, 2], [3, 9])[2] //=> { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: 0, lastDay: 2 }
 */
export function salePhases(
  buildUp: readonly [number, number],
  warmUp: readonly [number, number],
  peak: readonly [number, number],
  review: readonly [number, number],
  peakLabel: LocalizedText = title('Peak', '正式期'),
): TemplatePhaseInput[] {
  return [
    { id: 'build-up', label: title('Build-up', '造势期'), firstDay: buildUp[0], lastDay: buildUp[1] },
    { id: 'warm-up', label: title('Warm-up', '预热期'), firstDay: warmUp[0], lastDay: warmUp[1] },
    { id: 'peak', label: peakLabel, firstDay: peak[0], lastDay: peak[1] },
    { id: 'review', label: title('Review', '总结复盘期'), firstDay: review[0], lastDay: review[1] },
  ];
}
