// 预热期 (warm-up), after the 2020 playbook. The warm-up straddles the end of US DST (first Sunday of
// November): platform deadlines keep their Pacific wall time while their Beijing time moves by an hour; the
// team's daily checks stay at their Beijing hour (team clock) and run on working days.
// Offsets stay within the shortest warm-up seen (10 days in 2021) so a published calendar cannot push a
// task out of its phase.
import { WORKDAYS, days, fromEnd, fromStart, hours, note, teamEnd, teamStart, title, type TemplateTaskInput } from '../task-kit.js';

const phase = 'warm-up';

const operations: TemplateTaskInput[] = [
  {
    id: 'warm-up-opens',
    title: title('The warm-up opens: activity products and coupons show', '预热期开始：活动商品与优惠券开始展示'),
    phase,
    workstream: 'operations',
    due: fromStart(0, '00:00'),
    milestone: true,
    tags: ['milestone'],
  },
  {
    id: 'review-build-up-data',
    title: title(
      'Review build-up data (wishlist/cart, coupon issue counts, feedback and reviews, core product traffic) and adjust the marketing plan',
      '复盘造势期数据（加购加收藏、优惠券领取量、客户反馈与评价、核心商品流量）并调整营销方案',
    ),
    phase,
    workstream: 'operations',
    due: teamStart(2),
    duration: days(1),
    weight: 2,
    dependsOn: ['monitor-build-up-data'],
    tags: ['review'],
  },
  {
    id: 'department-check-in',
    title: title('Progress check-in of each department', '各部门进度检查'),
    phase,
    workstream: 'operations',
    due: teamEnd(-4, '16:00'),
    duration: hours(2),
  },
];

const product: TemplateTaskInput[] = [
  {
    id: 'warm-up-daily-cart-check',
    title: title('Check cart and wishlist numbers of activity products against target', '每日检查活动商品加购加收藏数是否达标'),
    phase,
    workstream: 'product',
    due: teamStart(0, '10:00'),
    duration: hours(1),
    recurrence: WORKDAYS,
    tags: ['monitoring'],
  },
  {
    id: 'pull-users-below-target',
    title: title(
      'Below target: pull users in with batch buyer messages, email, FEED and off-site social',
      '未达标商品：通过批量站内信、邮件、FEED、站外社媒引流',
    ),
    phase,
    workstream: 'product',
    due: teamEnd(-4),
    duration: days(3),
    dependsOn: ['warm-up-daily-cart-check'],
    tags: ['crm'],
  },
];

const traffic: TemplateTaskInput[] = [
  {
    id: 'warm-up-daily-traffic-check',
    title: title('Watch traffic against the targets', '每日关注流量目标完成情况'),
    phase,
    workstream: 'traffic',
    due: teamStart(0, '11:00'),
    duration: hours(1),
    recurrence: WORKDAYS,
    tags: ['monitoring'],
  },
  {
    id: 'raise-paid-traffic',
    title: title('More paid traffic (pay-per-click 直通车, affiliate) and more spend on core products', '加大付费流量（直通车、联盟），加大核心商品投入'),
    phase,
    workstream: 'traffic',
    due: teamStart(3),
    duration: days(1),
    dependsOn: ['review-build-up-data'],
    tags: ['ads', 'affiliate', 'budget'],
  },
  {
    id: 'offsite-traffic-push',
    title: title('Off-site traffic: affiliate, Facebook, VK, YouTube', '站外引流：联盟、Facebook、VK、YouTube'),
    phase,
    workstream: 'traffic',
    due: teamStart(3),
    duration: days(3),
    tags: ['off-site'],
  },
  {
    id: 'more-live-streams',
    title: title('More live streams', '增加直播场次'),
    phase,
    workstream: 'traffic',
    due: teamStart(3),
    duration: days(3),
    tags: ['live'],
  },
];

const marketing: TemplateTaskInput[] = [
  {
    id: 'send-coupon-link-old-buyers',
    title: title('Send the coupon link to old buyers', '向老买家发送优惠券链接'),
    phase,
    workstream: 'marketing',
    due: fromStart(0),
    duration: hours(6),
    dependsOn: ['warm-up-store-banner'],
    tags: ['crm', 'coupon'],
  },
  {
    id: 'reach-old-customers',
    title: title(
      'Reach old customers every way: messages, email, targeted coupons, fan and social marketing',
      '全方位触达老客：站内信、邮件、定向券、粉丝营销与社媒营销',
    ),
    phase,
    workstream: 'marketing',
    due: teamStart(4),
    duration: days(3),
    weight: 2,
    dependsOn: ['old-customer-reach-plan'],
    tags: ['crm', 'fans'],
  },
  {
    id: 'shopping-scenarios',
    title: title('Varied shopping scenarios: content, interaction, cart, rush', '多样化购物场景：内容、互动、加购、抢购'),
    phase,
    workstream: 'marketing',
    due: teamStart(3),
    duration: days(2),
  },
  {
    id: 'test-offsite-product-ads',
    title: title('Test off-site product ads (coupons, posts)', '测试站外商品广告（优惠券、帖子）'),
    phase,
    workstream: 'marketing',
    due: teamStart(5),
    duration: days(2),
    tags: ['off-site', 'ads'],
  },
];

const visual: TemplateTaskInput[] = [
  {
    id: 'polish-activity-page',
    title: title('Polish the core activity page', '优化核心活动页面'),
    phase,
    workstream: 'visual',
    due: teamStart(3),
    duration: days(2),
    dependsOn: ['design-topic-pages'],
  },
  {
    id: 'refresh-selling-point-visuals',
    title: title('Refresh selling-point and related-recommendation visuals', '更新卖点图与关联推荐视觉'),
    phase,
    workstream: 'visual',
    due: teamStart(5),
    duration: days(2),
    dependsOn: ['selling-point-graphics'],
  },
  {
    id: 'prepare-sold-out-marks',
    title: title('Prepare sold-out marks', '准备售罄标识'),
    phase,
    workstream: 'visual',
    due: teamEnd(-3),
    duration: hours(4),
  },
  {
    id: 'peak-store-banner',
    title: title('Replace the store banner for the sale and point it at the coupon page', '更换正式期店铺横幅并链接到优惠券页面'),
    phase,
    workstream: 'visual',
    due: fromStart(-1, '00:00', 'peak'),
    duration: hours(4),
    weight: 2,
    tags: ['banner'],
    dependsOn: ['polish-activity-page', 'set-store-activities'],
    notes: note('24 hours before the sale opens (00:00 PT on the first peak day).', '正式期开始前24小时更换（正式期首日美西时间00:00）。'),
  },
];

const logisticsService: TemplateTaskInput[] = [
  {
    id: 'service-care-scripts',
    title: title('Service care: review reception and tune the scripts', '客服关怀：复盘接待情况，优化话术'),
    phase,
    workstream: 'logistics-service',
    due: teamStart(4),
    duration: days(2),
    tags: ['service'],
  },
  {
    id: 'set-auto-replies',
    title: title('Set automatic replies to buyer chats', '设置买家咨询自动回复'),
    phase,
    workstream: 'logistics-service',
    due: fromEnd(-1),
    duration: hours(4),
    weight: 2,
    dependsOn: ['service-care-scripts'],
    tags: ['service'],
    notes: note('Reply to inquiries within 24 hours.', '24小时内回复买家咨询。'),
  },
  {
    id: 'warehouse-process-hardware',
    title: title('Warehouse process and hardware ready for the sale', '仓库流程与硬件就绪'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-2),
    duration: days(3),
    dependsOn: ['warehouse-stress-test'],
    tags: ['warehouse'],
  },
];

/**
 * Warm-up (预热期) tasks of the 11.11 playbook, grouped by workstream.
 *
 * @example
 * warmUpTasks1111.filter((t) => t.recurrence).map((t) => t.id) //=> ['warm-up-daily-cart-check', 'warm-up-daily-traffic-check']
 */
export const warmUpTasks1111: TemplateTaskInput[] = [...operations, ...product, ...traffic, ...marketing, ...visual, ...logisticsService];
