// 造势期 (build-up), after the 2020 playbook. Platform deadlines (registrations, settings that must be live when
// an activity shows) are US Pacific wall times and close at 23:59; internal work is on the team's clock
// (17:00 team time: the end of the team's working day). Working windows follow the playbook's order and what
// the work takes: registrations a few days of preparing and submitting, a catalogue tiering three days, visual
// production a week, a banner swap a few hours.
//
// Registration deadlines: the playbook gives none for 11.11 itself (its Oct 21 and Oct 30 are the Black Friday
// follow-up's). Platforms close mega-sale registration some two weeks before the warm-up (the 328 timeline in
// mega-sales.md), so these are estimates until a published calendar gives them (`calendar.deadlines`).
import { WEEKLY, days, fromEnd, fromStart, hours, note, teamEnd, teamStart, title, type TemplateTaskInput } from '../task-kit.js';

const phase = 'build-up';
const STOCK_RULE = note(
  'Stock is checked either by the lowest-price SKU (the lowest-priced ticked SKU must meet the requirement; with several SKUs ' +
    'tied at the lowest price, any one meeting it is enough) or by the product total (sum over all ticked SKUs). ' +
    'The activity price must be at or under the threshold price (报名门槛价); some categories compare with historical mega-sale prices.',
  '库存校验按最低价SKU（勾选的最低价SKU须满足要求；多个SKU并列最低价时任一满足即可）或按商品总库存（所有勾选SKU之和）。' +
    '活动价须不高于报名门槛价；部分类目与历史大促价格比较。',
);
const ESTIMATE = note(
  'Estimate: the playbook gives no 11.11 registration date; platforms close about two weeks before the warm-up. Confirm in the seller centre.',
  '预估：手册未给出双11报名截止日期，平台通常在预热期前约两周截止。请在卖家后台确认。',
);

const operations: TemplateTaskInput[] = [
  {
    id: 'all-hands-kickoff',
    title: title('All-hands kickoff for the 11.11 campaign', '双11全员动员启动会'),
    phase,
    workstream: 'operations',
    due: teamStart(1, '11:00'),
    duration: hours(2),
    weight: 2,
    tags: ['kickoff'],
    notes: note('Team morale is a build-up indicator: share the targets and the phase calendar.', '团队士气是造势期指标：同步目标与各阶段日历。'),
  },
  {
    id: 'budget-split',
    title: title('Split the budget across phases and channels', '预算分配：各阶段与各渠道'),
    phase,
    workstream: 'operations',
    due: teamStart(4),
    duration: days(2),
    weight: 2,
    tags: ['budget'],
  },
  {
    id: 'register-platform-activities',
    title: title('Register for platform activities and fix the core selling point', '报名平台活动并确定利益点'),
    phase,
    workstream: 'operations',
    due: fromEnd(-14),
    duration: days(3),
    estimate: true,
    critical: true,
    weight: 3,
    tags: ['registration'],
    dependsOn: ['tier-catalogue', 'check-registration-stock-and-price'],
    notes: ESTIMATE,
  },
  {
    id: 'register-store-discount',
    title: title("Register the store's mega-sale single-item discount", '报名大促店铺单品折扣'),
    phase,
    workstream: 'operations',
    due: fromEnd(-4),
    duration: days(2),
    estimate: true,
    critical: true,
    weight: 3,
    tags: ['registration'],
    dependsOn: ['check-registration-stock-and-price'],
    notes: note(
      'The store activity registration of the playbook; volume and clearance products go here. Estimate: confirm the date in the seller centre.',
      '手册中的店铺活动报名；冲量单品和清仓单品放在这里。日期为预估，请在卖家后台确认。',
    ),
  },
  {
    id: 'monitor-build-up-data',
    title: title('Monitor build-up data and adjust', '造势期数据监控与调整'),
    phase,
    workstream: 'operations',
    due: teamStart(6, '16:00'),
    duration: hours(2),
    recurrence: WEEKLY,
    tags: ['monitoring'],
    notes: note('Traffic data, add-to-cart and wishlist data (加购加收藏), coupon issue counts.', '流量数据、加购加收藏数据、优惠券领取量。'),
  },
  {
    id: 'stage-traffic-channels',
    title: title('Stage the traffic channels', '流量渠道分阶段布局'),
    phase,
    workstream: 'operations',
    due: teamStart(8),
    duration: days(2),
    dependsOn: ['budget-split'],
    tags: ['traffic-plan'],
  },
  {
    id: 'old-customer-reach-plan',
    title: title(
      'Old-customer reach plan: email, FEED posts, off-site, fans, topics, video, buyer shows, live streams',
      '老客触达计划：邮件、FEED、站外、粉丝、话题、视频、买家秀、直播',
    ),
    phase,
    workstream: 'operations',
    due: teamStart(8),
    duration: days(3),
    weight: 2,
    tags: ['crm'],
  },
];

const product: TemplateTaskInput[] = [
  {
    id: 'tier-catalogue',
    title: title('Tier the catalogue: hero, activity, volume and clearance products', '产品分级：主打爆款、活动单品、冲量单品、清仓单品'),
    phase,
    workstream: 'product',
    due: teamStart(3),
    duration: days(3),
    weight: 3,
    tags: ['tiers'],
    notes: note(
      'Hero: premium placements, brand flash deals, main venue. Activity: Flash Deals, Russian group buy. ' +
        'Volume: secondary venues, store single-item discount. Clearance: store single-item discount. ' +
        'Mark the primary pushes (主推) and secondary pushes (次推).',
      '主打爆款：海景房、品牌闪购、主会场；活动单品：Flash Deals、俄罗斯团购；冲量单品：分会场、店铺单品折扣；清仓单品：店铺单品折扣。标出主推与次推。',
    ),
  },
  {
    id: 'check-registration-stock-and-price',
    title: title('Check stock and threshold price of the products to register', '核对报名商品库存与报名门槛价'),
    phase,
    workstream: 'product',
    due: teamStart(7),
    duration: days(3),
    weight: 2,
    tags: ['registration'],
    dependsOn: ['tier-catalogue'],
    notes: STOCK_RULE,
  },
  {
    id: 'incubate-hero-products',
    title: title('Keep incubating potential hero products', '持续孵化潜力爆款'),
    phase,
    workstream: 'product',
    due: teamEnd(-2),
    duration: days(20),
    dependsOn: ['tier-catalogue'],
    tags: ['tiers'],
  },
];

const traffic: TemplateTaskInput[] = [
  {
    id: 'build-base-sales',
    title: title('Build base sales, good-review rate and wishlist/cart counts', '稳定销量卡位：基础销量、好评率、加购加收藏'),
    phase,
    workstream: 'traffic',
    due: teamEnd(-2),
    duration: days(24),
    tags: ['on-site'],
  },
  {
    id: 'optimise-search',
    title: title('Optimise search: core words and attribute words', '搜索优化：核心词、属性词'),
    phase,
    workstream: 'traffic',
    due: teamStart(10),
    duration: days(5),
    dependsOn: ['tier-catalogue'],
    tags: ['on-site'],
  },
  {
    id: 'tune-ppc-ads',
    title: title('Tune the pay-per-click ads (直通车): product layout, keyword layout, budget, strategy', '直通车优化：商品布局、关键词布局、预算、策略'),
    phase,
    workstream: 'traffic',
    due: teamStart(10),
    duration: days(5),
    dependsOn: ['tier-catalogue', 'budget-split'],
    tags: ['on-site', 'ads'],
  },
  {
    id: 'set-affiliate-commissions',
    title: title('Affiliate (联盟): rotate products and set commissions', '联盟：轮换推广商品并设置佣金'),
    phase,
    workstream: 'traffic',
    due: teamStart(11),
    duration: days(3),
    dependsOn: ['tier-catalogue'],
    tags: ['on-site', 'affiliate'],
    notes: note(
      'Suggest doubling the category commission rate; raise it further for single-item and main plans.',
      '建议佣金设为类目佣金的两倍；单品计划和主推计划再提高。',
    ),
  },
  {
    id: 'confirm-offsite-content',
    title: title('Confirm off-site social content: copy, samples, price, discount depth', '确认站外社媒内容：文案、样品、价格、折扣力度'),
    phase,
    workstream: 'traffic',
    due: teamEnd(-12),
    duration: days(2),
    dependsOn: ['register-platform-activities'],
    tags: ['off-site'],
  },
];

const marketing: TemplateTaskInput[] = [
  {
    id: 'register-shopping-coupons',
    title: title('Register for the platform shopping-coupon activity', '报名平台购物券活动'),
    phase,
    workstream: 'marketing',
    due: fromEnd(-14),
    duration: days(2),
    estimate: true,
    critical: true,
    weight: 3,
    tags: ['registration', 'coupon'],
    dependsOn: ['tier-catalogue'],
    notes: ESTIMATE,
  },
  {
    id: 'register-venue-activities',
    title: title(
      'Keep registering for venue activities: daily Flash Deals, Russian group buy, team buy (拼团), mobile, trials, coins',
      '持续报名会场活动：每日Flash Deals、俄罗斯团购、拼团、无线、试用、金币',
    ),
    phase,
    workstream: 'marketing',
    due: fromEnd(-1),
    duration: days(14),
    estimate: true,
    critical: true,
    weight: 2,
    tags: ['registration'],
    dependsOn: ['check-registration-stock-and-price'],
    notes: note(
      'Channels open on their own calendars; this is the last day to get activity products into the warm-up.',
      '各频道按各自日历开放；这是活动商品进入预热期的最后一天。',
    ),
  },
  {
    id: 'set-store-activities',
    title: title('Set store activities: interactions, spend-threshold discounts (满减), coupons, bundles', '设置店铺活动：互动、满减、优惠券、搭配套餐'),
    phase,
    workstream: 'marketing',
    due: fromEnd(-3),
    duration: days(2),
    weight: 2,
    tags: ['coupon'],
    dependsOn: ['register-store-discount'],
    notes: note(
      'Set a 满减 threshold slightly above the unit price: far above means nothing, below discounts single orders for free.',
      '满减门槛略高于客单价：过高没有意义，低于单价则白白给单件订单打折。',
    ),
  },
  {
    id: 'fan-growth',
    title: title('Fan growth (增粉): FEED posts, invite-friends, team buy (拼团), follow-gift (关注有礼)', '增粉：FEED帖子、邀请好友、拼团、关注有礼'),
    phase,
    workstream: 'marketing',
    due: teamEnd(-2),
    duration: days(14),
    tags: ['fans'],
  },
];

const visual: TemplateTaskInput[] = [
  {
    id: 'design-topic-pages',
    title: title('Design the topic pages, the 11.11 reception page and the FEED topic page', '制作专题页、双11承接页、FEED专题页'),
    phase,
    workstream: 'visual',
    due: teamEnd(-3),
    duration: days(5),
    dependsOn: ['register-platform-activities'],
  },
  {
    id: 'produce-videos',
    title: title('Produce live-stream and short-video material', '制作直播与短视频素材'),
    phase,
    workstream: 'visual',
    due: teamEnd(-3),
    duration: days(7),
    tags: ['live'],
  },
  {
    id: 'offsite-material',
    title: title('Prepare off-site material', '准备站外素材'),
    phase,
    workstream: 'visual',
    due: teamEnd(-3),
    duration: days(4),
    dependsOn: ['confirm-offsite-content'],
    tags: ['off-site'],
  },
  {
    id: 'selling-point-graphics',
    title: title('Selling-point graphics', '制作卖点图'),
    phase,
    workstream: 'visual',
    due: teamStart(18),
    duration: days(3),
    dependsOn: ['register-platform-activities'],
  },
  {
    id: 'posters-and-offer-info',
    title: title('Long posters, offer information and in-store posters', '长图海报、优惠信息、店内海报'),
    phase,
    workstream: 'visual',
    due: teamEnd(-1, '12:00'),
    duration: days(2),
    dependsOn: ['register-platform-activities', 'set-store-activities'],
  },
  {
    id: 'warm-up-store-banner',
    title: title('Replace the store banner and point it at the coupon page', '更换店铺横幅并链接到优惠券页面'),
    phase,
    workstream: 'visual',
    due: fromStart(-1, '00:00', 'warm-up'),
    duration: hours(4),
    weight: 2,
    tags: ['banner'],
    dependsOn: ['register-platform-activities', 'set-store-activities'],
    notes: note('24 hours before the activity shows (the warm-up opens at 00:00 PT).', '活动展示前24小时更换（预热期美西时间00:00开始）。'),
  },
];

const logisticsService: TemplateTaskInput[] = [
  {
    id: 'reach-members-and-fans',
    title: title('Customer prep: reach members and fans by SMS, email, FEED and off-site push', '客户准备：短信、邮件、FEED、站外推送触达会员与粉丝'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-2),
    duration: days(5),
    dependsOn: ['old-customer-reach-plan'],
    tags: ['crm'],
  },
  {
    id: 'reach-prospects',
    title: title('Customer prep: reach prospects via social accounts, influencers and live streams', '客户准备：通过社媒账号、网红、直播触达潜在客户'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-2),
    duration: days(7),
    tags: ['off-site'],
  },
  {
    id: 'warehouse-prep',
    title: title('Warehouse: stock count, staffing and process optimisation', '仓库：盘点、人员安排、流程优化'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-6),
    duration: days(4),
    tags: ['warehouse'],
  },
  {
    id: 'warehouse-stress-test',
    title: title('Warehouse stress test', '仓库压力测试'),
    phase,
    workstream: 'logistics-service',
    due: teamEnd(-3),
    duration: days(1),
    dependsOn: ['warehouse-prep'],
    tags: ['warehouse'],
  },
  {
    id: 'overseas-warehouse-stock',
    title: title('Overseas-warehouse stock for hero products: listed and on sale', '海外仓爆品备货：入仓、上架并在售'),
    phase,
    workstream: 'logistics-service',
    due: fromEnd(-3),
    duration: days(14),
    weight: 2,
    dependsOn: ['tier-catalogue'],
    tags: ['warehouse'],
  },
  {
    id: 'extend-ship-time',
    title: title('Extend the promised ship time for the sale (e.g. 48 hours to 5 days)', '延长大促承诺发货期（如48小时改为5天）'),
    phase,
    workstream: 'logistics-service',
    due: fromEnd(-1),
    duration: hours(4),
    weight: 2,
    tags: ['fulfilment'],
    notes: note(
      'Avoids late-shipment penalties: ship within 3 working days of payment, a valid tracking number within 48 hours.',
      '避免延迟发货处罚：付款后3个工作日内发货，48小时内填写有效物流单号。',
    ),
  },
];

/**
 * Build-up (造势期) tasks of the 11.11 playbook, grouped by workstream.
 *
 * @example
 * buildUpTasks1111.find((t) => t.id === 'register-platform-activities')?.estimate //=> true (no source gives the date)
 */
export const buildUpTasks1111: TemplateTaskInput[] = [...operations, ...product, ...traffic, ...marketing, ...visual, ...logisticsService];
