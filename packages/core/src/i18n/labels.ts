import type { Locale, LocalizedText } from '../schemas/common.js';
import type { Role, TaskStatus, Workstream } from '../schemas/task.js';

/** Display names of the workstreams. */
export const WORKSTREAM_LABELS: Readonly<Record<Workstream, LocalizedText>> = {
  operations: { en: 'Operations', 'zh-CN': '整体运营' },
  product: { en: 'Product', 'zh-CN': '产品' },
  traffic: { en: 'Traffic', 'zh-CN': '流量' },
  marketing: { en: 'Marketing', 'zh-CN': '营销' },
  visual: { en: 'Visual', 'zh-CN': '视觉' },
  'logistics-service': { en: 'Logistics & service', 'zh-CN': '物流与服务' },
};

/** Display names of the team roles. */
export const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  'operations-lead': { en: 'Operations lead', 'zh-CN': '运营负责人' },
  product: { en: 'Product', 'zh-CN': '产品' },
  traffic: { en: 'Traffic & ads', 'zh-CN': '流量/广告' },
  marketing: { en: 'Marketing', 'zh-CN': '营销' },
  designer: { en: 'Designer', 'zh-CN': '美工/视觉' },
  'logistics-service': { en: 'Logistics & service', 'zh-CN': '物流与客服' },
};

/** Display names of the task statuses. */
export const STATUS_LABELS: Readonly<Record<TaskStatus, LocalizedText>> = {
  todo: { en: 'To do', 'zh-CN': '待办' },
  'in-progress': { en: 'In progress', 'zh-CN': '进行中' },
  done: { en: 'Done', 'zh-CN': '已完成' },
  blocked: { en: 'Blocked', 'zh-CN': '受阻' },
  skipped: { en: 'Skipped', 'zh-CN': '已跳过' },
};

/**
 * Picks the text of a locale.
 *
 * @example
 * localize({ en: 'Peak', 'zh-CN': '正式期' }, 'zh-CN') //=> '正式期'
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
