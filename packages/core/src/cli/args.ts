import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed command-line arguments. */
export interface Parsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Parses a command's arguments strictly: unknown options and missing values are usage errors. */
export function parseCommandArgs(args: readonly string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
}

/** A string option, or a usage error when it is required and missing, or given empty (`--out ""`). */
export function stringOption(parsed: Parsed, name: string, required: true): string;
export function stringOption(parsed: Parsed, name: string, required?: false): string | undefined;
export function stringOption(parsed: Parsed, name: string, required = false): string | undefined {
  const v = parsed.values[name];
  // An empty value is a mistake (an unset shell variable), never a file name or a choice.
  if (v === '') throw new UsageError(`--${name} needs a value (got an empty string)`);
  if (typeof v === 'string') return v;
  if (required) throw new UsageError(`missing --${name}`);
  return undefined;
}

/** A choice among fixed values, or a usage error listing them. */
export function choiceOption<T extends string>(parsed: Parsed, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(parsed, name) ?? fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${v}")`);
  return v as T;
}
