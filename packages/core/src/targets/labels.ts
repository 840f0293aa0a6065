import type { LocalizedText } from '../schemas/common.js';
import type { MarketingChannel, Metric } from '../schemas/targets.js';

/** Display names of the metrics, as sellers' dashboards name them. */
export const METRIC_LABELS: Readonly<Record<Metric | 'spend', LocalizedText>> = {
  gmv: { en: 'GMV', 'zh-CN': '成交额' },
  orders: { en: 'Orders', 'zh-CN': '订单数' },
  visitors: { en: 'Visitors', 'zh-CN': '访客数' },
  'add-to-cart': { en: 'Add-to-cart', 'zh-CN': '加购数' },
  wishlist: { en: 'Wishlist', 'zh-CN': '收藏数' },
  'conversion-rate': { en: 'Conversion rate', 'zh-CN': '转化率' },
  'average-order-value': { en: 'Average order value', 'zh-CN': '客单价' },
  'sell-through': { en: 'Sell-through', 'zh-CN': '售罄率' },
  spend: { en: 'Spend', 'zh-CN': '花费' },
};

/** Display names of the marketing channels. */
export const CHANNEL_LABELS: Readonly<Record<MarketingChannel, LocalizedText>> = {
  ads: { en: 'Ads (直通车)', 'zh-CN': '直通车' },
  affiliate: { en: 'Affiliate (联盟)', 'zh-CN': '联盟' },
  'off-site': { en: 'Off-site', 'zh-CN': '站外' },
  coupons: { en: 'Coupons', 'zh-CN': '优惠券' },
  organic: { en: 'Organic', 'zh-CN': '自然流量' },
  other: { en: 'Other', 'zh-CN': '其他' },
};
