import { currencyDigits } from './currency.js';

/**
 * An exact amount of money: an integer number of minor units (cents for USD, yen for JPY) and an
 * ISO 4217 currency. Arithmetic stays in integers, so `0.1 + 0.2` style drift cannot happen.
 */
export interface Money {
  /** Minor units, a safe integer (1999 = 19.99 USD). */
  readonly amount: number;
  /** ISO 4217 code, e.g. `USD`. */
  readonly currency: string;
}

/** The currency used when none is given. */
export const DEFAULT_CURRENCY = 'USD';

function checkAmount(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`expected a whole number of minor units, got ${amount}`);
}

/**
 * Builds money from minor units.
 *
 * @throws RangeError when `amount` is not a safe integer or the currency is unknown.
 * @example
 * money(1999, 'USD') //=> { amount: 1999, currency: 'USD' }
 */
export function money(amount: number, currency: string = DEFAULT_CURRENCY): Money {
  checkAmount(amount);
  currencyDigits(currency);
  return { amount, currency };
}

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount in major units, `"19.99"` or `19.99`, as exact money. A number is read through its
 * shortest decimal form (`String(19.99)` is `"19.99"`), so a float that drifted (`0.1 + 0.2`) is rejected
 * instead of being silently rounded. Digits beyond the currency's minor units must be zeros.
 *
 * @throws RangeError naming the input and what was expected.
 * @example
 * parseMoney('19.99') //=> { amount: 1999, currency: 'USD' }
 * parseMoney(500, 'JPY') //=> { amount: 500, currency: 'JPY' }
 * parseMoney('19.999') // throws: USD has 2 decimal places
 */
export function parseMoney(input: string | number, currency: string = DEFAULT_CURRENCY): Money {
  const digits = currencyDigits(currency);
  if (typeof input === 'number' && !Number.isFinite(input)) throw new RangeError(`expected a finite amount, got ${input}`);
  const text = typeof input === 'number' ? String(input) : input.trim();
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new RangeError(`expected an amount such as "19.99", got ${JSON.stringify(input)}`);
  const [, sign, whole, fraction = ''] = m;
  const extra = fraction.slice(digits);
  if (/[1-9]/.test(extra))
    throw new RangeError(`${text} cannot be represented exactly in ${currency}, which has ${digits} decimal place${digits === 1 ? '' : 's'}`);
  const minor = Number(`${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${text} is too large to be exact`);
  return { amount: sign === '-' && minor !== 0 ? -minor : minor, currency };
}

/**
 * The exact decimal text of an amount in major units, without grouping or symbol.
 *
 * @example
 * toDecimalString({ amount: 1999, currency: 'USD' }) //=> '19.99'
 * toDecimalString({ amount: -5, currency: 'USD' }) //=> '-0.05'
 */
export function toDecimalString(value: Money): string {
  const digits = currencyDigits(value.currency);
  const abs = String(Math.abs(value.amount)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const frac = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${value.amount < 0 ? '-' : ''}${whole}${frac}`;
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`cannot combine ${a.currency} with ${b.currency}`);
}

/**
 * Adds amounts of one currency exactly.
 *
 * @example
 * addMoney(parseMoney(0.1), parseMoney(0.2)) //=> { amount: 30, currency: 'USD' } (exactly 0.30)
 */
export function addMoney(a: Money, ...rest: Money[]): Money {
  let amount = a.amount;
  for (const b of rest) {
    sameCurrency(a, b);
    amount += b.amount;
  }
  checkAmount(amount);
  return { amount, currency: a.currency };
}

/**
 * Subtracts `b` from `a` (same currency).
 *
 * @example
 * subtractMoney(parseMoney('30'), parseMoney('25.50')).amount //=> 450
 */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/**
 * `percent`% of an integer amount of minor units, rounded half up to a whole minor unit.
 * Percent may have up to two decimals (12.5, 7.25); the arithmetic stays in integers.
 *
 * @throws RangeError for a percent with more than two decimals or outside 0..100.
 * @example
 * percentOf(1999, 15) //=> 300 (299.85 rounded)
 */
export function percentOf(amount: number, percent: number): number {
  const bp = Math.round(percent * 100);
  if (percent < 0 || percent > 100 || Math.abs(bp - percent * 100) > 1e-6)
    throw new RangeError(`expected a percent 0..100 with at most two decimals, got ${percent}`);
  checkAmount(amount);
  const sign = amount < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(amount) * bp + 5000) / 10000);
}
