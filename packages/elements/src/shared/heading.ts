// Headings at the level the embedding page asks for (`heading-level`), so an element's headings follow the
// page's own outline (axe's heading-order rule) instead of a fixed h3.
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The level of a heading `depth` levels below an element's top one: `headingLevel` when the page set it,
 * else the element's default; capped at 6.
 *
 * @example
 * levelOf(2, 3, 1) //=> 3
 */
export function levelOf(headingLevel: number | undefined, fallback: number, depth = 0): number {
  return Math.min(6, (headingLevel ?? fallback) + depth);
}

/**
 * A visually hidden heading naming an element that has no visible one, only when the page set a level.
 *
 * @example
 * headingTemplate(2, 'Campaign timeline') // <div role="heading" aria-level="2" class="sr-only">…</div>
 */
export function headingTemplate(level: number | undefined, text: string): TemplateResult | typeof nothing {
  return level === undefined ? nothing : html`<div class="sr-only" role="heading" aria-level=${level}>${text}</div>`;
}
