// The model both checklist formats (Markdown, HTML) render: selected work items in groups, each line's text
// and times decided once so that the formats cannot disagree.
import type { Locale } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import type { TaskStatus } from '../schemas/task.js';
import { WORKSTREAMS } from '../schemas/task.js';
import { WORKSTREAM_LABELS } from '../i18n/labels.js';
import { formatInZone } from '../time/wall-time.js';
import { bilingualNotes } from '../i18n/notes.js';
import { recurrenceSentence } from '../i18n/time-text.js';
import { zoneName } from '../i18n/zone-names.js';
import { clockZone, taskOccurrences } from '../plan/occurrences.js';
import { UNASSIGNED, type WorkItem } from '../readiness/index.js';
import { selectItems, type SelectedItem } from '../query/apply-query.js';
import { personOf } from '../query/person.js';
import type { TaskQueryInput } from '../query/task-query.js';
import { lookupStatus, type TaskStatusLookup } from './status-lookup.js';

/** How a checklist is grouped: by phase then workstream (default), by workstream, or by person. */
export const CHECKLIST_GROUPS = ['phase', 'workstream', 'person'] as const;
/** A checklist grouping. */
export type ChecklistGroupBy = (typeof CHECKLIST_GROUPS)[number];

/** Options shared by the checklist formats (`toMarkdown`, `toHTML`). */
export interface ChecklistOptions {
  /** Language of headings and titles (default `en`). */
  readonly locale?: Locale;
  /** Whether a task is done; wins over `statuses`. By default its status says. */
  readonly isDone?: (taskId: string) => boolean;
  /**
   * Current statuses by task id (a `Map`, a record, or a function such as `(id, at) => statusOf(state, id, at)`
   * over a readiness status state): a `done` item is ticked. Items it does not name keep the plan's status.
   */
  readonly statuses?: TaskStatusLookup;
  /** Only the work items this query selects (see `applyQuery`); by default all. */
  readonly query?: TaskQueryInput;
  /** The moment relative days in `query` (`today`, `tomorrow`) count from (default: the current time). */
  readonly now?: Date;
  /** Grouping (default `phase`: phase, then workstream). */
  readonly groupBy?: ChecklistGroupBy;
  /** The reader's zone, shown beside the platform zone (default the plan's team zone). */
  readonly readerTimeZone?: string;
  /** Only this person's items, on top of the query (see `personOf`): one person's checklist. */
  readonly person?: string;
}

/** Words of the checklist formats, per locale. */
export const TEXT = {
  en: {
    due: 'due',
    platform: 'platform',
    team: 'team',
    reader: 'local',
    owner: 'owner',
    repeats: 'repeats',
    critical: 'critical',
    estimate: 'estimated date: confirm in the seller centre',
    unassigned: 'Unassigned',
    all: 'All tasks',
  },
  'zh-CN': {
    due: '截止',
    platform: '平台',
    team: '团队',
    reader: '本地',
    owner: '负责人',
    repeats: '重复',
    critical: '关键',
    estimate: '预估日期：请在商家后台确认',
    unassigned: '未分配',
    all: '全部任务',
  },
} as const;

/** One checklist line. */
export interface ChecklistLine {
  readonly item: WorkItem;
  readonly status: TaskStatus;
  readonly done: boolean;
  readonly title: string;
  /** Due in the platform zone, then in the reader's zone, each `YYYY-MM-DD HH:mm`. */
  readonly duePlatform: string;
  readonly dueReader: string;
  readonly critical: boolean;
  readonly estimated: boolean;
  readonly person: string | undefined;
  /** A recurring task's repetition as a sentence in the checklist's locale ("每天 10:00（北京时间），至 11月13日"). */
  readonly repeats: string | undefined;
  /** The task's notes, English then Chinese when they are given in both. */
  readonly notes: string | undefined;
}

/** A titled run of lines (a workstream inside a phase, or all lines of a group). */
export interface ChecklistSection {
  readonly title: string | undefined;
  readonly lines: readonly ChecklistLine[];
}

/** A top-level group: a phase, a workstream or a person (one printed page in HTML). */
export interface ChecklistGroup {
  readonly key: string;
  readonly title: string;
  readonly sections: readonly ChecklistSection[];
}

/** A whole checklist, ready to render. */
export interface Checklist {
  readonly title: string;
  readonly locale: Locale;
  readonly platformTimeZone: string;
  readonly readerTimeZone: string;
  /** `team` when the reader's zone is the plan's team zone, else `reader`. */
  readonly readerLabel: string;
  readonly groups: readonly ChecklistGroup[];
}

function lineOf(plan: Plan, s: SelectedItem, options: ChecklistOptions, locale: Locale, zone: string): ChecklistLine {
  const task = s.item.task;
  return {
    item: s.item,
    status: s.status,
    done: options.isDone ? options.isDone(task.id) : s.status === 'done',
    title: task.title[locale],
    duePlatform: formatInZone(s.item.due, plan.platformTimeZone),
    dueReader: formatInZone(s.item.due, zone),
    critical: task.critical,
    estimated: task.dueSource?.kind === 'estimate',
    person: personOf(plan, task),
    repeats: task.recurrence ? recurrenceSentence(task.recurrence, taskOccurrences(plan, task), clockZone(plan, task), locale) : undefined,
    notes: bilingualNotes(task.notes) || undefined,
  };
}

function groupLines(plan: Plan, lines: ChecklistLine[], groupBy: ChecklistGroupBy, locale: Locale): ChecklistGroup[] {
  const t = TEXT[locale];
  if (groupBy === 'phase') {
    return plan.phases.flatMap((phase) => {
      const inPhase = lines.filter((l) => l.item.task.phase === phase.id);
      const sections = WORKSTREAMS.map((ws) => ({ title: WORKSTREAM_LABELS[ws][locale], lines: inPhase.filter((l) => l.item.task.workstream === ws) })).filter(
        (s) => s.lines.length > 0,
      );
      // Inclusive first and last days, as the playbook writes them (Oct 1 - Oct 27), in the platform's days.
      const z = plan.platformTimeZone;
      const last = new Date(phase.end.getTime() - 1);
      const range =
        locale === 'zh-CN'
          ? `${formatInZone(phase.start, z, "M'月'd'日'")} – ${formatInZone(last, z, "M'月'd'日'")}，${zoneName(z, locale)}`
          : `${formatInZone(phase.start, z, 'MMM d')} – ${formatInZone(last, z, 'MMM d')}, ${zoneName(z, locale)}`;
      return sections.length ? [{ key: phase.id, title: `${phase.label[locale]} (${range})`, sections }] : [];
    });
  }
  if (groupBy === 'workstream') {
    return WORKSTREAMS.flatMap((ws) => {
      const own = lines.filter((l) => l.item.task.workstream === ws);
      return own.length ? [{ key: ws, title: WORKSTREAM_LABELS[ws][locale], sections: [{ title: undefined, lines: own }] }] : [];
    });
  }
  const people = [...new Set(lines.map((l) => l.person ?? UNASSIGNED))].sort((a, b) =>
    a === UNASSIGNED ? 1 : b === UNASSIGNED ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return people.map((p) => ({
    key: p,
    title: p === UNASSIGNED ? t.unassigned : p,
    sections: [{ title: undefined, lines: lines.filter((l) => (l.person ?? UNASSIGNED) === p) }],
  }));
}

/**
 * The checklist of a plan (or of the work items a query selects): one line per work item, so each occurrence
 * of a recurring task has its own checkbox, in the display order, grouped as asked.
 *
 * @example
 * buildChecklist(plan, { query: { owners: ['li'] }, groupBy: 'workstream' }).groups.map((g) => g.title)
 */
export function buildChecklist(plan: Plan, options: ChecklistOptions = {}): Checklist {
  const locale = options.locale ?? 'en';
  const zone = options.readerTimeZone ?? plan.teamTimeZone;
  const selected = selectItems(plan, { ...options, statusOf: (i) => lookupStatus(i.task, options.statuses, i.occurrence) });
  const lines = selected.map((s) => lineOf(plan, s, options, locale, zone));
  return {
    title: plan.name[locale],
    locale,
    platformTimeZone: plan.platformTimeZone,
    readerTimeZone: zone,
    readerLabel: zone === plan.teamTimeZone ? TEXT[locale].team : TEXT[locale].reader,
    groups: groupLines(plan, lines, options.groupBy ?? 'phase', locale),
  };
}
