import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Browsers clamp an element's height near 33.5M px (Chromium, Safari; Firefox near 17.9M): a list taller
 * than this scrolls a spacer this tall instead, its scroll position mapped onto the rows.
 */
export const MAX_SCROLL_HEIGHT = 8_000_000;

/** What the controller needs to know about its host. */
export interface VirtualWindowOptions {
  /** The scrolling element (available after the first render). */
  readonly scroller: () => HTMLElement | null | undefined;
  readonly rowHeight: () => number;
  /** Height of the sticky header inside the scroller, in px. */
  readonly headerHeight: () => number;
  /** Rows drawn beyond each edge, so fast scrolling shows no gap. */
  readonly overscan?: number;
  /** Largest body height drawn, in px (see {@link MAX_SCROLL_HEIGHT}). */
  readonly maxHeight?: number;
}

/**
 * Tracks which rows of a long list are in view, so the host renders those (plus an overscan) only.
 * It listens to scroll and resize and asks for an update only when rows outside the drawn window come
 * into view, so a scroll within the overscan costs nothing.
 *
 * Rows live in "content" coordinates (row `i` at `i × rowHeight`). Up to `maxHeight` the body is that tall
 * and content and scroll positions are the same; beyond it the body is `maxHeight` tall, a scroll position
 * maps proportionally onto the content, and {@link rowTop} places rows around the scroll position, so the
 * last row of any number of rows can be reached and no coordinate exceeds what a browser can lay out.
 *
 * @example
 * private window = new VirtualWindowController(this, { scroller: () => this.scroller, rowHeight: () => 32, headerHeight: () => 48 });
 * // in render(): this.window.range(rows.length) //=> [first, end); style="top:${this.window.rowTop(i)}px"
 */
export class VirtualWindowController implements ReactiveController {
  private first = 0;
  /** Rows that fit; before the first measure, as many as the window's height holds. */
  private visible = -1;
  /** Height of the scroller's content box, as the ResizeObserver last reported it. */
  private viewport = -1;
  /** Width of the scroller's content box, as the ResizeObserver last reported it. */
  private width = -1;
  /** Scroll position (px of the scroller) and content position (px of rows) at the top of the body. */
  private scrollTop = 0;
  private contentTop = 0;
  private target: HTMLElement | undefined;
  /** The range the last render drew, overscan included. */
  private drawn: [number, number] = [0, 0];
  private count = 0;
  /** No overscan until the first frame is out: it draws only the rows that fit. */
  private settled = false;
  private resizeObserver: ResizeObserver | undefined;
  private readonly onScroll = () => this.measure();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualWindowOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const el = this.options.scroller() ?? undefined;
    if (!this.settled && this.count > 0) {
      this.settled = true;
      // The overscan comes once the first frame is painted, when the page is idle.
      const later = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
      later(() => this.host.requestUpdate());
    }
    if (el === this.target) return;
    this.detach();
    if (!el) return;
    this.target = el;
    el.addEventListener('scroll', this.onScroll, { passive: true });
    // No measure here: reading a size right after an update forces a synchronous style and layout of the
    // whole tree. The observer reports the first size after the frame's own layout, where it is free.
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      this.viewport = box.height;
      // A new width changes what the host draws (a chart that fills its width): it needs an update.
      const widthChanged = Math.round(box.width) !== Math.round(this.width);
      this.width = box.width;
      if (widthChanged) this.host.requestUpdate();
      this.measure();
    });
    this.resizeObserver.observe(el);
  }

  /** Height of the scroller's viewport in px (headers included), or `undefined` before it was observed. */
  get viewportHeight(): number | undefined {
    return this.viewport < 0 ? undefined : this.viewport;
  }

  /** Width of the scroller's viewport in px, or `undefined` before it was observed. */
  get viewportWidth(): number | undefined {
    return this.width < 0 ? undefined : this.width;
  }

  /** Starts drawing the overscan again from the next render on (a new plan draws only what fits first). */
  reset(): void {
    this.settled = false;
  }

  /** Height of the body for `count` rows: their own, or `maxHeight` when that is less. */
  bodyHeight(count: number): number {
    return Math.min(count * this.options.rowHeight(), this.options.maxHeight ?? MAX_SCROLL_HEIGHT);
  }

  /** Content px per scroll px: 1 unless the rows are taller than the body. */
  private ratio(): number {
    const natural = this.count * this.options.rowHeight();
    const body = this.bodyHeight(this.count);
    if (natural <= body) return 1;
    const view = Math.max(0, this.viewportOr() - this.options.headerHeight());
    return body > view ? (natural - view) / (body - view) : 1;
  }

  private viewportOr(): number {
    return this.viewport >= 0 ? this.viewport : (this.target?.clientHeight ?? window.innerHeight);
  }

  /** Where row `index` is placed in the body, in px. */
  rowTop(index: number): number {
    const top = index * this.options.rowHeight() - (this.contentTop - this.scrollTop);
    // Rows far from the view (the focused row, kept drawn) stay within what a browser lays out.
    return Math.max(-this.options.rowHeight(), Math.min(top, this.bodyHeight(this.count)));
  }

  /** The content position (px of rows) at the top of the body. */
  get top(): number {
    return this.contentTop;
  }

  /** The scroll position that shows content position `top` at the top of the body. */
  scrollTopFor(top: number): number {
    return top / this.ratio();
  }

  /**
   * Moves the window to start at content position `top` (of `count` rows) before the scroller is scrolled there, so the next
   * render already draws those rows (the host then sets `scrollTop` to {@link scrollTopFor}, and the scroll
   * finds the window in place).
   */
  jumpTo(top: number, count: number): void {
    // The mapping depends on how many rows there are: a new plan's count, before its first render.
    this.count = count;
    this.contentTop = Math.max(0, top);
    this.scrollTop = this.scrollTopFor(this.contentTop);
    this.first = Math.floor(this.contentTop / this.options.rowHeight());
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The half-open row range `[first, end)` to render out of `count` rows. */
  range(count: number): [number, number] {
    const overscan = this.settled ? (this.options.overscan ?? 8) : 0;
    if (this.visible < 0) this.visible = Math.ceil(this.viewportOr() / this.options.rowHeight()) + 1;
    const first = Math.max(0, Math.min(this.first, count) - overscan);
    const end = Math.min(count, this.first + this.visible + overscan);
    this.drawn = [first, end];
    this.count = count;
    return [first, end];
  }

  /**
   * Re-reads the scroll position (the viewport height comes from the observer, never a layout read);
   * requests an update when another row reached the edge, or on any scroll of a list taller than the body
   * (its rows are placed around the scroll position).
   */
  measure(): void {
    const el = this.target;
    if (!el) return;
    const h = this.options.rowHeight();
    // Before the observer's first report (a scroll within the first frame), one layout read is the price.
    const viewport = this.viewport >= 0 ? this.viewport : el.clientHeight;
    const scrollTop = Math.max(0, el.scrollTop);
    const ratio = this.ratio();
    const moved = scrollTop !== this.scrollTop;
    this.scrollTop = scrollTop;
    this.contentTop = scrollTop * ratio;
    const first = Math.floor(this.contentTop / h);
    const visible = Math.ceil(Math.max(0, viewport - this.options.headerHeight()) / h) + 1;
    if (ratio !== 1 && moved) {
      this.first = first;
      this.visible = visible;
      this.host.requestUpdate();
      return;
    }
    if (first === this.first && visible === this.visible) return;
    this.first = first;
    this.visible = visible;
    // Rows already drawn by the overscan need no new render: a short scroll costs nothing.
    const [from, to] = this.drawn;
    if (Math.min(first, this.count) >= from && Math.min(first + visible, this.count) <= to) return;
    this.host.requestUpdate();
  }

  private detach(): void {
    this.target?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver?.disconnect();
    this.target = undefined;
    this.resizeObserver = undefined;
  }
}
