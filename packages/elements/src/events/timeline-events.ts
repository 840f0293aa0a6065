/** `detail` of `timeline-scroll`: the chart's timeline was scrolled sideways. */
export interface TimelineScrollDetail {
  /** The instant at the left edge of the visible timeline. */
  readonly start: Date;
  /** Id of the plan the chart shows: set by `<campaign-planner>` showing several `plans`. */
  readonly planId?: string;
}

/** The `timeline-scroll` event. */
export type TimelineScrollEvent = CustomEvent<TimelineScrollDetail>;

/**
 * Creates a `timeline-scroll` event (bubbling and composed, like the task events).
 *
 * @example
 * gantt.addEventListener('timeline-scroll', (e) => other.scrollTimelineTo(e.detail.start));
 */
export function timelineScrollEvent(detail: TimelineScrollDetail): TimelineScrollEvent {
  return new CustomEvent('timeline-scroll', { detail, bubbles: true, composed: true });
}
