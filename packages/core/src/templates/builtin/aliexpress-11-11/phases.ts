import type { TemplatePhaseInput } from '../task-kit.js';

/**
 * The four phases of the 2020 11.11 playbook as days from Nov 11 (US Pacific days):
 * build-up Oct 1 - Oct 27, warm-up Oct 28 - Nov 10, peak Nov 11 - Nov 12, review Nov 13 - Nov 20.
 *
 * @example
 * phases1111.map((p) => p.id) //=> ['build-up', 'warm-up', 'peak', 'review']
 */
export const phases1111: TemplatePhaseInput[] = [
  { id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, firstDay: -41, lastDay: -15 },
  { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, firstDay: -14, lastDay: -1 },
  { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: 0, lastDay: 1 },
  { id: 'review', label: { en: 'Review', 'zh-CN': '总结复盘期' }, firstDay: 2, lastDay: 9 },
];
