// The example page's own words in English and Chinese; the planner's language switch changes them too.
const TEXT = {
  en: {
    title: 'Campaign planner',
    plan: 'Plan',
    season: '11.11 of the coming season',
    big: 'Stress test: 10,000 tasks',
    reset: 'Clear my checks and edits',
    downloadPlan: 'Download plan (JSON)',
    downloadLog: 'Download log (JSON Lines)',
    about: (p) =>
      `${p.name.en}: deadlines are published in platform time (${p.platformTimeZone}); your team works in ${p.teamTimeZone}. Checks and edits are kept in this browser.`,
  },
  'zh-CN': {
    title: '大促活动规划',
    plan: '计划',
    season: '本季 11.11',
    big: '压力测试：10,000 个任务',
    reset: '清除我的勾选和修改',
    downloadPlan: '下载计划 (JSON)',
    downloadLog: '下载日志 (JSON Lines)',
    about: (p) => `${p.name['zh-CN']}：截止时间按平台时间（${p.platformTimeZone}）公布；你的团队在 ${p.teamTimeZone} 工作。勾选和修改保存在此浏览器中。`,
  },
};

/** Writes the page's texts (elements with `data-text`) and `lang` in `locale`; `plan` fills the intro. */
export function localizePage(locale, plan) {
  const text = TEXT[locale] ?? TEXT.en;
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = text[el.dataset.text];
  if (plan) document.querySelector('#about').textContent = text.about(plan);
}
