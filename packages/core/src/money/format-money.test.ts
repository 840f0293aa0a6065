import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.js';
import { parseMoney } from './money.js';

describe('formatMoney', () => {
  it('uses Intl for the viewer locale', () => {
    expect(formatMoney(parseMoney('19.99'), 'en')).toBe('$19.99');
    expect(formatMoney(parseMoney('4.5'), 'zh-CN')).toBe('US$4.50');
    expect(formatMoney(parseMoney('1234.5', 'EUR'), 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(parseMoney('1500', 'JPY'), 'en')).toBe('¥1,500');
  });

  it('keeps huge amounts exact', () => {
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en')).toBe('$90,071,992,547,409.91');
  });

  it('rejects amounts that are not whole minor units instead of printing $NaN', () => {
    for (const amount of [1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])
      expect(() => formatMoney({ amount, currency: 'USD' }, 'en')).toThrow(/expected a whole number of minor units/);
  });

  it('trims .00 only from whole amounts when asked', () => {
    expect(formatMoney(parseMoney('8'), 'en', { trimWhole: true })).toBe('$8');
    expect(formatMoney(parseMoney('8'), 'en')).toBe('$8.00');
    expect(formatMoney(parseMoney('4.5'), 'en', { trimWhole: true })).toBe('$4.50');
  });
});
