import type { LocalizedText } from '../schemas/common.js';
import type { Channel, ProductTier } from '../schemas/product.js';

/** Display names of the product tiers. */
export const TIER_LABELS: Readonly<Record<ProductTier, LocalizedText>> = {
  hero: { en: 'Hero product', 'zh-CN': '主打爆款' },
  activity: { en: 'Activity product', 'zh-CN': '活动单品' },
  volume: { en: 'Volume product', 'zh-CN': '冲量单品' },
  clearance: { en: 'Clearance product', 'zh-CN': '清仓单品' },
};

/** Display names of the channels. */
export const CHANNEL_LABELS: Readonly<Record<Channel, LocalizedText>> = {
  'premium-placement': { en: 'Premium placement', 'zh-CN': '海景房' },
  'brand-flash-deals': { en: 'Brand flash deals', 'zh-CN': '品牌闪购' },
  'main-venue': { en: 'Main-venue activities', 'zh-CN': '主会场活动' },
  'flash-deals': { en: 'Flash Deals', 'zh-CN': 'Flash Deals' },
  'group-buy': { en: 'Group buy (Russian group buy and similar)', 'zh-CN': '俄罗斯团购等渠道' },
  'secondary-venue': { en: 'Secondary venues', 'zh-CN': '分会场' },
  'store-single-item-discount': { en: 'Store single-item discount', 'zh-CN': '店铺单品折扣' },
};

/** Where each tier is entered, after the playbook's tiering table. */
export const TIER_CHANNELS: Readonly<Record<ProductTier, readonly Channel[]>> = {
  hero: ['premium-placement', 'brand-flash-deals', 'main-venue'],
  activity: ['flash-deals', 'group-buy'],
  volume: ['secondary-venue', 'store-single-item-discount'],
  clearance: ['store-single-item-discount'],
};

/**
 * Whether the playbook enters products of `tier` into `channel`.
 *
 * @example
 * channelFitsTier('hero', 'main-venue') //=> true
 * channelFitsTier('clearance', 'flash-deals') //=> false
 */
export function channelFitsTier(tier: ProductTier, channel: Channel): boolean {
  return TIER_CHANNELS[tier].includes(channel);
}
