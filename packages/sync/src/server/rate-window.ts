/**
 * Counts events in fixed windows (say one minute) to cap how many one client adds per window.
 *
 * @example
 * const w = new RateWindow(60_000);
 * w.take(5, 10) //=> true
 * w.take(6, 10) //=> false (11 > 10 in this minute)
 */
export class RateWindow {
  private start = 0;
  private used = 0;

  constructor(private readonly windowMs: number) {}

  /** Counts `n` more events if that keeps the window at or under `max`; false (nothing counted) if not. */
  take(n: number, max: number, now = Date.now()): boolean {
    if (now - this.start >= this.windowMs) {
      this.start = now;
      this.used = 0;
    }
    if (this.used + n > max) return false;
    this.used += n;
    return true;
  }
}
