import { z } from 'zod/mini';
import { isCurrency } from '../money/currency.js';

/** An ISO 4217 currency code the runtime knows, e.g. `USD`. */
export const currencySchema = z.string().check(z.refine(isCurrency, 'expected an ISO 4217 currency code such as USD'));

/**
 * An amount of money in a plan: a whole number of **minor units** of the plan's currency
 * (cents for USD: `1999` is $19.99; yen for JPY). Integers keep arithmetic and JSON round trips exact;
 * use `parseMoney('19.99')` to turn what a seller types into minor units.
 */
export const minorUnitsSchema = z
  .number()
  .check(
    z.int('expected a whole number of minor units (cents for USD: 1999 is 19.99)'),
    z.gte(0, 'expected an amount of 0 or more'),
    z.lte(Number.MAX_SAFE_INTEGER),
  );

/** A percentage above 0 and below 100 with at most two decimals (`15`, `12.5`). */
export const percentSchema = z.number().check(
  z.gt(0, 'expected a percent above 0'),
  z.lt(100, 'expected a percent below 100'),
  z.refine((p) => Math.abs(Math.round(p * 100) - p * 100) < 1e-6, 'expected at most two decimals'),
);
