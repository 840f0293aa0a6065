import { instantSchema } from '../schemas/common.js';
import { stringOption, type Parsed } from './args.js';
import { UsageError } from './io.js';

/**
 * Reads an ISO instant option (`--now`, `--at`), or `fallback` when absent; a usage error otherwise.
 *
 * @example
 * const now = instantOption(parsed, 'now', new Date());
 */
export function instantOption(parsed: Parsed, name: string, fallback: Date): Date {
  const text = stringOption(parsed, name);
  if (text === undefined) return fallback;
  const r = instantSchema.safeParse(text);
  if (!r.success) throw new UsageError(`--${name} must be an ISO 8601 date-time with an offset, e.g. 2026-10-21T23:59:00-07:00 (got "${text}")`);
  return r.data;
}
