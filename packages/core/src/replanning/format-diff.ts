import { formatInZone, formatISOInZone } from '../time/wall-time.js';
import type { InstantMove, PlanChange, PlanDiff } from './diff-plans.js';

/** `5760` -> `4 days`, `-90` -> `1 h 30 min`: the size of a shift. */
function span(minutes: number): string {
  const m = Math.abs(minutes);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  const parts = [d ? `${d} day${d === 1 ? '' : 's'}` : '', h ? `${h} h` : '', min ? `${min} min` : ''].filter(Boolean);
  return parts.join(' ');
}

function moved(label: string, m: InstantMove, diff: PlanDiff): string {
  return `${label} ${m.platform.before} -> ${m.platform.after} ${diff.platformTimeZone} (${m.team.before} -> ${m.team.after} ${diff.teamTimeZone}), ${span(m.minutes)} ${m.minutes < 0 ? 'earlier' : 'later'}`;
}

function line(c: PlanChange, diff: PlanDiff): string {
  const at = (d: Date) => `${formatInZone(d, diff.platformTimeZone)} ${diff.platformTimeZone} (${formatInZone(d, diff.teamTimeZone)} ${diff.teamTimeZone})`;
  switch (c.kind) {
    case 'phase-added':
    case 'phase-removed':
      return `${c.kind.replace('-', ' ')}: ${c.id}  ${formatInZone(c.start, diff.platformTimeZone)} .. ${formatInZone(c.end, diff.platformTimeZone)} ${diff.platformTimeZone}`;
    case 'phase-moved':
      return `phase moved: ${c.id}  ${[c.start && moved('start', c.start, diff), c.end && moved('end', c.end, diff)].filter(Boolean).join('; ')}`;
    case 'phase-retitled':
    case 'task-retitled':
      return `${c.kind.replace('-', ' ')}: ${c.id}  "${c.before.en}" -> "${c.after.en}"`;
    case 'task-added':
    case 'task-removed':
      return `${c.kind.replace('-', ' ')}: ${c.id}${c.critical ? ' (critical)' : ''}  due ${at(c.due)}`;
    case 'task-moved': {
      const parts = [
        c.due && moved('due', c.due, diff),
        c.start && moved('start', c.start, diff),
        c.phase && `phase ${c.phase.before} -> ${c.phase.after}`,
        c.occurrences?.added.length &&
          `+${c.occurrences.added.length} occurrence(s) ${c.occurrences.added.map((d) => formatInZone(d, diff.platformTimeZone)).join(', ')}`,
        c.occurrences?.removed.length &&
          `-${c.occurrences.removed.length} occurrence(s) ${c.occurrences.removed.map((d) => formatInZone(d, diff.platformTimeZone)).join(', ')}`,
        !c.due && !c.occurrences && c.recurrence && `rule ${c.recurrence.before ?? '(none)'} -> ${c.recurrence.after ?? '(none)'}`,
      ].filter(Boolean);
      const head = c.criticalEarlier ? '! critical deadline earlier' : `task moved${c.critical ? ' (critical)' : ''}`;
      return `${head}: ${c.id}  ${parts.join('; ')}`;
    }
  }
}

/**
 * A plan diff as text, one line per change, critical deadlines moved earlier first (marked `!`), then a
 * count. Every instant is shown in the platform zone and, in brackets, in the team zone.
 *
 * @example
 * console.log(formatPlanDiff(diffPlans(before, after)));
 * // ! critical deadline earlier: register-discount  due 2021-10-21 23:59 -> 2021-10-13 23:59 America/Los_Angeles (...), 8 days earlier
 */
export function formatPlanDiff(diff: PlanDiff): string {
  if (diff.changes.length === 0) return 'no changes\n';
  const earlier = diff.changes.filter((c) => c.kind === 'task-moved' && c.criticalEarlier).length;
  const lines = diff.changes.map((c) => line(c, diff));
  lines.push(`${diff.changes.length} change(s)${earlier ? `, ${earlier} critical deadline(s) earlier` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A plan diff as JSON: instants as ISO 8601 with the platform zone's offset, like plan files.
 *
 * @example
 * writeFileSync('diff.json', serializePlanDiff(diffPlans(before, after)));
 */
export function serializePlanDiff(diff: PlanDiff, space: number | string = 2): string {
  const zone = diff.platformTimeZone;
  return JSON.stringify(
    diff,
    function replacer(this: Record<string, unknown>, key: string, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? formatISOInZone(raw, zone) : value;
    },
    space,
  );
}
