/** Rates are held as integers of millionths (`"0.035"` is 35,000), so sums and comparisons stay exact. */
export const MICROS = 1_000_000;

const DECIMAL_RE = /^(\d{1,9})(?:\.(\d{1,6}))?$/;

/**
 * An exact decimal text as an integer number of millionths.
 *
 * @throws RangeError when the text is not a decimal with at most 6 places.
 * @example
 * decimalToMicros('0.035') //=> 35000
 */
export function decimalToMicros(text: string): number {
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new RangeError(`expected an exact decimal as text such as "0.035", got ${JSON.stringify(text)}`);
  return Number(m[1]) * MICROS + Number((m[2] ?? '').padEnd(6, '0'));
}

/**
 * Millionths back to the shortest exact decimal text.
 *
 * @example
 * microsToDecimal(35000) //=> '0.035'
 */
export function microsToDecimal(micros: number): string {
  const whole = Math.floor(micros / MICROS);
  const fraction = String(micros % MICROS)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
