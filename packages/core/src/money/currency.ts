// ISO 4217 currencies as the runtime's Intl knows them: the list and the number of minor-unit digits.

let known: ReadonlySet<string> | undefined;

/**
 * Whether `code` is an ISO 4217 currency code this runtime knows (`USD`, `EUR`, `JPY`, `CNY`, ...).
 *
 * @example
 * isCurrency('USD') //=> true
 * isCurrency('usd') //=> false
 */
export function isCurrency(code: string): boolean {
  known ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && known.has(code);
}

const digitsCache = new Map<string, number>();

/**
 * How many minor-unit digits a currency has: 2 for USD (cents), 0 for JPY, 3 for KWD.
 * Taken from Intl, which follows ISO 4217.
 *
 * @throws RangeError for an unknown currency code.
 * @example
 * currencyDigits('USD') //=> 2
 * currencyDigits('JPY') //=> 0
 */
export function currencyDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  if (!isCurrency(currency)) throw new RangeError(`unknown currency "${currency}", expected an ISO 4217 code such as USD`);
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  digitsCache.set(currency, digits);
  return digits;
}
