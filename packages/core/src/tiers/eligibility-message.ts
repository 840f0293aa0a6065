import type { Locale } from '../schemas/common.js';
import { formatMoney } from '../money/format-money.js';
import { DEFAULT_CURRENCY } from '../money/money.js';
import type { IneligibilityReason } from './eligibility.js';

const STOCK_RULE = {
  'lowest-price-sku': { en: 'the lowest-price SKU', 'zh-CN': '最低价SKU' },
  total: { en: 'the product total', 'zh-CN': '商品总库存' },
} as const;

/**
 * A sentence for a seller saying why a product cannot register, in English or Chinese.
 *
 * @example
 * describeIneligibility({ code: 'price_above_threshold', price: 1599, threshold: 1500, by: 99 })
 * //=> 'activity price $15.99 is $0.99 above the threshold price $15'
 * describeIneligibility({ code: 'stock_short', rule: 'total', stock: 80, required: 100, short: 20 }, { locale: 'zh-CN' })
 * //=> '按商品总库存计算库存 80，还差 20 件（要求 100）'
 */
export function describeIneligibility(reason: IneligibilityReason, options: { locale?: Locale; currency?: string } = {}): string {
  const zh = options.locale === 'zh-CN';
  const locale = options.locale ?? 'en';
  const m = (amount: number) => formatMoney({ amount, currency: options.currency ?? DEFAULT_CURRENCY }, locale, { trimWhole: true });
  switch (reason.code) {
    case 'price_above_threshold':
      return zh
        ? `活动价 ${m(reason.price)} 高于报名门槛价 ${m(reason.threshold)}，需再降 ${m(reason.by)}`
        : `activity price ${m(reason.price)} is ${m(reason.by)} above the threshold price ${m(reason.threshold)}`;
    case 'stock_short':
      return zh
        ? `按${STOCK_RULE[reason.rule]['zh-CN']}计算库存 ${reason.stock}，还差 ${reason.short} 件（要求 ${reason.required}）`
        : `stock by ${STOCK_RULE[reason.rule].en} is ${reason.stock}, ${reason.short} short of the required ${reason.required}`;
    case 'discount_too_small':
      return zh
        ? `折扣 ${reason.percent}% 不足 ${reason.required}%：活动价最高 ${m(reason.maxPrice)}，需再降 ${m(reason.by)}`
        : `discount ${reason.percent}% is below the required ${reason.required}%: price at most ${m(reason.maxPrice)} (${m(reason.by)} lower)`;
    case 'price_history_missing':
      if (reason.since) return zh ? '缺少今年以来的价格记录，无法核对最低价' : 'no price history since the start of the year to compare with';
      return zh ? `缺少近 ${reason.days} 天的价格记录，无法核对最低价` : `no price history for the last ${reason.days} days to compare with`;
    case 'not_below_lowest_price':
      if (reason.since)
        return zh
          ? `需比自然年初以来最低价 ${m(reason.lowest)} 低 ${reason.percent}%：活动价最高 ${m(reason.maxPrice)}，需再降 ${m(reason.by)}`
          : `expected ${reason.percent}% below the lowest price since the start of the year ${m(reason.lowest)}: price at most ${m(reason.maxPrice)} (${m(reason.by)} lower)`;
      return zh
        ? `需比近 ${reason.days} 天最低价 ${m(reason.lowest)} 低 ${reason.percent}%：活动价最高 ${m(reason.maxPrice)}，需再降 ${m(reason.by)}`
        : `expected ${reason.percent}% below the ${reason.days}-day lowest price ${m(reason.lowest)}: price at most ${m(reason.maxPrice)} (${m(reason.by)} lower)`;
  }
}
