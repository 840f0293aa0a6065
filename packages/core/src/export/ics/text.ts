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
  const n = line.length;
  // A UTF-16 unit is at most 3 octets (a surrogate pair, two units, is 4): 25 units always fit.
  if (n <= MAX_OCTETS / 3) return line;
  // Most lines are ASCII: one octet per unit, so a short one needs no fold and a long one folds every 74.
  let i = 0;
  while (i < n && line.charCodeAt(i) < 0x80) i++;
  if (i === n) return n <= MAX_OCTETS ? line : foldAscii(line);
  // The ASCII prefix up to the first break has been counted; walk the rest character by character.
  let out = '';
  let start = 0;
  let octets = Math.min(i, MAX_OCTETS);
  // The first line holds 75 octets; each continuation line starts with a space, so 74 more.
  let room = MAX_OCTETS;
  if (i > MAX_OCTETS) {
    out = line.slice(0, MAX_OCTETS) + FOLD;
    start = MAX_OCTETS;
    room = MAX_OCTETS - 1;
    while (i - start > room) {
      out += line.slice(start, start + room) + FOLD;
      start += room;
    }
    octets = i - start;
  }
  while (i < n) {
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
      out += line.slice(start, i) + FOLD;
      start = i;
      octets = 0;
      room = MAX_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  return start === 0 ? line : out + line.slice(start);
}

/** An ASCII line longer than 75 octets: 75, then 74 after each break's space. */
function foldAscii(line: string): string {
  let out = line.slice(0, MAX_OCTETS);
  for (let at = MAX_OCTETS; at < line.length; at += MAX_OCTETS - 1) out += FOLD + line.slice(at, at + MAX_OCTETS - 1);
  return out;
}

const FOLD = `${CRLF} `;

/**
 * The content lines of one iCalendar stream, folded as they are added. A component's lines are joined into
 * one string when it ends ({@link ContentLines.flush}), the stream once at the end: a 10,000-task calendar
 * otherwise keeps 100,000 small strings alive until the end, and the garbage collector copies every one of
 * them from the young generation (a third of the export's time).
 *
 * @example
 * const lines = new ContentLines(); lines.ascii('BEGIN:VCALENDAR'); lines.text('NAME:双11'); lines.ascii('END:VCALENDAR');
 * lines.join() //=> 'BEGIN:VCALENDAR\r\nNAME:双11\r\nEND:VCALENDAR\r\n'
 */
export class ContentLines {
  private lines: string[] = [];
  private readonly chunks: string[] = [];

  /** Adds a line of any text, folded at 75 octets. */
  text(line: string): void {
    this.lines.push(foldLine(line));
  }

  /**
   * Adds a line that is ASCII by construction (property names, validated ids and zone names, digits): folded by
   * its length alone, without reading it character by character.
   */
  ascii(line: string): void {
    this.lines.push(line.length <= MAX_OCTETS ? line : foldAscii(line));
  }

  /** How many lines have been added since the last flush: a mark for {@link ContentLines.repeat}. */
  get length(): number {
    return this.lines.length;
  }

  /** Adds again the lines added from mark `from` to mark `to` (already folded; no flush in between). */
  repeat(from: number, to: number): void {
    for (let i = from; i < to; i++) this.lines.push(this.lines[i]!);
  }

  /** Joins the lines added so far into one piece of the stream (marks start again from 0). */
  flush(): void {
    if (this.lines.length === 0) return;
    this.lines.push('');
    this.chunks.push(this.lines.join(CRLF));
    this.lines = [];
  }

  /** The stream: every line ended by CRLF. */
  join(): string {
    this.flush();
    return this.chunks.join('');
  }
}

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
