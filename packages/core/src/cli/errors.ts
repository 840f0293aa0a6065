/** A wrong invocation: exit code 2, one line and a pointer to `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with the input: exit code 1, one line per problem. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}
