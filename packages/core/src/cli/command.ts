import type { CliIO } from './io.js';

/** One `campaign-planner` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly usage: string;
  /** Runs the command; returns the exit code. Throws UsageError (2) or InputError / PlanValidationError (1). */
  run(args: readonly string[], io: CliIO): number | Promise<number>;
}
