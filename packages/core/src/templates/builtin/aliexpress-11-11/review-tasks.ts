// 总结复盘期 (review), after the 2020 playbook: data review, return-visit (返场) activities, fulfilment, and the
// hand-over to Black Friday. Offsets stay within the shortest review seen (7 days, after 2021's 3-day sale).
// Shipping follows the service rule per order, not a fixed date: the last order comes at the end of the sale,
// and sale orders ship within 5 working days (3 outside sales), a tracking number within 48 hours.
import { days, fromStart, hours, note, teamEnd, teamStart, title, type RelativeTimeInput, type TemplateTaskInput } from '../task-kit.js';

const phase = 'review';
/**
 * The last sale order's ship-by day: counted in team working days from the first day after the sale, four more
 * (day 5 when that day is worked; one day earlier, so on the safe side, when it is not), 23:59 PT.
 */
const SHIP_BY: RelativeTimeInput = { from: 'phase-end', phase: 'peak', days: 4, unit: 'team-working-days', time: '23:59' };

const operations: TemplateTaskInput[] = [
  {
    id: 'publish-target-completion',
    title: title('Publish target completion', '公布目标完成情况'),
    phase,
    workstream: 'operations',
    due: teamStart(1, '11:00'),
    duration: hours(3),
    tags: ['review'],
  },
  {
    id: 'plan-shifts',
    title: title('Sensible shifts after the sale', '大促后合理排班'),
    phase,
    workstream: 'operations',
    due: teamStart(0, '18:00'),
    duration: hours(2),
    tags: ['staffing'],
  },
  {
    id: 'team-incentives',
    title: title('Team incentives', '团队激励'),
    phase,
    workstream: 'operations',
    due: teamStart(3),
    duration: days(1),
    dependsOn: ['publish-target-completion'],
    tags: ['review'],
  },
  {
    id: 'plan-black-friday',
    title: title('Plan Black Friday products and marketing', '规划黑五产品与营销'),
    phase,
    workstream: 'operations',
    due: teamStart(3),
    duration: days(2),
    weight: 2,
    dependsOn: ['publish-target-completion'],
    tags: ['black-friday'],
  },
  {
    id: 'black-friday-registration-rules',
    title: title('Read the Black Friday product registration rules (黑五产品报名规则)', '研读黑五产品报名规则'),
    phase,
    workstream: 'operations',
    due: teamStart(2),
    duration: hours(3),
    tags: ['black-friday', 'registration'],
  },
  {
    id: 'review-data',
    title: title('Review each activity slot and its output (复盘活动场次及产出)', '复盘活动场次及产出'),
    phase,
    workstream: 'operations',
    due: teamEnd(-2),
    duration: days(2),
    weight: 2,
    tags: ['review'],
    dependsOn: ['publish-target-completion', 'sku-sell-through', 'gmv-drivers', 'profit-review', 'traffic-channel-analysis'],
  },
];

const product: TemplateTaskInput[] = [
  {
    id: 'sku-sell-through',
    title: title('SKU target completion and sell-through (售罄率)', 'SKU目标完成率与售罄率'),
    phase,
    workstream: 'product',
    due: teamStart(2),
    duration: days(1),
    tags: ['review'],
  },
  {
    id: 'gmv-drivers',
    title: title('Drivers of GMV: orders, traffic, order value, conversion', 'GMV驱动分析：订单量、流量、客单价、转化率'),
    phase,
    workstream: 'product',
    due: teamStart(3),
    duration: days(2),
    tags: ['review'],
  },
  {
    id: 'profit-review',
    title: title('Profit: revenue, gross margin, marketing cost, return rate', '利润分析：收入、毛利率、营销成本、退货率'),
    phase,
    workstream: 'product',
    due: teamEnd(-4),
    duration: days(2),
    tags: ['review'],
  },
  {
    id: 'tune-after-review',
    title: title('Retire low-yield promotions; adjust price or add gifts to high-traffic, low-conversion items', '下线低效促销；高流量低转化商品调价或加赠品'),
    phase,
    workstream: 'product',
    due: teamEnd(-2),
    duration: days(1),
    dependsOn: ['gmv-drivers'],
    tags: ['review'],
  },
];

const traffic: TemplateTaskInput[] = [
  {
    id: 'return-visit-targeted-coupons',
    title: title(
      'Return-visit traffic: deeper targeted coupons to buyers who carted or wishlisted in the last 7 days',
      '返场流量：向近7天加购或收藏的买家发放更大力度的定向券',
    ),
    phase,
    workstream: 'traffic',
    due: fromStart(0),
    duration: hours(4),
    weight: 2,
    dependsOn: ['return-visit-activities'],
    tags: ['crm', 'coupon'],
  },
  {
    id: 'traffic-channel-analysis',
    title: title('Traffic-channel analysis (流量渠道分析): on-site, ads, affiliate, off-site', '流量渠道分析：站内、直通车、联盟、站外'),
    phase,
    workstream: 'traffic',
    due: teamStart(3),
    duration: days(2),
    tags: ['review'],
  },
  {
    id: 'black-friday-traffic',
    title: title(
      'Black Friday traffic: raise ads and affiliate budgets, more live streams, off-site traffic (FB, VK, YouTube)',
      '黑五流量：提高广告与联盟预算、增加直播、站外引流（FB、VK、YouTube）',
    ),
    phase,
    workstream: 'traffic',
    due: teamStart(5),
    duration: days(2),
    dependsOn: ['plan-black-friday'],
    tags: ['black-friday', 'ads', 'affiliate'],
  },
];

const marketing: TemplateTaskInput[] = [
  {
    id: 'return-visit-activities',
    title: title('Return-visit (返场) activities', '返场活动'),
    phase,
    workstream: 'marketing',
    due: fromStart(0, '12:00'),
    duration: days(1),
    weight: 2,
  },
  {
    id: 'keep-affiliate-commission-high',
    title: title('Keep the affiliate commission high', '保持联盟高佣金'),
    phase,
    workstream: 'marketing',
    due: fromStart(0, '18:00'),
    duration: hours(2),
    tags: ['affiliate'],
  },
];

const visual: TemplateTaskInput[] = [
  {
    id: 'black-friday-decoration',
    title: title(
      'Black Friday store decoration with official material: first image shows price, selling point, buy button',
      '黑五店铺装修：使用官方素材，首图展示价格、卖点和购买按钮',
    ),
    phase,
    workstream: 'visual',
    due: teamStart(5),
    duration: days(2),
    dependsOn: ['plan-black-friday'],
    tags: ['black-friday'],
  },
];

const logisticsService: TemplateTaskInput[] = [
  {
    id: 'ship-peak-orders',
    title: title('Ship the sale orders and enter valid tracking numbers', '大促订单发货并填写有效物流单号'),
    phase,
    workstream: 'logistics-service',
    due: SHIP_BY,
    duration: days(4),
    critical: true,
    weight: 3,
    tags: ['fulfilment'],
    notes: note(
      'Per order: ship within the extended promise (5 working days in a sale, 3 otherwise) of payment and enter a valid ' +
        'tracking number within 48 hours, or it counts as a violation. This date is for the last order of the sale.',
      '按订单计算：付款后在延长的承诺期内发货（大促5个工作日，平时3个），48小时内填写有效物流单号，否则视为违规。此日期对应大促最后一笔订单。',
    ),
  },
  {
    id: 'service-review',
    title: title('Service review', '客服复盘'),
    phase,
    workstream: 'logistics-service',
    due: teamStart(3),
    duration: days(1),
    tags: ['service', 'review'],
  },
  {
    id: 'logistics-follow-up',
    title: title('Logistics follow-up, shipping reminders and after-sales', '物流跟进、发货提醒与售后处理'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-2),
    duration: days(4),
    tags: ['fulfilment', 'service'],
    notes: note('Buyers confirm receipt within 15 days; answer disputes within 5 days.', '买家15天内确认收货；纠纷须在5天内回应。'),
  },
  {
    id: 'erp-stock-plans',
    title: title('ERP shipping sheets, stock count, transfers, replenishment and clearance plans', 'ERP发货单、盘点、调拨、补货与清仓计划'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-2),
    duration: days(3),
    tags: ['warehouse'],
  },
];

/**
 * Review (总结复盘期) tasks of the 11.11 playbook, grouped by workstream.
 *
 * @example
 * reviewTasks1111.some((t) => t.id === 'plan-black-friday') //=> true
 */
export const reviewTasks1111: TemplateTaskInput[] = [...operations, ...product, ...traffic, ...marketing, ...visual, ...logisticsService];
