import type { ComplexAttributeConverter } from 'lit';

/**
 * Reads an ISO date-time attribute as a `Date` (`now="2026-11-11T00:00:00+08:00"`).
 *
 * @example
 * dateConverter.fromAttribute('2026-11-11T00:00:00Z') //=> 2026-11-11T00:00:00.000Z
 */
export const dateConverter: ComplexAttributeConverter<Date | undefined> = {
  fromAttribute: (value) => {
    if (!value) return undefined;
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d;
  },
  toAttribute: (value) => value?.toISOString(),
};

/**
 * Reads a space- or comma-separated attribute as a list (`columns="owner due"`).
 *
 * @example
 * listConverter.fromAttribute('owner, due') //=> ['owner', 'due']
 */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => (value ?? '').split(/[\s,]+/).filter((s) => s !== ''),
  toAttribute: (value) => value.join(' '),
};

/**
 * Reads `heading-level` (1-6); anything else is ignored (`undefined`: the element's default).
 *
 * @example
 * headingLevelConverter.fromAttribute('2') //=> 2
 */
export const headingLevelConverter: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
  },
  toAttribute: (value) => (value === undefined ? null : String(value)),
};
