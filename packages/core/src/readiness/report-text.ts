import { formatPath, type Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { formatISOInZone } from '../time/wall-time.js';
import { WORKSTREAM_LABELS } from '../i18n/labels.js';
import { WORKSTREAMS } from '../schemas/task.js';
import { formatDualTime, formatDuration } from '../time/dual-time.js';
import type { NextAction } from './next-actions.js';
import type { GroupReadiness, Readiness } from './readiness.js';
import type { ItemStatus } from './work-status.js';

/** Options of {@link formatReadinessText}. */
export interface TextReportOptions {
  /** ANSI colours (only for a terminal). Default false. */
  readonly color?: boolean;
  /** At most this many items per list (overdue, due soon, blocked); default 10. */
  readonly maxItems?: number;
  /** Schedule warnings to list (from `backwardSchedule`). */
  readonly warnings?: readonly Issue[];
}

const ANSI = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2 } as const;
type Paint = (code: keyof typeof ANSI, text: string) => string;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function itemLine(item: ItemStatus, plan: Plan): string {
  const occ = item.occurrence ? ` @${formatISOInZone(item.occurrence, plan.platformTimeZone)}` : '';
  const flags = [item.task.critical ? 'critical' : '', item.blockedBy.length ? `blocked by ${item.blockedBy.join(', ')}` : '', item.task.owner ?? '']
    .filter(Boolean)
    .join(' · ');
  return `${item.task.id}${occ}  due ${formatDualTime(item.due, plan)}  [${item.status}]${flags ? `  ${flags}` : ''}`;
}

function table(rows: Array<[string, GroupReadiness]>, paint: Paint): string[] {
  const width = Math.max(12, ...rows.map(([name]) => name.length));
  const head = `${''.padEnd(width)}  score  done/total  progress  overdue  soon  blocked  critical`;
  return [
    paint('dim', head),
    ...rows.map(([name, g]) => {
      const cells = [
        String(g.score).padStart(5),
        `${g.counts.done}/${g.total}`.padStart(10),
        pct(g.progress).padStart(8),
        (g.overdue ? paint('red', String(g.overdue).padStart(7)) : String(g.overdue).padStart(7)),
        (g.dueSoon ? paint('yellow', String(g.dueSoon).padStart(4)) : String(g.dueSoon).padStart(4)),
        String(g.blocked).padStart(7),
        String(g.criticalOpen).padStart(8),
      ];
      return `${name.padEnd(width)}  ${cells.join('  ')}`;
    }),
  ];
}

interface Section {
  readonly title: string;
  readonly items: readonly ItemStatus[];
  readonly colour?: keyof typeof ANSI;
}

function section({ title, items, colour }: Section, plan: Plan, paint: Paint, max: number): string[] {
  if (items.length === 0) return [];
  const body = items.slice(0, max).map((i) => `  ${colour ? paint(colour, itemLine(i, plan)) : itemLine(i, plan)}`);
  if (items.length > max) body.push(paint('dim', `  ... and ${items.length - max} more (--format json lists all)`));
  return ['', paint('bold', `${title} (${items.length})`), ...body];
}

/**
 * The readiness summary as a compact text a person reads in a terminal: header with the current phase and
 * time left, a table per phase, workstream and owner, then overdue, due-soon and blocked items and the next
 * actions. Every time is shown in the platform zone and the team zone.
 *
 * @example
 * process.stdout.write(formatReadinessText(plan, readiness(plan, state, now), nextActions(plan, state, now, { limit: 5 }), { color: process.stdout.isTTY }));
 */
export function formatReadinessText(plan: Plan, r: Readiness, actions: readonly NextAction[], options: TextReportOptions = {}): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${ANSI[code]}m${text}\u001b[0m` : (_code, text) => text;
  const o = r.overall;
  const horizon = `${Math.round((r.horizonMs / 3_600_000) * 10) / 10}h`;
  const out: string[] = [
    paint('bold', `${plan.name.en} — readiness at ${formatDualTime(r.now, plan)}`),
    `zones: platform ${plan.platformTimeZone} · team ${plan.teamTimeZone}`,
  ];
  const p = r.currentPhase;
  const label = (id: string) => plan.phases.find((x) => x.id === id)?.label.en ?? id;
  out.push(
    p
      ? `phase: ${label(p.id)}, ${formatDuration(p.timeLeftMs)} left (ends ${formatDualTime(p.end, plan)})`
      : r.now < plan.phases[0]!.start
        ? `phase: not started (starts ${formatDualTime(plan.phases[0]!.start, plan)})`
        : 'phase: campaign over',
  );
  const scoreColour = o.score >= 80 ? 'green' : o.score >= 50 ? 'yellow' : 'red';
  out.push(
    `${paint(scoreColour, `score ${o.score}/100`)} · progress ${pct(o.progress)} · ${o.counts.done}/${o.total} done · ` +
      `${o.overdue} overdue · ${o.dueSoon} due within ${horizon} · ${o.blocked} blocked · ${o.criticalOpen} critical open`,
    '',
  );
  const rows: Array<[string, GroupReadiness]> = [
    ...plan.phases.filter((x) => r.byPhase[x.id]).map((x): [string, GroupReadiness] => [x.label.en, r.byPhase[x.id]!]),
    ...WORKSTREAMS.filter((w) => r.byWorkstream[w]).map((w): [string, GroupReadiness] => [WORKSTREAM_LABELS[w].en, r.byWorkstream[w]!]),
  ];
  const owners = Object.keys(r.byOwner).sort();
  if (owners.length > 1) rows.push(...owners.map((k): [string, GroupReadiness] => [`@${k}`, r.byOwner[k]!]));
  out.push(...table(rows, paint));
  const max = options.maxItems ?? 10;
  out.push(...section({ title: 'Overdue', items: r.overdue, colour: 'red' }, plan, paint, max));
  out.push(...section({ title: `Due within ${horizon}`, items: r.dueSoon, colour: 'yellow' }, plan, paint, max));
  out.push(...section({ title: 'Blocked', items: r.blocked }, plan, paint, max));
  const warnings = options.warnings ?? [];
  if (warnings.length > 0) {
    out.push('', paint('bold', `Schedule warnings (${warnings.length})`));
    for (const w of warnings.slice(0, max)) out.push(`  ${paint('yellow', `${formatPath(w.path)}: ${w.message}`)}`);
    if (warnings.length > max) out.push(paint('dim', `  ... and ${warnings.length - max} more (--format json lists all)`));
  }
  if (actions.length > 0) {
    out.push('', paint('bold', 'Next actions'));
    actions.forEach((a, i) => out.push(`  ${i + 1}. ${itemLine(a, plan)}`));
  }
  return `${out.join('\n')}\n`;
}
