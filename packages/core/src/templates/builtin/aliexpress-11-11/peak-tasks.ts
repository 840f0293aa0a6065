// 正式期 (peak), after the 2020 playbook. The sale opens at 00:00 PT, so what must be live for the opening is
// a platform deadline then; buyer-facing pushes (emails, promo codes, payment reminders) are timed in buyers'
// (platform) hours. The team's own monitoring runs at its Beijing hour on every sale day, weekends included:
// the sale is when standby staff work. The rows repeat for as many days as the published sale lasts (two in
// 2020, three in 2021).
import { DAILY, days, fromEnd, fromStart, hours, note, teamStart, title, type TemplateTaskInput } from '../task-kit.js';

const phase = 'peak';
const OPENING = fromStart(0, '00:00');

const operations: TemplateTaskInput[] = [
  {
    id: 'sale-opens',
    title: title('The sale opens', '正式期开始'),
    phase,
    workstream: 'operations',
    due: OPENING,
    milestone: true,
    tags: ['milestone'],
  },
  {
    id: 'sprint-kickoff',
    title: title('Sprint kickoff', '冲刺动员'),
    phase,
    workstream: 'operations',
    due: OPENING,
    duration: hours(2),
    tags: ['kickoff'],
    notes: note('Team spirit is a peak indicator: hold it just before the sale opens.', '团队士气是正式期指标：在开售前召开。'),
  },
  {
    id: 'standby-staff',
    title: title('Standby staff on duty through the sale', '大促值班与备岗人员到位'),
    phase,
    workstream: 'operations',
    due: OPENING,
    duration: days(2),
    weight: 2,
    tags: ['staffing'],
  },
  {
    id: 'peak-daily-data-check',
    title: title('Monitor live data and respond to incidents', '实时数据监控与异常处理'),
    phase,
    workstream: 'operations',
    due: teamStart(0, '10:00'),
    duration: hours(1),
    recurrence: DAILY,
    weight: 2,
    tags: ['monitoring'],
  },
  {
    id: 'peak-stock-sync-plan',
    title: title('Stock sync and replenishment plan', '库存同步与补货计划'),
    phase,
    workstream: 'operations',
    due: OPENING,
    duration: days(1),
    weight: 2,
    dependsOn: ['overseas-warehouse-stock'],
    tags: ['replenishment'],
  },
  {
    id: 'add-budget-and-traffic',
    title: title('Add budget and traffic', '追加预算与流量'),
    phase,
    workstream: 'operations',
    due: teamStart(0, '11:30'),
    duration: hours(1),
    dependsOn: ['peak-daily-data-check'],
    tags: ['budget'],
  },
];

const product: TemplateTaskInput[] = [
  {
    id: 'peak-monitor-tiers',
    title: title('Monitor views, conversion, cart and wishlist of each product tier', '监控各层级商品浏览量、转化率、加购与收藏'),
    phase,
    workstream: 'product',
    due: teamStart(0, '10:00'),
    duration: hours(1),
    recurrence: DAILY,
    tags: ['monitoring', 'tiers'],
  },
  {
    id: 'replenish-hero-stock',
    title: title('Replenish when more than half the stock is sold or sales surge', '库存售出过半或销量激增时补货'),
    phase,
    workstream: 'product',
    due: teamStart(0, '14:00'),
    duration: hours(2),
    recurrence: DAILY,
    critical: true,
    weight: 2,
    dependsOn: ['peak-stock-sync-plan', 'peak-monitor-tiers'],
    tags: ['replenishment'],
    notes: note('Checked daily: compare units sold with the stock registered for each activity.', '每日检查：对比各活动已售数量与报名库存。'),
  },
];

const traffic: TemplateTaskInput[] = [
  {
    id: 'raise-ppc-bids',
    title: title('Raise pay-per-click (直通车) budgets and bids', '提高直通车预算与出价'),
    phase,
    workstream: 'traffic',
    due: OPENING,
    duration: hours(3),
    dependsOn: ['tune-ppc-ads'],
    tags: ['ads', 'budget'],
  },
  {
    id: 'longer-live-streams',
    title: title('More and longer live streams', '增加直播场次并延长直播时长'),
    phase,
    workstream: 'traffic',
    due: fromStart(0, '18:00'),
    duration: hours(6),
    tags: ['live'],
    notes: note("In buyers' evening hours (US Pacific time).", '安排在买家晚间时段（美西时间）。'),
  },
  {
    id: 'influencer-promo-codes',
    title: title('Influencer promo codes off-site, with a raised code value', '站外网红专属优惠码（提高面额）'),
    phase,
    workstream: 'traffic',
    due: OPENING,
    duration: hours(4),
    tags: ['off-site', 'coupon'],
  },
];

const marketing: TemplateTaskInput[] = [
  {
    id: 'limited-large-coupons',
    title: title('Limited large-value coupons on the day', '当天限量大额优惠券'),
    phase,
    workstream: 'marketing',
    due: OPENING,
    duration: hours(3),
    weight: 2,
    tags: ['coupon'],
  },
  {
    id: 'crm-push-targeted-coupons',
    title: title('CRM push 1 of 3: targeted coupons to old customers', 'CRM第一轮：向老客发放定向券'),
    phase,
    workstream: 'marketing',
    due: OPENING,
    duration: hours(3),
    weight: 2,
    dependsOn: ['reach-old-customers'],
    tags: ['crm', 'coupon'],
  },
  {
    id: 'crm-push-email',
    title: title('CRM push 2 of 3: email to old customers', 'CRM第二轮：向老客发送邮件'),
    phase,
    workstream: 'marketing',
    due: fromStart(0, '12:00'),
    duration: hours(2),
    dependsOn: ['crm-push-targeted-coupons'],
    tags: ['crm'],
  },
  {
    id: 'crm-push-buyer-messages',
    title: title('CRM push 3 of 3: batch buyer messages to old customers', 'CRM第三轮：向老客批量发送站内信'),
    phase,
    workstream: 'marketing',
    due: fromEnd(-1, '09:00'),
    duration: hours(2),
    dependsOn: ['crm-push-email'],
    tags: ['crm'],
  },
  {
    id: 'cart-payment-promo-codes',
    title: title('Large promo codes to cart-not-ordered and ordered-not-paid buyers', '向加购未下单、下单未付款买家发放大额优惠码'),
    phase,
    workstream: 'marketing',
    due: fromStart(0, '12:00'),
    duration: hours(2),
    tags: ['crm', 'coupon'],
  },
  {
    id: 'live-stream-promo-codes',
    title: title('Promo codes in on-site live streams', '站内直播发放优惠码'),
    phase,
    workstream: 'marketing',
    due: fromStart(0, '20:00'),
    duration: hours(1),
    dependsOn: ['longer-live-streams'],
    tags: ['live', 'coupon'],
  },
];

const visual: TemplateTaskInput[] = [
  {
    id: 'peak-offsite-material',
    title: title('Off-site material for the sale', '正式期站外素材'),
    phase,
    workstream: 'visual',
    due: OPENING,
    duration: days(1),
    dependsOn: ['offsite-material'],
    tags: ['off-site'],
  },
  {
    id: 'peak-leaderboards',
    title: title('Leaderboards: traffic, product, cart/wishlist, service', '排行榜：流量、商品、加购收藏、服务'),
    phase,
    workstream: 'visual',
    due: teamStart(0, '18:00'),
    duration: hours(1),
    recurrence: DAILY,
    tags: ['monitoring'],
  },
  {
    id: 'temporary-activity-blocks',
    title: title('Temporary activity blocks', '临时活动模块'),
    phase,
    workstream: 'visual',
    due: fromStart(0, '12:00'),
    duration: hours(3),
  },
];

const logisticsService: TemplateTaskInput[] = [
  {
    id: 'peak-service-notices',
    title: title('Low-stock alerts, related recommendations, coupon rebates and shipping notices', '库存预警、关联推荐、返券、发货通知'),
    phase,
    workstream: 'logistics-service',
    due: OPENING,
    duration: hours(4),
    tags: ['service'],
  },
  {
    id: 'peak-payment-reminders',
    title: title('Payment reminders to unpaid orders', '催付提醒'),
    phase,
    workstream: 'logistics-service',
    due: fromStart(0, '20:00'),
    duration: hours(1),
    recurrence: DAILY,
    tags: ['service', 'crm'],
  },
  {
    id: 'peak-review-monitoring',
    title: title('Review monitoring (评价监控): answer bad reviews and disputes the same day', '评价监控：当天处理差评与纠纷'),
    phase,
    workstream: 'logistics-service',
    due: teamStart(0, '15:00'),
    duration: hours(1),
    recurrence: DAILY,
    tags: ['service', 'monitoring'],
  },
  {
    id: 'packing-fast-dispatch',
    title: title('Packing staff on hand and fast dispatch', '打包人员到位，快速发货'),
    phase,
    workstream: 'logistics-service',
    due: teamStart(0, '16:00'),
    duration: hours(6),
    recurrence: DAILY,
    weight: 2,
    dependsOn: ['warehouse-process-hardware'],
    tags: ['warehouse', 'fulfilment'],
  },
];

/**
 * Peak (正式期) tasks of the 11.11 playbook, grouped by workstream; daily monitoring rows are recurring.
 *
 * @example
 * peakTasks1111.find((t) => t.id === 'peak-daily-data-check')?.recurrence //=> { rule: 'FREQ=DAILY' }
 */
export const peakTasks1111: TemplateTaskInput[] = [...operations, ...product, ...traffic, ...marketing, ...visual, ...logisticsService];
