import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs to know about its host. */
export interface VirtualWindowOptions {
  /** The scrolling element (available after the first render). */
  readonly scroller: () => HTMLElement | null | undefined;
  readonly rowHeight: () => number;
  /** Height of the sticky header inside the scroller, in px. */
  readonly headerHeight: () => number;
  /** Rows drawn beyond each edge, so fast scrolling shows no gap. */
  readonly overscan?: number;
}

/**
 * Tracks which rows of a long list are in view, so the host renders those (plus an overscan) only.
 * It listens to scroll and resize and asks for an update only when rows outside the drawn window come
 * into view, so a scroll within the overscan costs nothing.
 *
 * @example
 * private window = new VirtualWindowController(this, { scroller: () => this.scroller, rowHeight: () => 32, headerHeight: () => 48 });
 * // in render(): this.window.range(rows.length) //=> [first, end)
 */
export class VirtualWindowController implements ReactiveController {
  private first = 0;
  // Before the first measure, assume a common viewport so the first frame already shows rows.
  private visible = 30;
  /** Height of the scroller's content box, as the ResizeObserver last reported it. */
  private viewport = -1;
  /** Width of the scroller's content box, as the ResizeObserver last reported it. */
  private width = -1;
  private target: HTMLElement | undefined;
  /** The range the last render drew, overscan included. */
  private drawn: [number, number] = [0, 0];
  private count = 0;
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

  /**
   * Moves the window to start at `top` px before the scroller is scrolled there, so the next render already
   * draws those rows (the host then sets `scrollTop`, and the scroll finds the window in place).
   */
  jumpTo(top: number): void {
    this.first = Math.max(0, Math.floor(top / this.options.rowHeight()));
  }

  /** Width of the scroller's viewport in px, or `undefined` before it was observed. */
  get viewportWidth(): number | undefined {
    return this.width < 0 ? undefined : this.width;
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The half-open row range `[first, end)` to render out of `count` rows. */
  range(count: number): [number, number] {
    const overscan = this.options.overscan ?? 8;
    const first = Math.max(0, Math.min(this.first, count) - overscan);
    const end = Math.min(count, this.first + this.visible + overscan);
    this.drawn = [first, end];
    this.count = count;
    return [first, end];
  }

  /**
   * Re-reads the scroll position (the viewport height comes from the observer, never a layout read);
   * requests an update when another row reached the edge.
   */
  measure(): void {
    const el = this.target;
    if (!el) return;
    const h = this.options.rowHeight();
    // Before the observer's first report (a scroll within the first frame), one layout read is the price.
    const viewport = this.viewport >= 0 ? this.viewport : el.clientHeight;
    const bodyTop = Math.max(0, el.scrollTop);
    const first = Math.floor(bodyTop / h);
    const visible = Math.ceil(Math.max(0, viewport - this.options.headerHeight()) / h) + 1;
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
