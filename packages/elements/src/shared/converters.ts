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
