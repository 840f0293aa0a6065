// A browser command that switches the test page's CSS media type (print or screen), as printing would:
// `@media print` rules apply and `matchMedia('print')` changes, so print layouts are tested for real.
import type { BrowserCommand } from 'vitest/node';

/** Emulates `media` (`print` or `screen`) on the page running the tests. */
export const emulateMedia: BrowserCommand<[media: 'print' | 'screen']> = async (ctx, media) => {
  if (ctx.provider.name !== 'playwright') throw new Error('emulateMedia needs the Playwright provider');
  await (ctx as unknown as { page: { emulateMedia: (o: { media: string }) => Promise<void> } }).page.emulateMedia({ media });
};
