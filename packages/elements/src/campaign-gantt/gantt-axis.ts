// The time header and the grid behind the rows of <campaign-gantt>.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDue } from '../shared/format.js';
import { t } from '../shared/ui-text.js';
import { px, span, timelineWidth, xOf, type GanttContext } from './gantt-context.js';
import { weekdayLabel, type AxisTick, type DayTick } from './time-axis.js';

// A day cell needs this many px for "25 Sun" (or "25 周日"), and this many for "25".
const DAY_WITH_WEEKDAY = 46;
const DAY_NUMBER = 16;

/** Spans of the axis overlapping `window` (all without one), as `[first, end)` indices. */
function spansIn(spans: readonly { readonly start: number; readonly end: number }[], window: readonly [number, number] | undefined): [number, number] {
  if (!window) return [0, spans.length];
  let first = 0;
  while (first < spans.length && spans[first]!.end <= window[0]) first++;
  let end = first;
  while (end < spans.length && spans[end]!.start < window[1]) end++;
  return [first, end];
}

/**
 * The days of the axis drawn for a time window: those overlapping it, and the Saturday before a Sunday it
 * starts on (a weekend is one box from its Saturday). All of them without a window.
 */
function visibleDays(days: readonly DayTick[], window: readonly [number, number] | undefined): [number, number] {
  const [first, end] = spansIn(days, window);
  return [first > 0 && days[first]?.weekday === 7 ? first - 1 : first, end];
}

function dayTick(ctx: GanttContext, d: DayTick): TemplateResult {
  const { locale } = ctx;
  const dst = d.offsets ? `${t(locale, 'clocksChange')}: ${d.offsets[0]} → ${d.offsets[1]} (${d.hours} h)` : '';
  // A clock-change day says how long it is instead of its weekday: "1 25h".
  const second = d.offsets ? `${d.hours}h` : weekdayLabel(d.weekday, locale);
  const label = ctx.dayWidth >= DAY_WITH_WEEKDAY ? `${d.label} ${second}` : ctx.dayWidth >= DAY_NUMBER ? d.label : '';
  return html`<div class="tick minor ${d.offsets ? 'dst' : ''}" style=${span(ctx, d.start, d.end)} title=${dst || nothing} data-hours=${d.hours}>
    ${label}
  </div>`;
}

/** The days drawn (see {@link visibleDays}). */
function shownDays(ctx: GanttContext): readonly DayTick[] {
  const [first, end] = visibleDays(ctx.axis.days, ctx.timeWindow);
  return ctx.axis.days.slice(first, end);
}

/** The weeks or months drawn on those scales: those overlapping the window. */
function shownSpans(ctx: GanttContext): readonly AxisTick[] {
  const spans = ctx.scale === 'week' ? ctx.axis.weeks : ctx.axis.months;
  const [first, end] = spansIn(spans, ctx.timeWindow);
  return spans.slice(first, end);
}

const minorTick = (ctx: GanttContext, s: AxisTick) => html`<div class="tick minor" style=${span(ctx, s.start, s.end)} title=${s.label}>${s.label}</div>`;

/**
 * The two header bands: months over days or weeks, years over months on the Month scale. The upper band's
 * label sticks to the left edge of the timeline, so the month (and year) in view is always named.
 *
 * @example
 * html`<div class="axis">${axisTemplate(ctx)}</div>`
 */
export function axisTemplate(ctx: GanttContext): TemplateResult {
  const { axis, locale, zone } = ctx;
  const major = ctx.scale === 'month' ? axis.years : axis.months;
  const minor = ctx.scale === 'day' ? shownDays(ctx).map((d) => dayTick(ctx, d)) : shownSpans(ctx).map((s) => minorTick(ctx, s));
  return html`<span class="sr-only">${t(locale, 'schedule')} (${zone})</span>
    <div aria-hidden="true">
      ${major.map((m) => html`<div class="tick major" part="axis-major" style=${span(ctx, m.start, m.end)}><span class="sticky">${m.label}</span></div>`)}
      ${minor}
    </div>`;
}

/**
 * A line at each day's start and a box behind each weekend (Saturday and Sunday together). Plain boxes with
 * solid (semi-transparent) colours: software raster fills them at a fraction of the cost of repeating
 * gradients, and no `opacity` (a layer of its own per element when painted).
 */
function dayLines(ctx: GanttContext): TemplateResult[] {
  const out: TemplateResult[] = [];
  const { days } = ctx.axis;
  const [first, end] = visibleDays(days, ctx.timeWindow);
  for (let i = first; i < end; i++) {
    const d = days[i]!;
    // A clock-change day (23 or 25 hours) is marked: its width differs.
    out.push(html`<div class="grid-day ${d.offsets ? 'dst' : ''}" style=${span(ctx, d.start, d.end)}></div>`);
    if (d.weekday === 6 || (d.weekday === 7 && i === 0)) {
      const sunday = d.weekday === 6 && days[i + 1]?.weekday === 7 ? days[i + 1]! : d;
      out.push(html`<div class="weekend" style=${span(ctx, d.start, sunday.end)}></div>`);
    }
  }
  return out;
}

/**
 * Day, week or month lines, weekend shading, the DST day and the today marker, behind the rows.
 *
 * @example
 * html`<div class="body">${gridTemplate(ctx)}</div>`
 */
export function gridTemplate(ctx: GanttContext): TemplateResult {
  const { axis } = ctx;
  const lines = ctx.scale === 'day' ? dayLines(ctx) : shownSpans(ctx).map((w) => html`<div class="grid-day" style=${span(ctx, w.start, w.end)}></div>`);
  const today =
    ctx.now >= axis.start && ctx.now <= axis.end
      ? html`<div
          class="today"
          part="today-marker"
          style="left:${px(xOf(ctx, ctx.now))}"
          title=${`${t(ctx.locale, 'now')}: ${formatDue(new Date(ctx.now), ctx.zone, ctx.locale)}`}
        ></div>`
      : nothing;
  return html`<div class="layer" aria-hidden="true" style="width:${px(timelineWidth(ctx))}">${lines}${today}</div>`;
}
