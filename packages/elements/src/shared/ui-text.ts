import type { Locale } from '@campaign-planner/core';

// The elements' own words (task, phase and workstream names come from the plan and core's labels).
const EN = {
  timeline: 'Campaign timeline',
  task: 'Task',
  schedule: 'Schedule',
  day: 'Day',
  week: 'Week',
  scale: 'Scale',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  displayZone: 'Time zone',
  platformTime: 'Platform time',
  teamTime: 'Team time',
  now: 'Now',
  critical: 'Critical',
  overdue: 'Overdue',
  blocked: 'Blocked',
  dueSoon: 'Due soon',
  clocksChange: 'Clocks change',
  checklist: 'Checklist',
  filters: 'Filters',
  phase: 'Phase',
  workstream: 'Workstream',
  owner: 'Owner',
  status: 'Status',
  all: 'All',
  due: 'Due',
  noItems: 'No task matches the filters.',
  readiness: 'Readiness',
  score: 'Readiness score',
  progress: 'Progress',
  byPhase: 'By phase',
  byWorkstream: 'By workstream',
  nextActions: 'Next actions',
  nothingToDo: 'Nothing left to do.',
  gantt: 'Gantt',
  view: 'View',
  language: 'Language',
  currentPhase: 'Current phase',
  done: 'done',
  noTasks: 'No tasks.',
  showMore: 'Show more',
} as const;

/** A key of the elements' UI texts. */
export type TextKey = keyof typeof EN;

const ZH: Record<TextKey, string> = {
  timeline: '活动时间线',
  task: '任务',
  schedule: '日程',
  day: '日',
  week: '周',
  scale: '刻度',
  zoomIn: '放大',
  zoomOut: '缩小',
  displayZone: '时区',
  platformTime: '平台时间',
  teamTime: '团队时间',
  now: '现在',
  critical: '关键',
  overdue: '已逾期',
  blocked: '受阻',
  dueSoon: '即将到期',
  clocksChange: '时钟调整',
  checklist: '清单',
  filters: '筛选',
  phase: '阶段',
  workstream: '工作线',
  owner: '负责人',
  status: '状态',
  all: '全部',
  due: '截止',
  noItems: '没有符合筛选条件的任务。',
  readiness: '准备度',
  score: '准备度评分',
  progress: '进度',
  byPhase: '按阶段',
  byWorkstream: '按工作线',
  nextActions: '下一步',
  nothingToDo: '没有待办事项。',
  gantt: '甘特图',
  view: '视图',
  language: '语言',
  currentPhase: '当前阶段',
  done: '已完成',
  noTasks: '没有任务。',
  showMore: '显示更多',
};

/**
 * A UI text in a locale.
 *
 * @example
 * t('zh-CN', 'overdue') //=> '已逾期'
 */
export function t(locale: Locale, key: TextKey): string {
  return locale === 'zh-CN' ? ZH[key] : EN[key];
}
