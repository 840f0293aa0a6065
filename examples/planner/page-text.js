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
    aboutTeam: (p, room) =>
      `${p.name.en}: deadlines are published in platform time (${p.platformTimeZone}); your team works in ${p.teamTimeZone}. Shared live with your team in room "${room}"; a copy stays in this browser for offline work.`,
    waiting: (room) => `Joining room "${room}"…`,
    online: 'Online',
    you: 'you',
    'sync.offline': 'Offline: changes are kept here and sent when the server is back',
    'sync.syncing': 'Syncing…',
    'sync.synced': 'Synced',
    'sync.refused': 'Refused by the server',
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
    aboutTeam: (p, room) =>
      `${p.name['zh-CN']}：截止时间按平台时间（${p.platformTimeZone}）公布；你的团队在 ${p.teamTimeZone} 工作。与团队在房间“${room}”中实时共享；此浏览器保留一份副本，离线也能工作。`,
    waiting: (room) => `正在加入房间“${room}”…`,
    online: '在线',
    you: '你',
    'sync.offline': '离线：修改先保存在这里，服务器恢复后发送',
    'sync.syncing': '同步中…',
    'sync.synced': '已同步',
    'sync.refused': '服务器拒绝',
  },
};

/**
 * Writes the page's texts (elements with `data-text`) and `lang` in `locale`; `plan` fills the intro, which
 * names the team's room when the page is shared live (`room`). The sync status reads its state from `data-state`.
 */
export function localizePage(locale, plan, room) {
  const text = TEXT[locale] ?? TEXT.en;
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = text[el.dataset.text];
  const about = document.querySelector('#about');
  if (plan) about.textContent = room ? text.aboutTeam(plan, room) : text.about(plan);
  else if (room) about.textContent = text.waiting(room);
  const status = document.querySelector('#sync-status');
  if (status?.dataset.state) status.textContent = text[`sync.${status.dataset.state}`] + (status.dataset.reason ? `: ${status.dataset.reason}` : '');
}

/** The page's word for `key` in `locale` (the online list's "you", say). */
export function pageText(locale, key) {
  return (TEXT[locale] ?? TEXT.en)[key];
}
