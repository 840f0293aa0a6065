import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMoney, money, parseMoney, percentOf, subtractMoney, toDecimalString } from './money.js';
import { currencyDigits, isCurrency } from './currency.js';

describe('parseMoney', () => {
  it('reads strings and numbers as exact minor units', () => {
    expect(parseMoney('19.99')).toEqual({ amount: 1999, currency: 'USD' });
    expect(parseMoney(19.99)).toEqual({ amount: 1999, currency: 'USD' });
    expect(parseMoney('4.5')).toEqual({ amount: 450, currency: 'USD' });
    expect(parseMoney(' 30 ')).toEqual({ amount: 3000, currency: 'USD' });
    expect(parseMoney('19.990')).toEqual({ amount: 1999, currency: 'USD' });
    expect(parseMoney('-0.05').amount).toBe(-5);
    expect(parseMoney('0.00').amount).toBe(0);
    expect(Object.is(parseMoney('-0').amount, 0)).toBe(true);
  });

  it('rejects what USD cannot hold exactly', () => {
    expect(() => parseMoney('19.999')).toThrow(/cannot be represented exactly in USD, which has 2 decimal places/);
    expect(() => parseMoney(19.999)).toThrow(RangeError);
    // 0.1 + 0.2 is 0.30000000000000004 as a float: rejected, never rounded behind the seller's back.
    expect(() => parseMoney(0.1 + 0.2)).toThrow(/cannot be represented exactly/);
  });

  it('knows that JPY has no minor units and KWD has three', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(parseMoney('500', 'JPY')).toEqual({ amount: 500, currency: 'JPY' });
    expect(() => parseMoney('500.5', 'JPY')).toThrow(/JPY, which has 0 decimal places/);
    expect(parseMoney('1.234', 'KWD').amount).toBe(1234);
  });

  it('rejects malformed input, unknown currencies and unsafe sizes', () => {
    for (const bad of ['', 'abc', '1,99', '$5', '1e3', '.5', '5.', '--1']) expect(() => parseMoney(bad), bad).toThrow(/expected an amount/);
    expect(() => parseMoney(Number.NaN)).toThrow(/finite/);
    expect(() => parseMoney(1e21)).toThrow(RangeError);
    expect(() => parseMoney('1', 'usd')).toThrow(/unknown currency "usd"/);
    expect(() => parseMoney('1', 'XYZ')).toThrow(/unknown currency/);
    expect(() => parseMoney('900719925474099.99')).toThrow(/too large/);
  });

  it('round-trips every cent amount through its decimal text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
        const m = money(amount, 'USD');
        expect(parseMoney(toDecimalString(m))).toEqual(m);
      }),
    );
  });
});

describe('arithmetic', () => {
  it('sums 0.1 + 0.2 exactly', () => {
    expect(addMoney(parseMoney(0.1), parseMoney(0.2))).toEqual(parseMoney('0.3'));
    expect(toDecimalString(addMoney(parseMoney('0.1'), parseMoney('0.2'), parseMoney('0.7')))).toBe('1.00');
  });

  it('subtracts and refuses to mix currencies', () => {
    expect(subtractMoney(parseMoney('30'), parseMoney('25.50')).amount).toBe(450);
    expect(() => addMoney(parseMoney('1'), parseMoney('1', 'EUR'))).toThrow(/USD with EUR/);
    expect(() => money(1.5)).toThrow(/whole number/);
  });

  it('takes percentages half up in integers', () => {
    expect(percentOf(1999, 15)).toBe(300); // 299.85
    expect(percentOf(1000, 12.5)).toBe(125);
    expect(percentOf(5, 10)).toBe(1); // 0.5 rounds up
    expect(percentOf(4, 10)).toBe(0);
    expect(() => percentOf(100, 12.345)).toThrow(/two decimals/);
    expect(() => percentOf(100, 101)).toThrow(RangeError);
  });

  it('formats decimals with the right number of places', () => {
    expect(toDecimalString({ amount: 5, currency: 'USD' })).toBe('0.05');
    expect(toDecimalString({ amount: 1500, currency: 'JPY' })).toBe('1500');
    expect(isCurrency('CNY')).toBe(true);
  });
});
