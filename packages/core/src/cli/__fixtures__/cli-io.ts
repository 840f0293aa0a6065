// An in-memory CliIO for running commands in-process in tests.
import type { CliIO } from '../io.js';

export interface CapturedIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

export function captureIO(options: { isTTY?: boolean } = {}): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: options.isTTY ?? false,
    env: {},
    out: () => out,
    err: () => err,
  };
}
