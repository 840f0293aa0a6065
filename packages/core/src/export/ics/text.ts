// RFC 5545 content-line syntax: TEXT escaping, parameter quoting, line folding, CRLF.
// Pure string functions, no knowledge of plans.

/** The line break RFC 5545 requires between content lines. */
export const CRLF = '\r\n';

/** Longest line in octets, not counting the CRLF (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/** Octets of one code point in UTF-8. */
const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, every line break becomes `\n`.
 * Other control characters are not allowed in TEXT and are dropped.
 *
 * @example
 * escapeText('Ads; bids, budget\nday 2') //=> 'Ads\\; bids\\, budget\\nday 2'
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/**
 * A parameter value (RFC 5545 §3.2): quoted when it holds `:`, `;` or `,`; double quotes, which cannot be
 * escaped in a parameter, are dropped.
 *
 * @example
 * paramValue('America/Los_Angeles') //=> 'America/Los_Angeles'
 * paramValue('Team: Shanghai') //=> '"Team: Shanghai"'
 */
export function paramValue(value: string): string {
  const clean = value.replace(/["\u0000-\u001F\u007F]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds one content line so that no line exceeds 75 octets: a break is CRLF followed by a space, and the
 * space counts towards the next line's 75. Breaks fall between characters, never inside a UTF-8 sequence
 * (a Chinese character is 3 octets, an emoji 4), so every physical line is valid UTF-8 on its own.
 *
 * @example
 * foldLine('SUMMARY:' + 'a'.repeat(80)) //=> 'SUMMARY:aaa…a\r\n aaaaaaaaaaaaa'
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // for..of walks code points, so a surrogate pair (emoji) stays whole.
  // Most lines are short ASCII: nothing to do.
  if (line.length <= MAX_OCTETS && /^[\x00-\x7f]*$/.test(line)) return line;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * Joins content lines into an iCalendar stream: each folded, each ended by CRLF.
 *
 * @example
 * joinLines(['BEGIN:VCALENDAR', 'END:VCALENDAR']) //=> 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
 */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
