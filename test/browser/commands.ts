// Server-side commands the browser tests call through `commands` from 'vitest/browser'.
import type { BrowserCommand } from 'vitest/node';

/** Commands available to the browser tests. */
export const browserCommands: Record<string, BrowserCommand<never[]>> = {};
