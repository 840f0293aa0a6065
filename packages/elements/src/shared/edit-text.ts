import type { Locale } from '@campaign-planner/core';

// Words of the editing features (kept apart from ui-text so the views' words and these change independently).
const EN = {
  editTask: 'Edit task',
  close: 'Close',
  titleEn: 'Title (English)',
  titleZh: 'Title (Chinese)',
  due: 'Due',
  start: 'Start',
  owner: 'Owner',
  status: 'Status',
  occurrence: 'Occurrence',
  notes: 'Notes',
  critical: 'Critical',
  dependencies: 'Depends on',
  searchTasks: 'Search tasks',
  deleteTask: 'Delete task',
  addTask: 'Add task',
  undo: 'Undo',
  redo: 'Redo',
  newTask: 'New task',
  moved: 'moved to',
  resized: 'starts',
  vetoed: 'Change not applied',
  otherClock: 'In',
  editHint: 'Alt+Arrow moves, Alt+Shift+Arrow changes the due, Enter edits',
  'status.todo': 'To do',
  'status.in-progress': 'In progress',
  'status.done': 'Done',
  'status.blocked': 'Blocked',
  'status.skipped': 'Skipped',
} as const;

/** A key of the editing texts. */
export type EditTextKey = keyof typeof EN;

const ZH: Record<EditTextKey, string> = {
  editTask: '编辑任务',
  close: '关闭',
  titleEn: '标题（英文）',
  titleZh: '标题（中文）',
  due: '截止',
  start: '开始',
  owner: '负责人',
  status: '状态',
  occurrence: '第几次',
  notes: '备注',
  critical: '关键',
  dependencies: '前置任务',
  searchTasks: '搜索任务',
  deleteTask: '删除任务',
  addTask: '添加任务',
  undo: '撤销',
  redo: '重做',
  newTask: '新任务',
  moved: '移至',
  resized: '开始于',
  vetoed: '未应用更改',
  otherClock: '对应',
  editHint: 'Alt+方向键移动，Alt+Shift+方向键改截止时间，Enter 编辑',
  'status.todo': '待办',
  'status.in-progress': '进行中',
  'status.done': '已完成',
  'status.blocked': '受阻',
  'status.skipped': '已跳过',
};

/**
 * A text of the editing UI in `locale`.
 *
 * @example
 * et('zh-CN', 'undo') //=> '撤销'
 */
export function et(locale: Locale, key: EditTextKey): string {
  return (locale === 'zh-CN' ? ZH : EN)[key];
}
