import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, joinLines, paramValue } from './text.js';

const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('drops control characters other than tab', () => {
    expect(escapeText('a\u0000b\tc\u007F')).toBe('ab\tc');
  });
});

describe('paramValue', () => {
  it('quotes values with : ; , and drops double quotes', () => {
    expect(paramValue('Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(paramValue('a:b')).toBe('"a:b"');
    expect(paramValue('say "hi"')).toBe('say hi');
  });
});

describe('foldLine', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a UTF-8 character: each physical line decodes on its own', () => {
    const line = `SUMMARY:${'双11主会场承接页'.repeat(12)}🎉${'€'.repeat(30)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      const bytes = Buffer.from(physical, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(physical);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('round-trips any text within 75 octets per line (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }).filter((x) => !/[\r\n]/.test(x)),
        (s) => {
          const folded = foldLine(`DESCRIPTION:${s}`);
          expect(unfold(folded)).toBe(`DESCRIPTION:${s}`);
          for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
        },
      ),
    );
  });
});

describe('joinLines', () => {
  it('terminates every line with CRLF', () => {
    expect(joinLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
