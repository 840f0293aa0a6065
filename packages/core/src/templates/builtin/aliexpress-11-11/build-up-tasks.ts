// 造势期 (build-up), after the 2020 playbook. Times are US Pacific wall times. Registration deadlines close
// at 23:59 (the platform's cut-off); internal work is due at 18:00 PT, the start of the next Beijing working day.
import { WEEKLY, fromEnd, fromStart, title, type TemplateTaskInput } from '../task-kit.js';

const phase = 'build-up';
const STOCK_RULE =
  'Stock is checked either by the lowest-price SKU (the lowest-priced ticked SKU must meet the requirement; with several SKUs ' +
  'tied at the lowest price, any one meeting it is enough) or by the product total (sum over all ticked SKUs). ' +
  'The activity price must be at or under the threshold price (报名门槛价); some categories compare with historical mega-sale prices.';

const operations: TemplateTaskInput[] = [
  {
    id: 'all-hands-kickoff',
    title: title('All-hands kickoff for the 11.11 campaign', '双11全员动员启动会'),
    phase, workstream: 'operations', due: fromStart(1, '18:00'), weight: 2, tags: ['kickoff'],
    notes: 'Team morale is a build-up indicator: share the targets and the phase calendar.',
  },
  {
    id: 'budget-split',
    title: title('Split the budget across phases and channels', '预算分配：各阶段与各渠道'),
    phase, workstream: 'operations', due: fromStart(4, '18:00'), weight: 2, tags: ['budget'],
  },
  {
    id: 'register-platform-activities',
    title: title('Register for platform activities and fix the core selling point', '报名平台活动并确定利益点'),
    phase, workstream: 'operations', due: fromStart(20), critical: true, weight: 3, tags: ['registration'],
    dependsOn: ['tier-catalogue', 'check-registration-stock-and-price'],
  },
  {
    id: 'register-store-discount',
    title: title("Register the store's mega-sale single-item discount", '报名大促店铺单品折扣'),
    phase, workstream: 'operations', due: fromEnd(-4), critical: true, weight: 3, tags: ['registration'],
    dependsOn: ['check-registration-stock-and-price'],
    notes: 'The store activity registration of the playbook; volume and clearance products go here.',
  },
  {
    id: 'monitor-build-up-data',
    title: title('Monitor build-up data and adjust', '造势期数据监控与调整'),
    phase, workstream: 'operations', due: fromStart(6, '18:00'), recurrence: WEEKLY, tags: ['monitoring'],
    notes: 'Traffic data, add-to-cart and wishlist data (加购加收藏), coupon issue counts.',
  },
  {
    id: 'stage-traffic-channels',
    title: title('Stage the traffic channels', '流量渠道分阶段布局'),
    phase, workstream: 'operations', due: fromStart(13, '18:00'), dependsOn: ['budget-split'], tags: ['traffic-plan'],
  },
  {
    id: 'old-customer-reach-plan',
    title: title(
      'Old-customer reach plan: email, FEED posts, off-site, fans, topics, video, buyer shows, live streams',
      '老客触达计划：邮件、FEED、站外、粉丝、话题、视频、买家秀、直播',
    ),
    phase, workstream: 'operations', due: fromStart(13, '18:00'), weight: 2, tags: ['crm'],
  },
];

const product: TemplateTaskInput[] = [
  {
    id: 'tier-catalogue',
    title: title('Tier the catalogue: hero, activity, volume and clearance products', '产品分级：主打爆款、活动单品、冲量单品、清仓单品'),
    phase, workstream: 'product', due: fromStart(5, '18:00'), weight: 3, tags: ['tiers'],
    notes: 'Hero: premium placements, brand flash deals, main venue. Activity: Flash Deals, Russian group buy. ' +
      'Volume: secondary venues, store single-item discount. Clearance: store single-item discount.',
  },
  {
    id: 'check-registration-stock-and-price',
    title: title('Check stock and threshold price of the products to register', '核对报名商品库存与报名门槛价'),
    phase, workstream: 'product', due: fromStart(17, '18:00'), weight: 2, tags: ['registration'],
    dependsOn: ['tier-catalogue'], notes: STOCK_RULE,
  },
  {
    id: 'incubate-hero-products',
    title: title('Keep incubating potential hero products', '持续孵化潜力爆款'),
    phase, workstream: 'product', due: fromEnd(-1, '18:00'), dependsOn: ['tier-catalogue'], tags: ['tiers'],
  },
];

const traffic: TemplateTaskInput[] = [
  {
    id: 'build-base-sales',
    title: title('Build base sales, good-review rate and wishlist/cart counts', '稳定销量卡位：基础销量、好评率、加购加收藏'),
    phase, workstream: 'traffic', due: fromEnd(-1, '18:00'), tags: ['on-site'],
  },
  {
    id: 'optimise-search',
    title: title('Optimise search: core words and attribute words', '搜索优化：核心词、属性词'),
    phase, workstream: 'traffic', due: fromStart(13, '18:00'), dependsOn: ['tier-catalogue'], tags: ['on-site'],
  },
  {
    id: 'tune-ppc-ads',
    title: title('Tune the pay-per-click ads (直通车): product layout, keyword layout, budget, strategy', '直通车优化：商品布局、关键词布局、预算、策略'),
    phase, workstream: 'traffic', due: fromStart(13, '18:00'), dependsOn: ['tier-catalogue', 'budget-split'], tags: ['on-site', 'ads'],
  },
  {
    id: 'set-affiliate-commissions',
    title: title('Affiliate (联盟): rotate products and set commissions', '联盟：轮换推广商品并设置佣金'),
    phase, workstream: 'traffic', due: fromStart(20, '18:00'), dependsOn: ['tier-catalogue'], tags: ['on-site', 'affiliate'],
    notes: 'Suggest doubling the category commission rate; raise it further for single-item and main plans.',
  },
  {
    id: 'confirm-offsite-content',
    title: title('Confirm off-site social content: copy, samples, price, discount depth', '确认站外社媒内容：文案、样品、价格、折扣力度'),
    phase, workstream: 'traffic', due: fromStart(22, '18:00'), dependsOn: ['register-platform-activities'], tags: ['off-site'],
  },
];

const marketing: TemplateTaskInput[] = [
  {
    id: 'register-shopping-coupons',
    title: title('Register for the platform shopping-coupon activity', '报名平台购物券活动'),
    phase, workstream: 'marketing', due: fromStart(20), critical: true, weight: 3, tags: ['registration', 'coupon'],
    dependsOn: ['tier-catalogue'],
  },
  {
    id: 'register-venue-activities',
    title: title(
      'Keep registering for venue activities: daily Flash Deals, Russian group buy, team buy, mobile, trials, coins',
      '持续报名会场活动：每日Flash Deals、俄罗斯团购、团购、无线、试用、金币',
    ),
    phase, workstream: 'marketing', due: fromEnd(-1), critical: true, weight: 2, tags: ['registration'],
    dependsOn: ['check-registration-stock-and-price'],
    notes: 'Channels open on their own calendars; this is the last day to get activity products into the warm-up.',
  },
  {
    id: 'set-store-activities',
    title: title('Set store activities: interactions, spend-threshold discounts (满减), coupons, bundles', '设置店铺活动：互动、满减、优惠券、搭配套餐'),
    phase, workstream: 'marketing', due: fromEnd(-2), weight: 2, tags: ['coupon'],
    dependsOn: ['register-store-discount'],
    notes: 'Set a 满减 threshold slightly above the unit price: far above means nothing, below discounts single orders for free.',
  },
  {
    id: 'score-boosters',
    title: title('Score boosters: FEED posts, invite-friends, team buy, follow-gift', '加分项：FEED帖子、邀请好友、团购、关注有礼'),
    phase, workstream: 'marketing', due: fromEnd(-1, '18:00'), tags: ['fans'],
  },
];

const visual: TemplateTaskInput[] = [
  {
    id: 'design-topic-pages',
    title: title('Design the topic pages, the 11.11 reception page and the FEED topic page', '制作专题页、双11承接页、FEED专题页'),
    phase, workstream: 'visual', due: fromEnd(-3, '18:00'), dependsOn: ['register-platform-activities'],
  },
  {
    id: 'produce-videos',
    title: title('Produce live-stream and short-video material', '制作直播与短视频素材'),
    phase, workstream: 'visual', due: fromEnd(-3, '18:00'), tags: ['live'],
  },
  {
    id: 'offsite-material',
    title: title('Prepare off-site material', '准备站外素材'),
    phase, workstream: 'visual', due: fromEnd(-3, '18:00'), dependsOn: ['confirm-offsite-content'], tags: ['off-site'],
  },
  {
    id: 'selling-point-graphics',
    title: title('Selling-point graphics', '制作卖点图'),
    phase, workstream: 'visual', due: fromStart(22, '18:00'), dependsOn: ['register-platform-activities'],
  },
  {
    id: 'posters-and-offer-info',
    title: title('Long posters, offer information and in-store posters', '长图海报、优惠信息、店内海报'),
    phase, workstream: 'visual', due: fromEnd(-1, '18:00'), dependsOn: ['register-platform-activities', 'set-store-activities'],
  },
  {
    id: 'warm-up-store-banner',
    title: title('Replace the store banner and point it at the coupon page', '更换店铺横幅并链接到优惠券页面'),
    phase, workstream: 'visual', due: fromStart(-1, '00:00', 'warm-up'), weight: 2, tags: ['banner'],
    dependsOn: ['register-platform-activities', 'set-store-activities'],
    notes: '24 hours before the activity shows (the warm-up opens at 00:00 PT).',
  },
];

const logisticsService: TemplateTaskInput[] = [
  {
    id: 'reach-members-and-fans',
    title: title('Customer prep: reach members and fans by SMS, email, FEED and off-site push', '客户准备：短信、邮件、FEED、站外推送触达会员与粉丝'),
    phase, workstream: 'logistics-service', due: fromEnd(-1, '18:00'), dependsOn: ['old-customer-reach-plan'], tags: ['crm'],
  },
  {
    id: 'reach-prospects',
    title: title('Customer prep: reach prospects via social accounts, influencers and live streams', '客户准备：通过社媒账号、网红、直播触达潜在客户'),
    phase, workstream: 'logistics-service', due: fromEnd(-1, '18:00'), tags: ['off-site'],
  },
  {
    id: 'warehouse-prep',
    title: title('Warehouse: stock count, staffing and process optimisation', '仓库：盘点、人员安排、流程优化'),
    phase, workstream: 'logistics-service', due: fromEnd(-5, '18:00'), tags: ['warehouse'],
  },
  {
    id: 'warehouse-stress-test',
    title: title('Warehouse stress test', '仓库压力测试'),
    phase, workstream: 'logistics-service', due: fromEnd(-2, '18:00'), dependsOn: ['warehouse-prep'], tags: ['warehouse'],
  },
  {
    id: 'overseas-warehouse-stock',
    title: title('Overseas-warehouse stock for hero products: listed and on sale', '海外仓爆品备货：入仓、上架并在售'),
    phase, workstream: 'logistics-service', due: fromEnd(-3), weight: 2, dependsOn: ['tier-catalogue'], tags: ['warehouse'],
  },
  {
    id: 'extend-ship-time',
    title: title('Extend the promised ship time for the sale (e.g. 48 hours to 5 days)', '延长大促承诺发货期（如48小时改为5天）'),
    phase, workstream: 'logistics-service', due: fromEnd(-1), weight: 2, tags: ['fulfilment'],
    notes: 'Avoids late-shipment penalties: ship within 3 working days of payment, a valid tracking number within 48 hours.',
  },
];

/**
 * Build-up (造势期) tasks of the 11.11 playbook, grouped by workstream.
 *
 * @example
 * buildUpTasks1111.find((t) => t.id === 'register-platform-activities')?.critical //=> true
 */
export const buildUpTasks1111: TemplateTaskInput[] = [
  ...operations,
  ...product,
  ...traffic,
  ...marketing,
  ...visual,
  ...logisticsService,
];
