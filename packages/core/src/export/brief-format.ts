import type { Locale } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import { formatInZone } from '../time/wall-time.js';
import type { ItemStatus } from '../readiness/index.js';
import type { MorningBrief } from '../query/brief.js';

/** Output formats of a morning brief. */
export const BRIEF_FORMATS = ['text', 'md', 'json'] as const;
/** A morning brief output format. */
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

const TEXT = {
  en: {
    brief: 'Morning brief',
    everyone: 'everyone',
    overdue: 'Overdue',
    today: 'Today',
    tomorrow: 'Tomorrow',
    day: 'Day',
    blocked: 'Blocked',
    waiting: 'waiting for',
    nothing: 'nothing',
    due: 'due',
    platform: 'platform',
    critical: 'critical',
    estimate: 'estimated date',
  },
  'zh-CN': {
    brief: '晨间简报',
    everyone: '全员',
    overdue: '已逾期',
    today: '今天',
    tomorrow: '明天',
    day: '日期',
    blocked: '受阻',
    waiting: '等待',
    nothing: '无',
    due: '截止',
    platform: '平台',
    critical: '关键',
    estimate: '预估日期',
  },
} as const;

interface Ctx {
  readonly plan: Plan;
  readonly brief: MorningBrief;
  readonly locale: Locale;
  readonly md: boolean;
}

// Markdown control characters in titles would turn text into links or emphasis.
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');

function itemLine(c: Ctx, i: ItemStatus, blockers: boolean): string {
  const t = TEXT[c.locale];
  const esc = (s: string) => (c.md ? escapeMd(oneLine(s)) : oneLine(s));
  const zone = c.brief.timeZone;
  const reader = `${formatInZone(i.due, zone, 'yyyy-MM-dd HH:mm')} (${zone})`;
  // The platform's clock too, unless the reader lives on it.
  const when =
    zone === c.plan.platformTimeZone
      ? `${t.due} ${reader}`
      : `${t.due} ${reader} · ${formatInZone(i.due, c.plan.platformTimeZone)} (${t.platform} ${c.plan.platformTimeZone})`;
  const marks = [i.task.critical ? t.critical : '', i.task.dueSource?.kind === 'estimate' ? t.estimate : ''].filter(Boolean);
  const title = esc(i.task.title[c.locale]);
  const waiting =
    blockers && i.blockedBy.length
      ? ` — ${t.waiting}: ${i.blockedBy.map((id) => esc(c.plan.tasks.find((x) => x.id === id)?.title[c.locale] ?? id)).join(', ')}`
      : '';
  const head = c.md ? `- [ ] ${i.task.critical ? `**${title}**` : title}` : `  ${i.task.critical ? '!' : '-'} ${title}`;
  return `${head} — ${when}${marks.length ? ` · ${marks.join(' · ')}` : ''}${waiting}`;
}

function section(c: Ctx, title: string, items: readonly ItemStatus[], blockers = false): string[] {
  const head = c.md ? `## ${title} (${items.length})` : `${title} (${items.length})`;
  const body = items.length ? items.map((i) => itemLine(c, i, blockers)) : [c.md ? `*${TEXT[c.locale].nothing}*` : `  ${TEXT[c.locale].nothing}`];
  return [head, ...(c.md ? [''] : []), ...body, ''];
}

/**
 * A morning brief as plain text (for a terminal or a chat message) or Markdown: overdue, each day, blocked
 * with what blocks them, every deadline in the reader's zone and the platform's. Deterministic for a given
 * plan, log and `now`, so a cron job can send it as is.
 *
 * @example
 * formatBrief(plan, morningBrief(plan, state, now, { person: 'li' }), { locale: 'zh-CN', format: 'text' })
 */
export function formatBrief(plan: Plan, brief: MorningBrief, options: { locale?: Locale; format?: 'text' | 'md' } = {}): string {
  const locale = options.locale ?? 'en';
  const t = TEXT[locale];
  const c: Ctx = { plan, brief, locale, md: options.format === 'md' };
  const who = brief.person ?? t.everyone;
  const today = brief.days[0]!;
  const title = `${t.brief} — ${c.md ? escapeMd(oneLine(who)) : oneLine(who)} — ${today.date} (${brief.timeZone}) · ${c.md ? escapeMd(plan.name[locale]) : plan.name[locale]}`;
  const lines = [c.md ? `# ${title}` : title, ''];
  lines.push(...section(c, t.overdue, brief.overdue));
  for (const d of brief.days) {
    const name = d.offset === 0 ? t.today : d.offset === 1 ? t.tomorrow : t.day;
    lines.push(...section(c, `${name} ${d.date}`, d.items));
  }
  lines.push(...section(c, t.blocked, brief.blocked, true));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One item of {@link briefToJSON}. */
export interface BriefItemJSON {
  readonly taskId: string;
  readonly key: string;
  readonly title: string;
  /** Due in the reader's zone and in the platform zone, ISO 8601 with offsets. */
  readonly due: { readonly reader: string; readonly platform: string };
  readonly status: string;
  readonly critical: boolean;
  readonly estimated: boolean;
  readonly owner?: string;
  readonly blockedBy: readonly string[];
}

/**
 * A morning brief as plain JSON data (what `today --format json` prints).
 *
 * @example
 * JSON.stringify(briefToJSON(plan, brief, 'en'))
 */
export function briefToJSON(plan: Plan, brief: MorningBrief, locale: Locale = 'en') {
  const item = (i: ItemStatus): BriefItemJSON => ({
    taskId: i.task.id,
    key: i.key,
    title: i.task.title[locale],
    due: {
      reader: formatInZone(i.due, brief.timeZone, "yyyy-MM-dd'T'HH:mm:ssxxx"),
      platform: formatInZone(i.due, plan.platformTimeZone, "yyyy-MM-dd'T'HH:mm:ssxxx"),
    },
    status: i.status,
    critical: i.task.critical,
    estimated: i.task.dueSource?.kind === 'estimate',
    ...(i.task.owner ? { owner: i.task.owner } : {}),
    blockedBy: i.blockedBy,
  });
  return {
    plan: plan.id,
    person: brief.person ?? null,
    timeZone: brief.timeZone,
    now: brief.now.toISOString(),
    overdue: brief.overdue.map(item),
    days: brief.days.map((d) => ({ date: d.date, start: d.start.toISOString(), end: d.end.toISOString(), items: d.items.map(item) })),
    blocked: brief.blocked.map(item),
  };
}
