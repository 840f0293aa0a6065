import type { OffersInput } from '../../../schemas/offers.js';

/**
 * Example offers of the 11.11 template, after the playbook: a store threshold discount (满减) with its first
 * threshold slightly above the typical $17.99 unit price, a follower coupon claimed in the warm-up, a limited
 * large-value coupon on peak day 1, a return-visit coupon for buyers who carted or wishlisted in the last
 * 7 days, 20% then 10% off on the two peak days, and one product per tier registered where the tier goes.
 * Amounts are US cents. Sellers replace the products and amounts with their own; the shape passes the checks.
 */
export const offers1111: OffersInput = {
  currency: 'USD',
  grossMarginPercent: 35,
  couponLadders: [
    {
      id: 'store-threshold',
      name: { en: 'Store threshold discount', 'zh-CN': '店铺满减' },
      kind: 'store-threshold-discount',
      useWindow: { phase: 'peak' },
      referenceUnitPrice: 1799,
      // $3 off $20 (15%), $8 off $45 (17.8%), $15 off $80 (18.75%): each step a better rate.
      tiers: [
        { minSpend: 2000, discount: 300 },
        { minSpend: 4500, discount: 800 },
        { minSpend: 8000, discount: 1500 },
      ],
    },
    {
      id: 'follower-coupon',
      name: { en: 'Follow-the-store coupon', 'zh-CN': '关注店铺领券' },
      kind: 'follower-coupon',
      audience: 'followers',
      claimWindow: { phase: 'warm-up', through: 'peak' },
      useWindow: { phase: 'peak' },
      referenceUnitPrice: 1799,
      tiers: [{ minSpend: 3000, discount: 200 }],
      totalQuantity: 500,
      perBuyerLimit: 1,
    },
    {
      id: 'peak-large-coupon',
      name: { en: 'Limited large-value coupon', 'zh-CN': '限量大额券' },
      kind: 'limited-large-coupon',
      claimWindow: { phase: 'peak', day: 1 },
      useWindow: { phase: 'peak', day: 1 },
      referenceUnitPrice: 1799,
      tiers: [{ minSpend: 5000, discount: 1000 }],
      totalQuantity: 100,
      perBuyerLimit: 1,
      stacksWithOthers: false,
    },
    {
      id: 'return-visit-coupon',
      name: { en: 'Return-visit targeted coupon', 'zh-CN': '返场定向券' },
      kind: 'targeted-coupon',
      audience: { cartedOrWishlistedWithinDays: 7 },
      claimWindow: { phase: 'review' },
      useWindow: { phase: 'review' },
      referenceUnitPrice: 1799,
      tiers: [{ minSpend: 2500, discount: 500 }],
      totalQuantity: 200,
      perBuyerLimit: 1,
    },
  ],
  discountSchedules: [
    {
      id: 'peak-single-item',
      name: { en: 'Peak single-item discount', 'zh-CN': '大促单品折扣' },
      productIds: ['hero-earbuds', 'activity-cable'],
      steps: [
        { percentOff: 20, window: { phase: 'peak', day: 1 }, stock: 300 },
        { percentOff: 10, window: { phase: 'peak', day: 2 } },
      ],
      perBuyerLimit: 2,
    },
  ],
  products: [
    {
      id: 'hero-earbuds',
      name: { en: 'Wireless earbuds', 'zh-CN': '无线耳机' },
      tier: 'hero',
      skus: [
        { id: 'black', price: 2599, activityPrice: 1799, stock: 400 },
        { id: 'white', price: 2599, activityPrice: 1799, stock: 250 },
      ],
      registrations: [{ channel: 'main-venue', requirement: { thresholdPrice: 1800, minStock: 300, stockRule: 'lowest-price-sku', minDiscountPercent: 25 } }],
    },
    {
      id: 'activity-cable',
      name: { en: 'Braided USB-C cable', 'zh-CN': '编织USB-C数据线' },
      tier: 'activity',
      skus: [{ id: '1m', price: 899, activityPrice: 599, stock: 1000 }],
      registrations: [{ channel: 'flash-deals', requirement: { thresholdPrice: 600, minStock: 500, stockRule: 'total' } }],
    },
    {
      id: 'volume-case',
      name: { en: 'Phone case', 'zh-CN': '手机壳' },
      tier: 'volume',
      skus: [{ id: 'clear', price: 499, stock: 2000 }],
      registrations: [{ channel: 'secondary-venue' }],
    },
    {
      id: 'clearance-strap',
      name: { en: 'Watch strap (last season)', 'zh-CN': '表带（上季款）' },
      tier: 'clearance',
      skus: [{ id: 'brown', price: 699, activityPrice: 349, stock: 120 }],
      registrations: [{ channel: 'store-single-item-discount' }],
    },
  ],
  // Example targets for a small store (US cents), watched the way the playbook does: traffic, add-to-cart and
  // wishlist through the warm-up, GMV and orders in the peak (front-loaded: most orders come in its first
  // hours), conversion and order value as levels. Budgets split across ads (直通车), affiliate (联盟),
  // off-site and coupons; the coupon ladders above cost less than the coupon line at the orders target.
  targets: [
    { id: 'visitors-warm-up', metric: 'visitors', scope: { phase: 'warm-up' }, value: 40000 },
    { id: 'add-to-cart-warm-up', metric: 'add-to-cart', scope: { phase: 'warm-up' }, value: 3000 },
    { id: 'wishlist-warm-up', metric: 'wishlist', scope: { phase: 'warm-up' }, value: 2000 },
    { id: 'gmv-peak', metric: 'gmv', scope: { phase: 'peak' }, value: 5000000, curve: 'sale' },
    { id: 'orders-peak', metric: 'orders', scope: { phase: 'peak' }, value: 2000, curve: 'sale' },
    { id: 'conversion-rate', metric: 'conversion-rate', value: '0.03' },
    { id: 'average-order-value', metric: 'average-order-value', value: 2500 },
    { id: 'sell-through-hero', metric: 'sell-through', scope: { tier: 'hero' }, value: '0.8' },
  ],
  budgets: [
    { id: 'ads-warm-up', channel: 'ads', phase: 'warm-up', amount: 150000 },
    { id: 'ads-peak', channel: 'ads', phase: 'peak', amount: 300000 },
    { id: 'affiliate-peak', channel: 'affiliate', phase: 'peak', amount: 150000 },
    { id: 'off-site-warm-up', channel: 'off-site', phase: 'warm-up', amount: 80000 },
    { id: 'coupons', channel: 'coupons', amount: 200000 },
  ],
};
