// Number and table formatting for the benchmark's one printed table.

/**
 * Milliseconds with as many decimals as their size deserves.
 *
 * @example
 * ms(3.14159) //=> '3.14'
 * ms(697.2) //=> '697'
 * ms(85) //=> '85' (counts stay whole)
 */
export function ms(value) {
  if (!Number.isFinite(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/**
 * A summary as `median (min–max)`, with a unit and the number of runs when it is not the usual.
 *
 * @example
 * cell({ median: 20, min: 18, max: 25, runs: 5 }, ' ms') //=> '20.0 ms (18.0–25.0)'
 */
export function cell(s, unit = ' ms', usualRuns = 5) {
  if (!s || s.runs === 0) return '—';
  const range = s.min === s.max ? '' : ` (${ms(s.min)}–${ms(s.max)})`;
  const runs = s.runs === usualRuns ? '' : ` [${s.runs} run${s.runs === 1 ? '' : 's'}]`;
  return `${ms(s.median)}${unit}${range}${runs}`;
}

/**
 * How many times a peer's figure is ours: `12.3×` (above 1 means the peer is slower or bigger).
 *
 * @example
 * ratio(697, 20) //=> '34.9×'
 */
export function ratio(peer, ours) {
  if (!Number.isFinite(peer) || !Number.isFinite(ours) || ours <= 0) return '';
  const r = peer / ours;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/**
 * Renders rows as an aligned text table: an array of strings is a row, a string a section heading,
 * `{ note }` a line of its own under the row before.
 *
 * @example
 * table(['a', 'b'], [['1', '2']]) //=> 'a  b\n-  -\n1  2'
 */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter(Array.isArray).map((r) => (r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  for (const r of rows) out.push(Array.isArray(r) ? line(r) : typeof r === 'string' ? `\n${r}` : `  ${r.note}`);
  return out.join('\n');
}
