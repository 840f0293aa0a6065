import type { TemplateInput } from '../../../schemas/template.js';
import { phases1111 } from './phases.js';
import { tasks1111 } from './tasks.js';
import { offers1111 } from './offers.js';

/**
 * AliExpress 11.11, after the 2020 seller playbook: build-up Oct 1 - Oct 27, warm-up Oct 28 - Nov 10,
 * peak Nov 11 - Nov 12, review Nov 13 - Nov 20, all US Pacific days; every playbook task in its phase
 * and workstream.
 *
 * @example
 * instantiate(aliexpress1111, { year: 2020, teamTimeZone: 'Asia/Shanghai' }).phases[2].start.toISOString()
 * //=> '2020-11-11T08:00:00.000Z'
 */
export const aliexpress1111: TemplateInput = {
  id: 'aliexpress-11-11',
  version: 1,
  name: { en: 'AliExpress 11.11', 'zh-CN': '速卖通双11' },
  description: {
    en: 'The 11.11 Global Shopping Festival in four phases, dates in US Pacific time.',
    'zh-CN': '双11全球购物节四个阶段，日期为美西时间。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: { rule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11', description: { en: 'November 11', 'zh-CN': '11月11日' } },
  playbookYear: 2020,
  sources: [
    { title: '2020 11.11 seller playbook (phases, tasks per workstream)', trust: 'playbook', year: 2020, covers: 'phases, tasks' },
    { title: 'AliExpress rule pages: times in US Pacific time', trust: 'official', year: 2020, covers: 'time zone' },
    { title: '2021 published calendar: warm-up Nov 1 - Nov 10, sale Nov 11 - Nov 13', trust: 'official', year: 2021, covers: 'phases (examples/calendars)' },
    { title: 'Registration deadlines: about two weeks before the warm-up (328 timeline), no 11.11 source', trust: 'estimate', covers: 'registrations' },
  ],
  phases: phases1111,
  tasks: [...tasks1111],
  offers: offers1111,
};
