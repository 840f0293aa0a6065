import type { Locale } from '../schemas/common.js';
import { formatMoney } from '../money/format-money.js';
import { DEFAULT_CURRENCY } from '../money/money.js';
import { bestTier, nextTier, type LadderTiers } from './cart.js';

/** Options of {@link cartMessage}. */
export interface CartMessageOptions {
  readonly locale?: Locale;
  /** Currency of the amounts. Default USD. */
  readonly currency?: string;
}

/**
 * The line a cart shows under a ladder: how much more to add and what it saves, or what is saved at the top.
 * `undefined` for an empty ladder. Amounts are exact (minor units in, Intl out).
 *
 * @example
 * const ladder = { unit: 'amount', tiers: [{ minSpend: 2000, discount: 300 }, { minSpend: 3000, discount: 800 }] };
 * cartMessage(ladder, 2550) //=> 'Add $4.50 more to save $8'
 * cartMessage(ladder, 2550, { locale: 'zh-CN' }) //=> '再买 US$4.50 可减 US$8'
 * cartMessage(ladder, 3000) //=> 'You save $8'
 */
export function cartMessage(ladder: LadderTiers, subtotal: number, options: CartMessageOptions = {}): string | undefined {
  const locale = options.locale ?? 'en';
  const currency = options.currency ?? DEFAULT_CURRENCY;
  const show = (amount: number) => formatMoney({ amount, currency }, locale, { trimWhole: true });
  const next = nextTier(ladder, subtotal);
  if (next) {
    const gain = ladder.unit === 'percent' ? `${next.tier.discount}%` : show(next.discount);
    if (locale === 'zh-CN') return ladder.unit === 'percent' ? `再买 ${show(next.missing)} 可享 ${gain} 折扣` : `再买 ${show(next.missing)} 可减 ${gain}`;
    return ladder.unit === 'percent' ? `Add ${show(next.missing)} more to get ${gain} off` : `Add ${show(next.missing)} more to save ${gain}`;
  }
  const best = bestTier(ladder, subtotal);
  if (!best) return undefined;
  return locale === 'zh-CN' ? `已减 ${show(best.discount)}` : `You save ${show(best.discount)}`;
}
