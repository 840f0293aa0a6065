import { formatPath, type Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { formatISOInZone } from '../time/wall-time.js';
import { ROLE_LABELS, WORKSTREAM_LABELS } from '../i18n/labels.js';
import { WORKSTREAMS } from '../schemas/task.js';
import { formatDualTime, formatDuration } from '../time/dual-time.js';
import type { NextAction } from './next-actions.js';
import { ownerOrRole, UNASSIGNED, type GroupReadiness, type Readiness } from './readiness.js';
import type { Locale } from '../schemas/common.js';
import { formatDualTimeText } from '../i18n/time-text.js';
import { zoneName } from '../i18n/zone-names.js';
import type { ItemStatus } from './work-status.js';
import { displayWidth, padEndColumns, padStartColumns } from '../i18n/display-width.js';

/** Options of {@link formatReadinessText}. */
export interface TextReportOptions {
  /** ANSI colours (only for a terminal). Default false. */
  readonly color?: boolean;
  /** At most this many items per list (overdue, due soon, blocked); default 10. */
  readonly maxItems?: number;
  /** Schedule warnings to list (from `backwardSchedule`). */
  readonly warnings?: readonly Issue[];
  /** Language of the report (default `en`): zh-CN names zones 美西时间 / 北京时间 and durations 7天15小时. */
  readonly locale?: Locale;
}

// The report's words; numbers, ids and statuses stay as they are (a task line starts with its id) so scripts can
// still read the text.
const WORDS = {
  en: {
    readinessAt: 'readiness at',
    zones: 'zones',
    platform: 'platform',
    team: 'team',
    phase: 'phase',
    left: 'left',
    ends: 'ends',
    notStarted: 'not started',
    starts: 'starts',
    over: 'campaign over',
    score: 'score',
    progress: 'progress',
    done: 'done',
    overdue: 'overdue',
    dueWithin: 'due within',
    blocked: 'blocked',
    criticalOpen: 'critical open',
    due: 'due',
    critical: 'critical',
    blockedBy: 'blocked by',
    more: 'more (--format json lists all)',
    and: 'and',
    warnings: 'Schedule warnings',
    next: 'Next actions',
    overdueTitle: 'Overdue',
    blockedTitle: 'Blocked',
    dueWithinTitle: 'Due within',
    head: ['score', 'done/total', 'progress', 'overdue', 'soon', 'blocked', 'critical'],
  },
  'zh-CN': {
    readinessAt: '准备度，时间',
    zones: '时区',
    platform: '平台',
    team: '团队',
    phase: '阶段',
    left: '剩余',
    ends: '结束于',
    notStarted: '未开始',
    starts: '开始于',
    over: '活动已结束',
    score: '得分',
    progress: '进度',
    done: '已完成',
    overdue: '逾期',
    dueWithin: '即将到期',
    blocked: '受阻',
    criticalOpen: '关键未完成',
    due: '截止',
    critical: '关键',
    blockedBy: '受阻于',
    more: '项（--format json 列出全部）',
    and: '另有',
    warnings: '排期警告',
    next: '下一步',
    overdueTitle: '逾期',
    blockedTitle: '受阻',
    dueWithinTitle: '即将到期',
    head: ['得分', '完成/总数', '进度', '逾期', '即将', '受阻', '关键'],
  },
} as const;
type Words = (typeof WORDS)[Locale];

const ANSI = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2 } as const;
type Paint = (code: keyof typeof ANSI, text: string) => string;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function itemLine(item: ItemStatus, plan: Plan, w: Words = WORDS.en, locale: Locale = 'en'): string {
  const occ = item.occurrence ? ` @${formatISOInZone(item.occurrence, plan.platformTimeZone)}` : '';
  const person = ownerOrRole(item.task, locale);
  const flags = [
    item.task.critical ? w.critical : '',
    item.blockedBy.length ? `${w.blockedBy} ${item.blockedBy.join(', ')}` : '',
    person === UNASSIGNED ? '' : person,
  ]
    .filter(Boolean)
    .join(' · ');
  return `${item.task.id} ${item.task.title[locale]}${occ}  ${w.due} ${dual(item.due, plan, locale)}  [${item.status}]${flags ? `  ${flags}` : ''}`;
}

/** Both clocks: offsets in English (as before), zone names in Chinese (美西时间 / 北京时间). */
function dual(instant: Date, plan: Plan, locale: Locale): string {
  return locale === 'en' ? formatDualTime(instant, plan) : formatDualTimeText(instant, plan, locale);
}

// Right-aligned columns of the group table, in terminal columns.
const COLUMNS = [5, 10, 8, 7, 4, 7, 8];

function table(rows: Array<[string, GroupReadiness]>, paint: Paint, w: Words = WORDS.en): string[] {
  const width = Math.max(12, ...rows.map(([name]) => displayWidth(name)));
  const head = `${padEndColumns('', width)}  ${w.head.map((h, i) => padStartColumns(h, COLUMNS[i]!)).join('  ')}`;
  return [
    paint('dim', head),
    ...rows.map(([name, g]) => {
      const cells = [
        String(g.score).padStart(5),
        `${g.counts.done}/${g.total}`.padStart(10),
        pct(g.progress).padStart(8),
        g.overdue ? paint('red', String(g.overdue).padStart(7)) : String(g.overdue).padStart(7),
        g.dueSoon ? paint('yellow', String(g.dueSoon).padStart(4)) : String(g.dueSoon).padStart(4),
        String(g.blocked).padStart(7),
        String(g.criticalOpen).padStart(8),
      ];
      return `${padEndColumns(name, width)}  ${cells.join('  ')}`;
    }),
  ];
}

interface Section {
  readonly title: string;
  readonly items: readonly ItemStatus[];
  readonly colour?: keyof typeof ANSI;
}

function section({ title, items, colour }: Section, plan: Plan, paint: Paint, max: number, locale: Locale = 'en'): string[] {
  if (items.length === 0) return [];
  const w = WORDS[locale];
  const line = (i: ItemStatus) => itemLine(i, plan, w, locale);
  const body = items.slice(0, max).map((i) => `  ${colour ? paint(colour, line(i)) : line(i)}`);
  if (items.length > max) body.push(paint('dim', `  ... ${w.and} ${items.length - max} ${w.more}`));
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
  const locale = options.locale ?? 'en';
  const w = WORDS[locale];
  const zh = locale === 'zh-CN';
  const horizon = zh ? formatDuration(r.horizonMs, locale) : `${Math.round((r.horizonMs / 3_600_000) * 10) / 10}h`;
  const zoneText = (z: string) => (zh ? zoneName(z, locale) : z);
  const out: string[] = [
    paint('bold', `${plan.name[locale]} — ${w.readinessAt} ${dual(r.now, plan, locale)}`),
    `${w.zones}: ${w.platform} ${zoneText(plan.platformTimeZone)} · ${w.team} ${zoneText(plan.teamTimeZone)}`,
  ];
  const p = r.currentPhase;
  const label = (id: string) => plan.phases.find((x) => x.id === id)?.label[locale] ?? id;
  out.push(
    p
      ? `${w.phase}: ${label(p.id)}, ${zh ? `${w.left} ${formatDuration(p.timeLeftMs, locale)}` : `${formatDuration(p.timeLeftMs)} ${w.left}`} (${w.ends} ${dual(p.end, plan, locale)})`
      : r.now < plan.phases[0]!.start
        ? `${w.phase}: ${w.notStarted} (${w.starts} ${dual(plan.phases[0]!.start, plan, locale)})`
        : `${w.phase}: ${w.over}`,
  );
  const scoreColour = o.score >= 80 ? 'green' : o.score >= 50 ? 'yellow' : 'red';
  out.push(
    `${paint(scoreColour, `${w.score} ${o.score}/100`)} · ${w.progress} ${pct(o.progress)} · ${o.counts.done}/${o.total} ${w.done} · ` +
      `${o.overdue} ${w.overdue} · ${o.dueSoon} ${w.dueWithin} ${horizon} · ${o.blocked} ${w.blocked} · ${o.criticalOpen} ${w.criticalOpen}`,
    '',
  );
  const rows: Array<[string, GroupReadiness]> = [
    ...plan.phases.filter((x) => r.byPhase[x.id]).map((x): [string, GroupReadiness] => [x.label[locale], r.byPhase[x.id]!]),
    ...WORKSTREAMS.filter((ws) => r.byWorkstream[ws]).map((ws): [string, GroupReadiness] => [WORKSTREAM_LABELS[ws][locale], r.byWorkstream[ws]!]),
  ];
  const owners = Object.keys(r.byOwner).sort();
  // Unmapped roles are grouped under their English label (see ownerOrRole); show them in the report's language.
  const roleIn = new Map(Object.values(ROLE_LABELS).map((l) => [l.en, l[locale]] as const));
  if (owners.length > 1) rows.push(...owners.map((k): [string, GroupReadiness] => [`@${roleIn.get(k) ?? k}`, r.byOwner[k]!]));
  out.push(...table(rows, paint, w));
  const max = options.maxItems ?? 10;
  out.push(...section({ title: w.overdueTitle, items: r.overdue, colour: 'red' }, plan, paint, max, locale));
  out.push(...section({ title: `${w.dueWithinTitle} ${horizon}`, items: r.dueSoon, colour: 'yellow' }, plan, paint, max, locale));
  out.push(...section({ title: w.blockedTitle, items: r.blocked }, plan, paint, max, locale));
  const warnings = options.warnings ?? [];
  if (warnings.length > 0) {
    out.push('', paint('bold', `${w.warnings} (${warnings.length})`));
    for (const x of warnings.slice(0, max)) out.push(`  ${paint('yellow', `${formatPath(x.path)}: ${x.message}`)}`);
    if (warnings.length > max) out.push(paint('dim', `  ... ${w.and} ${warnings.length - max} ${w.more}`));
  }
  if (actions.length > 0) {
    out.push('', paint('bold', w.next));
    actions.forEach((a, i) => out.push(`  ${i + 1}. ${itemLine(a, plan, w, locale)}`));
  }
  return `${out.join('\n')}\n`;
}
