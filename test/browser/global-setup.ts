// Fails the browser test run, loudly, when no Chromium is installed: it must never pass silently.
import { chromiumProblem } from './chromium.js';

/** Vitest global setup of the `browser` project. */
export default function requireChromium(): void {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
}
