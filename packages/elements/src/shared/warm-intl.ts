// The first Intl.DateTimeFormat a page builds loads ICU's locale and time-zone data: 30-50 ms on a slow
// machine, against about 1 ms for every later formatter. A chart needs formatters for its first frame,
// so building one while the page is idle takes that cost off the first frame drawn with a plan.

let warmed = false;

/**
 * Builds one throwaway zone-aware formatter when the page is next idle, once per page. Safe to call
 * from every `connectedCallback`; it never delays a frame the page is drawing.
 *
 * @example
 * override connectedCallback() { super.connectedCallback(); warmIntl(); }
 */
export function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  const warm = () => {
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'longOffset' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}
