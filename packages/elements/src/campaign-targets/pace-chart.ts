import { svg, type SVGTemplateResult } from 'lit';
import { paceFraction, type PaceCurve } from '@campaign-planner/core/targets';

/** A cumulative point of the actual line: the total reached by `at`. */
export interface ChartPoint {
  readonly at: Date;
  readonly value: number;
}

/** What a pace chart draws: the goal over a window, the pace curve, the actual steps and now. */
export interface PaceChartInput {
  readonly start: Date;
  readonly end: Date;
  readonly now: Date;
  readonly goal: number;
  readonly curve: PaceCurve;
  /** Cumulative actuals in time order (levels for rate metrics). */
  readonly points: readonly ChartPoint[];
  /** Whether the metric is a level (a rate): its goal is a flat line, not a curve. */
  readonly level: boolean;
}

export const CHART_WIDTH = 120;
export const CHART_HEIGHT = 32;
const SAMPLES = 24;

/**
 * The inline chart of one metric as SVG lines (no chart library): the pace line from 0 to the goal along its
 * curve (a flat goal line for levels), the actual as steps, and a mark at now. Values are plain numbers, so
 * nothing user-written reaches the markup.
 */
export function paceChart(input: PaceChartInput): SVGTemplateResult {
  const span = Math.max(1, input.end.getTime() - input.start.getTime());
  const top = Math.max(input.goal, ...input.points.map((p) => p.value), 1);
  const x = (t: number) => ((Math.min(Math.max(t, input.start.getTime()), input.end.getTime()) - input.start.getTime()) / span) * CHART_WIDTH;
  const y = (v: number) => CHART_HEIGHT - 2 - (v / top) * (CHART_HEIGHT - 4);
  const pace = input.level
    ? `M0,${y(input.goal)} H${CHART_WIDTH}`
    : Array.from({ length: SAMPLES + 1 }, (_, i) => {
        const t = input.start.getTime() + (span * i) / SAMPLES;
        return `${i === 0 ? 'M' : 'L'}${x(t).toFixed(1)},${y(input.goal * paceFraction(input.curve, input.start, input.end, new Date(t))).toFixed(1)}`;
      }).join(' ');
  let actual = `M0,${y(0)}`;
  let last = 0;
  for (const p of input.points) {
    actual += input.level ? ` L${x(p.at.getTime()).toFixed(1)},${y(p.value).toFixed(1)}` : ` H${x(p.at.getTime()).toFixed(1)} V${y(p.value).toFixed(1)}`;
    last = p.value;
  }
  if (!input.level) actual += ` H${x(Math.min(input.now.getTime(), input.end.getTime())).toFixed(1)}`;
  const nowX = x(input.now.getTime()).toFixed(1);
  return svg`<path class="pace" d=${pace}></path>
    <path class="actual" d=${input.points.length > 0 || last > 0 ? actual : ''}></path>
    <line class="now" x1=${nowX} x2=${nowX} y1="0" y2=${CHART_HEIGHT}></line>`;
}
