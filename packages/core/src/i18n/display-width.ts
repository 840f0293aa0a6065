// Terminals draw East Asian wide and fullwidth characters (汉字, ，) two columns wide: a table padded by
// string length shifts every row that holds them. Ranges from Unicode's East Asian Width property (W, F).
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
  for (const [from, to] of WIDE) if (code >= from && code <= to) return true;
  return false;
}

/**
 * Columns a string takes in a terminal: two per wide or fullwidth character, one per other character.
 *
 * @example
 * displayWidth('造势期') //=> 6
 * displayWidth('Build-up') //=> 8
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/**
 * `text` padded with spaces on the left to `width` terminal columns (see {@link displayWidth}).
 *
 * @example
 * padStartColumns('得分', 5) //=> ' 得分'
 */
export function padStartColumns(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * `text` padded with spaces on the right to `width` terminal columns (see {@link displayWidth}).
 *
 * @example
 * padEndColumns('造势期', 8) //=> '造势期  '
 */
export function padEndColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
