import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS, TIER_CHANNELS, TIER_LABELS, channelFitsTier } from './product-tiers.js';
import { CHANNELS, PRODUCT_TIERS } from '../schemas/product.js';

describe('product tiers', () => {
  it('follows the playbook table', () => {
    expect(TIER_CHANNELS).toEqual({
      hero: ['premium-placement', 'brand-flash-deals', 'main-venue'],
      activity: ['flash-deals', 'group-buy'],
      volume: ['secondary-venue', 'store-single-item-discount'],
      clearance: ['store-single-item-discount'],
    });
    expect(PRODUCT_TIERS.map((t) => TIER_LABELS[t]['zh-CN'])).toEqual(['主打爆款', '活动单品', '冲量单品', '清仓单品']);
    expect(CHANNEL_LABELS['premium-placement']['zh-CN']).toBe('海景房');
  });

  it('says which channel fits which tier, and every channel has a tier', () => {
    expect(channelFitsTier('hero', 'main-venue')).toBe(true);
    expect(channelFitsTier('clearance', 'flash-deals')).toBe(false);
    expect(channelFitsTier('volume', 'store-single-item-discount')).toBe(true);
    for (const c of CHANNELS)
      expect(
        PRODUCT_TIERS.some((t) => channelFitsTier(t, c)),
        c,
      ).toBe(true);
  });
});
