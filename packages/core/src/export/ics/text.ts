// RFC 5545 content-line syntax: TEXT escaping, parameter quoting, line folding, CRLF.
// Pure string functions, no knowledge of plans.

/** The line break RFC 5545 requires between content lines. */
export const CRLF = '\r\n';

/** Longest line in octets, not counting the CRLF (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, every line break becomes `\n`.
 * Other control characters are not allowed in TEXT and are dropped.
 *
 * @example
 * escapeText('Ads; bids, budget\nday 2') //=> 'Ads\\; bids\\, budget\\nday 2'
 */
export function escapeText(value: string): string {
  // Most values (ids, titles) need nothing: one scan instead of three replacements.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(ESCAPED, escapeOne);
}

// One pass: a line break (CRLF counts once), a character to escape, or a control character to drop.
const ESCAPED = /\r\n|[\r\n\\;,\u0000-\u0008\u000B-\u001F\u007F]/g;
const escapeOne = (c: string) => (c === '\r\n' || c === '\r' || c === '\n' ? '\\n' : c === '\\' || c === ';' || c === ',' ? `\\${c}` : '');

const NEEDS_ESCAPE = /[\\;,\n\u0000-\u0008\u000B-\u001F\u007F]/;

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
  // A UTF-16 unit is at most 3 octets (a surrogate pair, two units, is 4): 25 units always fit.
  if (line.length <= MAX_OCTETS / 3) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  // The first line holds 75 octets; each continuation line starts with a space, so 74 more.
  let room = MAX_OCTETS;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    let units = 1;
    let size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = line.charCodeAt(i + 1);
      // A surrogate pair (an emoji) is one 4-octet character and is never split.
      if (d >= 0xdc00 && d <= 0xdfff) {
        units = 2;
        size = 4;
      }
    }
    if (octets + size > room) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      room = MAX_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  if (start === 0) return line;
  parts.push(line.slice(start));
  return parts.join(FOLD);
}

const FOLD = `${CRLF} `;

/**
 * Joins content lines into an iCalendar stream: each folded, each ended by CRLF. One join, no string per
 * line built twice.
 *
 * @example
 * joinLines(['BEGIN:VCALENDAR', 'END:VCALENDAR']) //=> 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
 */
export function joinLines(lines: readonly string[]): string {
  const out = new Array<string>(lines.length + 1);
  for (let i = 0; i < lines.length; i++) out[i] = foldLine(lines[i]!);
  out[lines.length] = '';
  return out.join(CRLF);
}
