// A plan for the export tests: the built-in 11.11 of 2026 plus tasks around the end of DST (Nov 1 2026).
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { resolveWallTime } from '../../time/wall-time.js';
import type { Plan } from '../../schemas/plan.js';
import type { TaskInput } from '../../schemas/task.js';

const LA = 'America/Los_Angeles';

/** Extra tasks straddling Nov 1 2026 02:00 PT, with text that needs escaping and folding. */
export const DST_TASKS: TaskInput[] = [
  {
    id: 'before-fallback',
    title: { en: 'Warm-up check, before; the change\\', 'zh-CN': '预热检查' },
    phase: 'warm-up',
    workstream: 'operations',
    due: resolveWallTime('2026-10-31 23:59', LA),
  },
  // 01:30 happens twice on Nov 1: this is the first pass (PDT, 08:30Z).
  {
    id: 'fold-first',
    title: { en: 'First 01:30', 'zh-CN': '第一次 01:30' },
    phase: 'warm-up',
    workstream: 'traffic',
    due: new Date('2026-11-01T08:30:00Z'),
    critical: true,
  },
  // ... and this the second pass (PST, 09:30Z).
  { id: 'fold-second', title: { en: 'Second 01:30', 'zh-CN': '第二次 01:30' }, phase: 'warm-up', workstream: 'traffic', due: new Date('2026-11-01T09:30:00Z') },
  {
    id: 'after-fallback',
    title: { en: 'After the change', 'zh-CN': '冬令时之后' },
    phase: 'warm-up',
    workstream: 'marketing',
    due: resolveWallTime('2026-11-02 10:00', LA),
    start: resolveWallTime('2026-10-30 09:00', LA),
    owner: 'Li, Wei; ops',
  },
  {
    id: 'daily-standup',
    title: { en: 'Daily stand-up across the change', 'zh-CN': '每日站会' },
    phase: 'warm-up',
    workstream: 'operations',
    due: resolveWallTime('2026-10-29 09:00', LA),
    recurrence: 'FREQ=DAILY;UNTIL=20261103T090000',
  },
  {
    id: 'counted',
    title: { en: 'Three ad reviews', 'zh-CN': '三次广告复盘' },
    phase: 'warm-up',
    workstream: 'traffic',
    due: resolveWallTime('2026-10-30 18:00', LA),
    recurrence: 'FREQ=DAILY;INTERVAL=2;COUNT=3',
  },
  {
    id: 'long-chinese',
    title: {
      en: 'Multi-line\nnotes, commas; semicolons \\ backslashes',
      'zh-CN': '店铺装修：双11主会场承接页、FEED话题页、直播与短视频、站外素材、长海报、优惠信息、店内海报与利益点图全部就位',
    },
    phase: 'warm-up',
    workstream: 'visual',
    due: resolveWallTime('2026-11-05 12:00', LA),
    critical: true,
    notes: 'Line one\nLine two, with "quotes"',
    tags: ['visual', 'a,b'],
  },
];

/** The 2026 11.11 plan for a Shanghai team, with {@link DST_TASKS} added. */
export function dstPlan(): Plan {
  const base = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
  const json = JSON.parse(serializePlan(base)) as { tasks: unknown[] };
  json.tasks.push(...DST_TASKS.map((t) => JSON.parse(JSON.stringify(t))));
  return parsePlan(json);
}
