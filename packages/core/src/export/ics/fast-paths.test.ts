// The ICS export's fast paths give the same text as the straightforward versions they replaced.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInZone } from '../../time/wall-time.js';
import { wallText } from './datetime.js';
import { escapeText, foldLine } from './text.js';

/** The plain fold: walk code points, break before the one that would pass 75 octets (a space starts each continuation). */
function referenceFold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const ZONES = ['America/Los_Angeles', 'Asia/Shanghai', 'Europe/Moscow', 'Asia/Riyadh', 'UTC', 'Australia/Lord_Howe'];

describe('ICS fast paths', () => {
  it('fold exactly as the code-point walk does, lone surrogates and emoji included', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('a'.repeat(74), '中'.repeat(25), '😀', '\uD800', '\uDC00x'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (pieces) => {
        const line = pieces.join('');
        expect(foldLine(line)).toBe(referenceFold(line));
      }),
      { numRuns: 500 },
    );
    // 500 generated lines take 2-4 s, and three times that on a loaded 2-core machine: no time limit is meant here.
  }, 30_000);

  it('escape only what needs escaping, the same as without the shortcut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const slow = s
          .replace(/[\\;,]/g, (c) => `\\${c}`)
          .replace(/\r\n|\r|\n/g, '\\n')
          .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
        expect(escapeText(s)).toBe(slow);
      }),
    );
  });

  it('write wall times as formatInZone does, across DST changes in several zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.constantFrom(...ZONES), (t, zone) => {
        const d = new Date(t);
        expect(wallText(d, zone)).toBe(formatInZone(d, zone));
      }),
      { numRuns: 300 },
    );
    // The hour after the spring-forward gap in Los Angeles, 2026-03-08 03:00 PDT.
    expect(wallText(new Date('2026-03-08T10:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08 03:00');
  });
});
