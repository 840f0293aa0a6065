import { currencyDigits } from './currency.js';
import { toDecimalString, type Money } from './money.js';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** Drop `.00` from whole amounts (`$8` rather than `$8.00`), as sellers write coupon values. Default false. */
  readonly trimWhole?: boolean;
}

/**
 * Formats money for a viewer's locale with `Intl.NumberFormat`. The amount is handed to Intl as an exact
 * decimal string, so no float rounding happens on the way.
 *
 * @example
 * formatMoney({ amount: 1999, currency: 'USD' }, 'en') //=> '$19.99'
 * formatMoney({ amount: 800, currency: 'USD' }, 'en', { trimWhole: true }) //=> '$8'
 * formatMoney({ amount: 450, currency: 'USD' }, 'zh-CN') //=> 'US$4.50'
 * formatMoney({ amount: 1500, currency: 'JPY' }, 'ja') //=> '￥1,500'
 * formatMoney({ amount: 1.5, currency: 'USD' }, 'en') // throws RangeError: not whole minor units
 * @throws RangeError when the amount is not a safe integer of minor units (it would print `$NaN` or a rounded sum).
 */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  if (!Number.isSafeInteger(value.amount)) throw new RangeError(`formatMoney: expected a whole number of minor units (safe integer), got ${value.amount}`);
  const digits = currencyDigits(value.currency);
  const whole = value.amount % 10 ** digits === 0;
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: options.trimWhole && whole ? 0 : digits,
    maximumFractionDigits: digits,
  });
  // Intl reads a numeric string as an exact decimal (ECMA-402 NumberFormat v3); the lib types only say number.
  return format.format(toDecimalString(value) as unknown as number);
}
