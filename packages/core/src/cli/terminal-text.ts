// Plan data is printed to terminals: a title holding ESC ] 0 ; ... BEL would retitle the window, ESC [ 2 J clear
// the screen, OSC 8 plant a hyperlink. Every control character of the data is shown as visible text instead.

// C0 controls, DEL and C1 controls (U+0080-U+009F, which some terminals read as ESC sequences too).
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const visible = (c: string) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A text safe to print on a terminal: C0/C1 control characters and DEL shown as `\xHH`, line breaks and
 * tabs kept (for multi-line output such as Markdown or error lists).
 *
 * @example
 * terminalText('Sale\u001b]0;pwned\u0007') //=> 'Sale\\x1B]0;pwned\\x07'
 */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, visible);
}

/**
 * One line safe to print on a terminal: every control character (line breaks and tabs too) shown as `\xHH`,
 * so a value cannot fake extra lines of output.
 *
 * @example
 * terminalLine('a\nb') //=> 'a\\x0Ab'
 */
export function terminalLine(text: string): string {
  return text.replace(CONTROLS, visible);
}

/**
 * A copy of plain data (plans, events, reports) with every string and every key passed through
 * {@link terminalLine}; `Date`s and other class instances are kept as they are. Format this copy for a
 * terminal; keep the original for JSON.
 *
 * @example
 * terminalData({ title: { en: 'x\u001b[2J' }, due: new Date(0) }) //=> { title: { en: 'x\\x1B[2J' }, due: Date(0) }
 */
export function terminalData<T>(value: T): T {
  if (typeof value === 'string') return terminalLine(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalData(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalLine(k), terminalData(v)])) as T;
  return value;
}
